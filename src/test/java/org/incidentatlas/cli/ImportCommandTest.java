package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.incidentatlas.TestFiles;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code import} command, on the real UCDP file and on small ACLED-shaped files written here. */
class ImportCommandTest {

    private static final Path UCDP = TestFiles.projectDir().resolve("assets/realdata/ucdp_ged191_iraq.csv");
    private static final String ACLED_HEADER = "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,"
            + "actor2,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities";

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
    void importsTheUcdpFileAndWritesAValidDataset() {
        Path json = temp.resolve("ucdp.json");
        assertEquals(Cli.OK, run("import", "--from", "ucdp", UCDP.toString(), "--out", json.toString()));
        assertTrue(out().startsWith("ucdp_ged191_iraq.csv (UCDP GED): 7,473 rows read, 7,473 imported, 0 skipped."), out());
        assertTrue(out().endsWith("wrote " + json + System.lineSeparator()), out());
        ReadResult read = new DatasetReader().read(json);
        assertTrue(read.ok(), read.errors().toString());
        assertEquals(7_473, read.dataset().incidents().size());
        assertEquals("", err());
    }

    @Test
    void saysTheReasonMostRowsFailForOnceAtTheTopWithTheCountAndFirstLines() throws Exception {
        StringBuilder csv = new StringBuilder(ACLED_HEADER).append('\n')
                .append("IRQ0,2024-07-14,1,Battles,Armed clash,A,B,Erbil,Gwer,36,43,1,Rudaw,Clash.,1\n");
        for (int i = 1; i <= 25; i++) {
            csv.append("IRQ").append(i).append(",2024-07-14,1,Battles,Armed clash,A,B,Erbil,Gwer,95,43,1,Rudaw,x,1\n");
        }
        Path in = temp.resolve("acled.csv");
        Files.writeString(in, csv);
        assertEquals(Cli.OK, run("import", "--from", "acled", in.toString(), "--out", temp.resolve("a.json").toString()));
        assertTrue(out().contains("26 rows read, 1 imported, 25 skipped."), out());
        String[] lines = out().split("\\R");
        assertEquals("25 of 26 rows: latitude is 95, outside the latitude range -90 to 90. (lines 3, 4, 5, 6, 7, 8, 9, 10,"
                + " 11, 12, …)", lines[1], out());
        assertFalse(out().contains("line 13"), out());
    }

    @Test
    void nothingImportableWritesNothingAndExitsOne() throws Exception {
        Path in = temp.resolve("acled.csv");
        Files.writeString(in, ACLED_HEADER + "\nIRQ1,someday,1,Battles,Armed clash,A,B,Erbil,Gwer,36,43,1,Rudaw,x,1\n");
        Path json = temp.resolve("a.json");
        assertEquals(Cli.PROBLEMS, run("import", "--from", "acled", in.toString(), "--out", json.toString()));
        assertTrue(out().contains("1 of 1 rows: event_date is \"someday\""), out());
        assertEquals("error: no row of " + in + " could be imported. Nothing was written.", err().strip());
        assertFalse(Files.exists(json));
    }

    @Test
    void wrongSourceAndMissingArgumentsAreUsageErrors() {
        assertEquals(Cli.USAGE, run("import", "--from", "gdelt", UCDP.toString(), "--out", "x.json"));
        assertTrue(err().startsWith("error: import --from takes ucdp or acled, not \"gdelt\""), err());
        assertEquals(Cli.USAGE, run("import", UCDP.toString(), "--out", "x.json"));
        assertEquals(Cli.USAGE, run("import", "--from", "ucdp", UCDP.toString()));
        assertTrue(err().lines().allMatch(l -> l.startsWith("error: ")), err());
    }

    @Test
    void aMissingInputFileIsOneLineAndExitOne() {
        Path json = temp.resolve("a.json");
        assertEquals(Cli.PROBLEMS, run("import", "--from", "acled", temp.resolve("nope.csv").toString(), "--out", json.toString()));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("error: the file ") && err().contains("nope.csv does not exist. Nothing was written."), err());
        assertFalse(Files.exists(json));
    }

    @Test
    void anUnwritableOutputIsOneLineAndLeavesNothing() throws Exception {
        Path notAFolder = temp.resolve("file.txt");
        Files.writeString(notAFolder, "a file, not a folder");
        Path json = notAFolder.resolve("ucdp.json");
        assertEquals(Cli.PROBLEMS, run("import", "--from", "ucdp", UCDP.toString(), "--out", json.toString()));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().startsWith("error: cannot write " + json), err());
        try (var files = Files.list(temp)) {
            assertEquals(1, files.count(), "nothing but the file that was there");
        }
    }

    @Test
    void helpNamesTheCommand() {
        assertTrue(Cli.isCommand("import"));
        assertTrue(Cli.help().contains("import --from ucdp|acled IN.csv --out DATASET.json"));
    }
}
