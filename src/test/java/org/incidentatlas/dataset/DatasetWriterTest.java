package org.incidentatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.incidentatlas.TestFiles;
import org.incidentatlas.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetWriterTest {

    @TempDir
    Path temp;

    @Test
    void whatItWritesReadsBackTheSame() throws Exception {
        ReadResult original = new DatasetReader().read(TestFiles.bundledDataset());
        assertTrue(original.ok(), original.problems().toString());
        Dataset d = original.dataset();
        // the article texts are referenced relative to the dataset: write beside a copy of them
        Path articles = temp.resolve("articles");
        Files.createDirectories(articles);
        try (var s = Files.list(TestFiles.bundledDataset().resolveSibling("articles"))) {
            for (Path p : s.toList()) {
                Files.copy(p, articles.resolve(p.getFileName()));
            }
        }
        Path out = temp.resolve("copy.json");
        new DatasetWriter().write(d, out);
        ReadResult again = new DatasetReader().read(out);
        assertTrue(again.ok(), again.problems().toString());
        assertEquals(d.incidents(), again.dataset().incidents());
        assertEquals(d.centers(), again.dataset().centers());
        assertEquals(d.articles(), again.dataset().articles());
        assertEquals(d.title(), again.dataset().title());
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void aFailedWriteLeavesTheOldFileAlone() throws Exception {
        Path out = temp.resolve("keep.json");
        Files.writeString(out, "the analyst's file");
        java.io.IOException failure = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> AtomicFiles.write(out, stream -> {
                    stream.write(new byte[100_000]);
                    throw new java.io.IOException("disk full");
                }));
        assertEquals("disk full", failure.getMessage());
        assertEquals("the analyst's file", Files.readString(out));
        try (var s = Files.list(temp)) {
            assertEquals(1, s.count(), "no temporary file may be left behind");
        }
    }

    @Test
    void aDatasetAlwaysHasATitle() {
        org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> new Dataset(temp, null, null, null, java.util.List.of(), java.util.List.of(), java.util.List.of()));
    }
}
