package org.incidentatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.incidentatlas.model.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The save's backup: the previous file's bytes, kept by a second name rather than a copy where it can be. */
class DatasetSaverTest {

    @TempDir
    Path dir;

    private Dataset read(Path file) throws IOException {
        ReadResult r = new DatasetReader().read(file);
        assertTrue(r.ok(), r.problems().toString());
        return r.dataset();
    }

    private static Dataset retitled(Dataset d, String title) {
        return new Dataset(d.file(), title, d.description(), d.attribution(), d.articles(), d.centers(), d.incidents(),
                d.aliases());
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    @Test
    void theBackupIsThePreviousFileAndNoLongerSharesItsBytesAfterTheSave() throws IOException {
        Path file = new TinyDataset(dir).write();
        String first = Files.readString(file);
        Dataset d = read(file);
        new DatasetSaver().save(retitled(d, "Second"), UnknownFields.NONE, file);
        Path bak = DatasetSaver.backupOf(file);
        assertEquals(first, Files.readString(bak), "the backup holds the bytes the file had");
        String second = Files.readString(file);
        assertTrue(second.contains("\"Second\""), second);
        assertNotEquals(Files.getAttribute(file, "unix:ino"), Files.getAttribute(bak, "unix:ino"),
                "the new content is a file of its own, not written into the backup's bytes");
        assertEquals(1, Files.getAttribute(bak, "unix:nlink"), "the backup is the old bytes' only name");

        new DatasetSaver().save(retitled(read(file), "Third"), UnknownFields.NONE, file);
        assertEquals(second, Files.readString(bak), "a second save keeps the version before it");
        assertEquals(List.of(), leftovers(), "no temporary name is left behind");
    }

    @Test
    void aBackupThatIsALinkIsWrittenThroughAsBefore() throws IOException {
        Path file = new TinyDataset(dir).write();
        String first = Files.readString(file);
        Path elsewhere = Files.createDirectories(dir.resolve("kept")).resolve("backup.json");
        Files.writeString(elsewhere, "old backup");
        Files.createSymbolicLink(DatasetSaver.backupOf(file), elsewhere);
        new DatasetSaver().save(retitled(read(file), "Second"), UnknownFields.NONE, file);
        assertTrue(Files.isSymbolicLink(DatasetSaver.backupOf(file)), "the analyst's link stays a link");
        assertEquals(first, Files.readString(elsewhere), "the file it points to holds the previous version");
    }

    @Test
    void aBackupThatIsAFolderStopsTheSaveAndTheFileStaysAsItWas() throws IOException {
        Path file = new TinyDataset(dir).write();
        String first = Files.readString(file);
        Files.createDirectory(DatasetSaver.backupOf(file));
        assertThrows(IOException.class, () -> new DatasetSaver().save(retitled(read(file), "Second"), UnknownFields.NONE, file));
        assertEquals(first, Files.readString(file));
        assertTrue(Files.isDirectory(DatasetSaver.backupOf(file), LinkOption.NOFOLLOW_LINKS));
        assertEquals(List.of(), leftovers());
    }
}
