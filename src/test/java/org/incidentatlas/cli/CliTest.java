package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.incidentatlas.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path temp;

    private final CliRunner cli = new CliRunner();

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    @Test
    void validateCleanDatasetExitsZero() {
        assertEquals(Cli.OK, run("validate", TestFiles.bundledDataset().toString()));
        assertTrue(out().contains("0 error(s), 0 warning(s); 5 articles, 7 centres, 6 incidents"), out());
    }

    @Test
    void validateBrokenDatasetListsProblemsAndExitsOne() throws Exception {
        Path f = temp.resolve("bad.json");
        Files.writeString(f, "{\"format\": \"incident-atlas/1\", \"title\": \"t\", \"articles\": [], \"centers\": [],"
                + " \"incidents\": [{\"id\": \"a\"}]}");
        assertEquals(Cli.PROBLEMS, run("validate", f.toString()));
        assertTrue(out().contains("error: bad.json:1:"), out());
        assertTrue(out().contains("incident \"a\", field \"dateStart\": the required field \"dateStart\" is missing."), out());
    }

    @Test
    void sourcesWritesTheReportAndRefusesABrokenDataset() throws Exception {
        Path md = temp.resolve("sources.md");
        assertEquals(Cli.OK, run("sources", TestFiles.bundledDataset().toString(), "--out", md.toString()));
        assertTrue(Files.readString(md).startsWith("# Sources of \"Northern Iraq"));

        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, "{");
        Files.writeString(md, "what the analyst wrote");
        assertEquals(Cli.PROBLEMS, run("sources", bad.toString(), "--out", md.toString()));
        assertEquals("what the analyst wrote", Files.readString(md), "a failed command must not touch the output");
        assertTrue(err().contains("Nothing was written"), err());
    }

    @Test
    void unwritableOutputIsOneClearLine() {
        Path nowhere = temp.resolve("no/such/folder/sources.md");
        assertEquals(Cli.PROBLEMS, run("sources", TestFiles.bundledDataset().toString(), "--out", nowhere.toString()));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("error: cannot write"), err());
        assertFalse(Files.exists(nowhere));
    }

    @Test
    void unknownCommandAndMissingArgumentsAreUsageErrors() {
        assertEquals(Cli.USAGE, run("frobnicate"));
        assertEquals(Cli.USAGE, run("validate"));
        assertEquals(Cli.USAGE, run("sources", "--bogus"));
        assertTrue(err().lines().allMatch(l -> l.startsWith("error: ")), err());
    }
}
