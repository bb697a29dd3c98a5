package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every number flag takes only what it says: whole numbers where whole ("1.5" is refused, not cut to 1),
 * decimals written with a point (no hex floats, exponents, suffixes, NaN or infinities, which Java's own
 * parsers take), and its range. The refusal names the flag, the value and what is accepted; nothing is written.
 */
class NumberFlagsTest {

    private static final List<String> NOT_WHOLE = List.of("1.5", "1.0", "1e3", "0x10", "NaN", "Infinity", "5f", "5d",
            "1,5", "", " ", "one", "99999999999999999999");

    @TempDir
    Path temp;

    private final CliRunner cli = new CliRunner();
    private Path data;
    private Path out;

    @BeforeEach
    void generate() throws IOException {
        data = temp.resolve("d.json");
        assertEquals(Cli.OK, cli.run("generate", "--incidents", "5", "--out", data.toString()), cli.err());
        out = Files.writeString(temp.resolve("keep.csv"), "the analyst's file");
    }

    @Test
    void wholeNumberFlagsRefuseFractionsAndOtherSpellings() throws IOException {
        for (String v : NOT_WHOLE) {
            refused("--min-killed takes a whole number from 0 to 1000000 (people killed), not \"" + v + "\"",
                    "export-csv", "--dataset", data.toString(), "--out", out.toString(), "--min-killed", v);
            refused("--incidents takes a whole number from 0 to 10000000", "generate", "--incidents", v,
                    "--out", temp.resolve("g.json").toString());
            refused("--zoom takes a whole number from 3 to 14", "snapshot", "--dataset", data.toString(),
                    "--out", temp.resolve("p.png").toString(), "--zoom", v);
        }
        refused("--seed takes a whole number", "generate", "--incidents", "3", "--seed", "1.5",
                "--out", temp.resolve("g.json").toString());
        assertFalse(Files.exists(temp.resolve("g.json")));
    }

    @Test
    void rangesAreChecked() throws IOException {
        refused("--min-killed takes a whole number from 0 to 1000000 (people killed), not \"-5\"",
                "export-csv", "--dataset", data.toString(), "--out", out.toString(), "--min-killed", "-5");
        refused("not \"1000001\"", "export-csv", "--dataset", data.toString(), "--out", out.toString(),
                "--min-killed", "1000001");
        refused("--incidents takes a whole number from 0 to 10000000 (incidents), not \"-1\"", "generate",
                "--incidents", "-1", "--out", temp.resolve("g.json").toString());
        refused("--km takes a number from 0 to 20000 (kilometres, e.g. 22.5), not \"20001\"", "export-csv",
                "--dataset", data.toString(), "--out", out.toString(), "--near", "x", "--km", "20001");
        String png = temp.resolve("p.png").toString();
        refused("--scale takes a whole number from 1 to 3", "snapshot", "--dataset", data.toString(), "--out", png,
                "--scale", "4");
        refused("--width takes a whole number from", "snapshot", "--dataset", data.toString(), "--out", png,
                "--width", "8001", "--height", "500");
        refused("--center takes LAT,LON", "snapshot", "--dataset", data.toString(), "--out", png, "--center", "86,44");
        refused("--center takes LAT,LON", "snapshot", "--dataset", data.toString(), "--out", png, "--center", "35,181");
    }

    @Test
    void decimalFlagsRefuseWhatIsNotADecimalNumber() throws IOException {
        List<String> bad = List.of("0x1p3", "1e2", "NaN", "Infinity", "-Infinity", "5f", "5d", "1,5",
                "-1", "", "km");
        for (String v : bad) {
            refused("--km takes a number from 0 to 20000 (kilometres, e.g. 22.5), not \"" + v + "\"", "export-csv",
                    "--dataset", data.toString(), "--out", out.toString(), "--near", "x", "--km", v);
            if (!v.equals("-1")) { // a longitude of -1 is west of Greenwich, not wrong
                refused("--center takes LAT,LON", "snapshot", "--dataset", data.toString(),
                        "--out", temp.resolve("p.png").toString(), "--center", "35," + v);
            }
        }
    }

    @Test
    void goodNumbersAreTaken() throws IOException {
        Path csv = temp.resolve("ok.csv");
        assertEquals(Cli.OK, cli.run("export-csv", "--dataset", data.toString(), "--out", csv.toString(),
                "--min-killed", "0"), cli.err());
        assertEquals(Cli.OK, cli.run("export-csv", "--dataset", data.toString(), "--out", csv.toString(),
                "--min-killed", "1000000"), cli.err());
        assertTrue(cli.out().contains("at least 1000000 killed") || cli.out().contains("at least 1,000,000 killed"),
                cli.out());
        assertEquals(Cli.OK, cli.run("generate", "--incidents", "0", "--seed", "-7", "--out",
                temp.resolve("empty.json").toString()), cli.err());
    }

    /** Runs {@code args}: a usage exit, one line starting with "error: " and holding {@code said}, nothing written. */
    private void refused(String said, String... args) throws IOException {
        cli.resetErr();
        String what = String.join(" ", args);
        assertEquals(Cli.USAGE, cli.run(args), what + ": " + cli.err());
        assertEquals(1, cli.err().lines().count(), what + ": " + cli.err());
        assertTrue(cli.err().startsWith("error: ") && cli.err().contains(said)
                && cli.err().strip().endsWith("Nothing was written."), what + ": " + cli.err());
        assertEquals("the analyst's file", Files.readString(out), "nothing written by " + what);
    }
}
