package org.incidentatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidentatlas.generate.DatasetGenerator;
import org.incidentatlas.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large dataset written on several cores is the same bytes, to the last one, as one generator writes. */
class IncidentChunksTest {

    @TempDir
    Path dir;

    private static byte[] written(Dataset d, UnknownFields unknown, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetWriter.write(d, unknown, out, chunk);
        return out.toByteArray();
    }

    private static Dataset only(Dataset d, int n) {
        return new Dataset(d.file(), d.title(), d.description(), d.attribution(), d.articles(), d.centers(),
                d.incidents().subList(0, n), d.aliases());
    }

    @Test
    void everyChunkSizeWritesTheSameBytesAsOneGenerator() throws IOException {
        Path file = dir.resolve("g.json");
        new DatasetGenerator().generate(1500, 11, file);
        ReadResult read = new DatasetReader().read(file);
        assertTrue(read.ok(), read.problems().toString());
        for (int n : List.of(0, 1, 2, 1023, 1500)) {
            Dataset d = only(read.dataset(), n);
            byte[] one = written(d, UnknownFields.NONE, 0);
            for (int chunk : List.of(1, 2, 7, 1000, 1024, 1500, 4000)) {
                assertArrayEquals(one, written(d, UnknownFields.NONE, chunk), n + " incidents in chunks of " + chunk);
            }
        }
    }

    @Test
    void anotherToolsFieldsAreWrittenBackInEveryChunk() throws IOException {
        Path file = dir.resolve("g.json");
        new DatasetGenerator().generate(300, 5, file);
        // a field this version does not know in every incident, in the top object, and in a casualty figure
        String text = Files.readString(file).replace("\"title\" : ", "\"reviewer\" : {\"by\" : [\"AB\", 2]}, \"title\" : ")
                .replaceFirst("\"low\" : ", "\"method\" : \"hospital\", \"low\" : ");
        Files.writeString(file, text);
        ReadResult read = new DatasetReader().read(file);
        assertTrue(read.ok(), read.problems().toString());
        byte[] one = written(read.dataset(), read.unknown(), 0);
        String s = new String(one, StandardCharsets.UTF_8);
        assertTrue(s.contains("\"reviewer\"") && s.contains("\"hospital\""), "the unknown fields are in the oracle");
        for (int chunk : List.of(1, 13, 299)) {
            assertArrayEquals(one, written(read.dataset(), read.unknown(), chunk), "chunks of " + chunk);
        }
    }

    @Test
    void aSavedLargeDatasetReadsBackTheSame() throws IOException {
        Path file = dir.resolve("g.json");
        new DatasetGenerator().generate(5000, 3, file); // written on several cores: over IncidentChunks.worthIt
        ReadResult read = new DatasetReader().read(file);
        assertTrue(read.ok(), read.problems().toString());
        assertEquals(5000, read.dataset().incidents().size());
        assertArrayEquals(written(read.dataset(), UnknownFields.NONE, 0), Files.readAllBytes(file));
    }
}
