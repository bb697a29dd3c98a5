package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidentatlas.TestDatasets;
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

    /** A command whose output cannot be written says so before doing anything, and leaves nothing behind. */
    @Test
    void anOutputThatCannotBeWrittenIsRefusedBeforeAnyWork() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("folder.json"));
        assertEquals(Cli.PROBLEMS, run("generate", "--incidents", "10", "--out", folder.toString()));
        assertTrue(err().contains("cannot write " + folder + ": it is a folder. Nothing was written."), err());
        Path missing = temp.resolve("no-such-folder").resolve("g.json");
        assertEquals(Cli.PROBLEMS, run("generate", "--incidents", "10", "--out", missing.toString()));
        assertTrue(err().contains("does not exist"), err());
        assertFalse(Files.exists(missing.getParent()), "no folder is made");
        try (var left = Files.list(temp)) {
            assertEquals(List.of(folder), left.toList(), "no articles folder left behind");
        }
        String bundled = TestFiles.bundledDataset().toString();
        assertEquals(Cli.PROBLEMS, run("export-csv", "--dataset", bundled, "--out", folder.toString()));
        assertTrue(err().contains("it is a folder"), err());
        assertFalse(err().contains(".tmp"), "no temporary file's name: " + err());
        assertEquals(Cli.PROBLEMS, run("sources", bundled, "--out", folder.toString()));
        assertTrue(err().contains("it is a folder"), err());
        assertEquals(Cli.PROBLEMS, run("sources", temp.resolve("nothing.json").toString()));
        assertTrue(err().contains("does not exist"), "the reason, not only a count: " + err());
    }

    @Test
    void filterArgumentsAreWordedForWhatWasWrong() {
        String bundled = TestFiles.bundledDataset().toString();
        Path out = temp.resolve("x.csv");
        assertEquals(Cli.USAGE, run("export-csv", "--dataset", bundled, "--out", out.toString(), "--from", "2024-02-30"));
        assertTrue(err().contains("--from: there is no such day as 2024-02-30"), err());
        assertEquals(Cli.USAGE, run("export-csv", "--dataset", bundled, "--out", out.toString(), "--actor", "Nobody"));
        assertTrue(err().contains("is not an actor in this dataset"), err());
        assertFalse(Files.exists(out));
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

    @Test
    void exportCsvWritesTheFilteredRowsInTableOrder() throws Exception {
        Path csv = temp.resolve("kirkuk.csv");
        assertEquals(Cli.OK, run("export-csv", "--dataset", TestFiles.bundledDataset().toString(), "--out", csv.toString(),
                "--province", "Kirkuk", "--min-killed", "1"));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(3, lines.size(), "header and two rows");
        assertTrue(lines.get(1).startsWith("prde-isis-attack-on-peshmerga,2020-11-28,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("qarahanjir-isis-clash-2024-07-14,2024-07-14,"), lines.get(2));
        assertTrue(out().contains("2 of 6 incidents (province: Kirkuk; at least 1 killed (low figure))"), out());
    }

    @Test
    void exportGeoJsonAndKmlTakeTheSameFlagsAndRowsAsTheCsv() throws Exception {
        String data = TestFiles.bundledDataset().toString();
        Path geojson = temp.resolve("kirkuk.geojson");
        assertEquals(Cli.OK, run("export-geojson", "--dataset", data, "--out", geojson.toString(),
                "--province", "Kirkuk", "--min-killed", "1"));
        assertTrue(out().contains("2 of 6 incidents (province: Kirkuk; at least 1 killed (low figure))"), out());
        JsonNode features = new ObjectMapper().readTree(geojson.toFile()).get("features");
        assertEquals(List.of("prde-isis-attack-on-peshmerga", "qarahanjir-isis-clash-2024-07-14"),
                List.of(features.get(0).get("id").asText(), features.get(1).get("id").asText()));
        Path kml = temp.resolve("kirkuk.kml");
        assertEquals(Cli.OK, run("export-kml", "--dataset", data, "--out", kml.toString(), "--province", "Kirkuk",
                "--min-killed", "1"));
        String text = Files.readString(kml);
        assertEquals(2, text.split("<Placemark>", -1).length - 1, text);
        assertEquals(Cli.PROBLEMS, run("export-kml", "--dataset", data, "--out", data));
        assertEquals(Cli.USAGE, run("export-geojson", "--dataset", data, "--out", geojson.toString(), "--actor", "Nobody"));
    }

    @Test
    void countryAndKilledFigureFlags() throws Exception {
        Path csv = temp.resolve("c.csv");
        String ucdp = temp.resolve("ucdp.json").toString();
        assertEquals(Cli.OK, run("import", "--from", "ucdp",
                TestFiles.projectDir().resolve("assets/realdata/ucdp_ged191_iraq.csv").toString(), "--out", ucdp));
        assertEquals(Cli.OK, run("export-csv", "--dataset", ucdp, "--out", csv.toString(), "--country", "iraq",
                "--min-killed", "50", "--killed-figure", "best"));
        assertTrue(out().contains("country: Iraq; at least 50 killed (best figure, low where none is given))"), out());
        int best = Files.readAllLines(csv).size();
        assertEquals(Cli.OK, run("export-csv", "--dataset", ucdp, "--out", csv.toString(), "--min-killed", "50"));
        int low = Files.readAllLines(csv).size();
        assertEquals(Cli.OK, run("export-csv", "--dataset", ucdp, "--out", csv.toString(), "--min-killed", "50",
                "--killed-figure", "high"));
        int high = Files.readAllLines(csv).size();
        assertTrue(low < best && best < high, low + " " + best + " " + high);
        assertEquals(Cli.USAGE, run("export-csv", "--dataset", ucdp, "--out", csv.toString(), "--killed-figure", "mid"));
        assertTrue(err().contains("--killed-figure takes low, best or high, not \"mid\""), err());
        // one actor, many names: UCDP writes IS; Daesh, ISIS and Nineveh are aliases (docs/aliases.md)
        assertEquals(Cli.OK, run("export-csv", "--dataset", ucdp, "--out", csv.toString(), "--actor", "Daesh",
                "--province", "Nineveh"));
        assertTrue(out().contains("actor: IS; province: Nīnawá"), out());
        int daesh = Files.readAllLines(csv).size();
        assertEquals(Cli.OK, run("export-csv", "--dataset", ucdp, "--out", csv.toString(), "--actor", "IS",
                "--province", "Nīnawá"));
        assertEquals(daesh, Files.readAllLines(csv).size());
        assertTrue(daesh > 100, "UCDP's IS events in Nineveh: " + daesh);
        assertEquals(Cli.USAGE, run("export-csv", "--dataset", ucdp, "--out", csv.toString(), "--country", "Syria"));
        assertTrue(err().contains("\"Syria\" is not a country in this dataset (it has: Iraq)"), err());
    }

    @Test
    void diffSaysWhatIsNewChangedAndGoneAndWritesTheCsv() throws Exception {
        Path old = TestDatasets.write(temp.resolve("old"), "atlas.json", "Atlas", 10);
        Path now = TestDatasets.write(temp.resolve("new"), "atlas.json", "Atlas", 12);
        String text = Files.readString(now);
        // one incident revised in the newer version: its place
        Files.writeString(now, text.replaceFirst("\"place\" ?: ?\"Sinjar\"", "\"place\":\"Sinjar town\""));
        Path csv = temp.resolve("changes.csv");
        assertEquals(Cli.OK, run("diff", old.toString(), now.toString(), "--out", csv.toString()), err());
        assertTrue(out().startsWith("atlas.json -> atlas.json: 2 new, 1 changed, 0 gone, 9 unchanged. Fields changed:"
                + " place 1."), out());
        assertTrue(out().contains("  changed inc-0000 (place)"), out());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(1).startsWith("changed,inc-0000,,place,"), lines.get(1));
        assertEquals(Cli.PROBLEMS, run("diff", old.toString(), now.toString(), "--out", old.toString()));
        assertEquals(Cli.PROBLEMS, run("diff", old.toString(), temp.resolve("none.json").toString()));
    }

    @Test
    void exportCsvFlagsMirrorTheWindowsFilters() throws Exception {
        Path csv = temp.resolve("f.csv");
        String data = TestFiles.bundledDataset().toString();
        assertEquals(Cli.OK, run("export-csv", "--dataset", data, "--out", csv.toString(), "--text", "drone",
                "--from", "2024-01-01", "--to", "2024-12-31", "--type", "drone attack", "--type", "clash"));
        assertEquals(2, Files.readAllLines(csv).size());
        assertEquals(Cli.OK, run("export-csv", "--dataset", data, "--out", csv.toString(), "--near", "jcc-kirkuk",
                "--km", "22.5", "--actor", "suspected ISIS fighters"));
        assertEquals(2, Files.readAllLines(csv).size());
    }

    @Test
    void filterNamesMatchRegardlessOfCaseAndAccents() throws Exception {
        Path csv = temp.resolve("k.csv");
        assertEquals(Cli.OK, run("export-csv", "--dataset", TestFiles.bundledDataset().toString(), "--out", csv.toString(),
                "--province", "kirkük", "--type", "CLASH"));
        assertEquals(2, Files.readAllLines(csv).size());
        assertTrue(out().contains("province: Kirkuk"), "the dataset's own name is used: " + out());
    }

    @Test
    void exportCsvErrorsAreOneLineAndWriteNothing() throws Exception {
        String data = TestFiles.bundledDataset().toString();
        Path csv = temp.resolve("keep.csv");
        Files.writeString(csv, "the analyst's file");
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"format\": ");
        String[][] cases = {
            {"--dataset", data, "--out", csv.toString(), "--bogus", "x"},
            {"--dataset", data, "--out", csv.toString(), "--type", "picnic"},
            {"--dataset", data, "--out", csv.toString(), "--province", "Atlantis"},
            {"--dataset", data, "--out", csv.toString(), "--from", "2024-13-01"},
            {"--dataset", data, "--out", csv.toString(), "--min-killed", "many"},
            {"--dataset", data, "--out", csv.toString(), "--near", "nowhere", "--km", "5"},
            {"--dataset", data, "--out", csv.toString(), "--near", "jcc-kirkuk"},
            {"--dataset", broken.toString(), "--out", csv.toString()},
            {"--dataset", temp.resolve("missing.json").toString(), "--out", csv.toString()},
            {"--dataset", data, "--out", temp.resolve("no/such/dir/x.csv").toString()},
            {"--dataset", data},
        };
        for (String[] c : cases) {
            cli.resetErr();
            String[] args = new String[c.length + 1];
            args[0] = "export-csv";
            System.arraycopy(c, 0, args, 1, c.length);
            int code = run(args);
            assertTrue(code != Cli.OK, String.join(" ", c));
            assertEquals(1, err().lines().count(), "one line for " + String.join(" ", c) + ": " + err());
            assertTrue(err().startsWith("error: "), err());
            assertEquals("the analyst's file", Files.readString(csv), "nothing written for " + String.join(" ", c));
        }
    }
}
