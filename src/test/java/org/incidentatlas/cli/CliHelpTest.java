package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each command's generated help, "help COMMAND", and the parser's own behaviour that the commands rely on. */
class CliHelpTest {

    /** Each command and flags its help must list. */
    private static final Map<String, List<String>> FLAGS = Map.ofEntries(
            Map.entry("validate", List.of("DATASET")),
            Map.entry("sources", List.of("DATASET", "--out FILE.md")),
            Map.entry("generate", List.of("--incidents N", "--seed S", "--out FILE.json")),
            Map.entry("export-csv", List.of("--dataset FILE", "--out FILE.csv", "--excel", "--text T", "--from YYYY-MM-DD",
                    "--to YYYY-MM-DD", "--type T", "--province P", "--actor A", "--min-killed N", "--near CENTER_ID", "--km N")),
            Map.entry("snapshot", List.of("--dataset FILE", "--out FILE.png", "--title T", "--width W", "--height H", "--scale 1|2|3",
                    "--center LAT,LON", "--zoom Z", "--type T", "--near CENTER_ID")),
            Map.entry("import", List.of("--from ucdp|acled", "IN.csv", "--out DATASET.json")),
            Map.entry("add-article", List.of("--dataset FILE", "--file ARTICLE", "--outlet O", "--title T",
                    "--published YYYY[-MM[-DD]]|unknown", "--url U", "--id ID", "--notes N")),
            Map.entry("export-geojson", List.of("--dataset FILE", "--out FILE", "--text T", "--province P", "--min-killed N")),
            Map.entry("export-kml", List.of("--dataset FILE", "--out FILE", "--type T", "--actor A", "--near CENTER_ID")),
            Map.entry("diff", List.of("OLD.json", "NEW.json", "--out changes.csv")));

    @TempDir
    Path temp;

    @Test
    void everyCommandHasGeneratedHelpListingItsFlags() {
        for (var command : FLAGS.entrySet()) {
            for (String asked : List.of("--help", "-h")) {
                CliRunner cli = new CliRunner();
                assertEquals(Cli.OK, cli.run(command.getKey(), asked), command.getKey() + " " + asked + ": " + cli.err());
                assertTrue(cli.out().startsWith("Usage: incident-atlas " + command.getKey()), cli.out());
                for (String flag : command.getValue()) {
                    assertTrue(cli.out().contains(flag), command.getKey() + " help lacks " + flag + ":\n" + cli.out());
                }
                assertEquals("", cli.err());
            }
            CliRunner viaHelp = new CliRunner();
            assertEquals(Cli.OK, viaHelp.run("help", command.getKey()));
            assertTrue(viaHelp.out().startsWith("Usage: incident-atlas " + command.getKey()), viaHelp.out());
        }
    }

    @Test
    void helpAloneListsTheCommandsAndAnUnknownOneIsAUsageError() {
        for (String asked : List.of("help", "--help", "-h")) {
            CliRunner cli = new CliRunner();
            assertEquals(Cli.OK, cli.run(asked));
            assertEquals(Cli.help(), cli.out());
        }
        CliRunner cli = new CliRunner();
        assertEquals(Cli.USAGE, cli.run("help", "frobnicate"));
        assertEquals("error: help: there is no command \"frobnicate\". Run with \"help\" for the commands.", cli.err().strip());
    }

    @Test
    void theCommandsAreTheOnesMainSendsHere() {
        Set<String> parsed = new Cli(System.out, System.err).commandLine().getSubcommands().keySet();
        for (String c : parsed) {
            assertTrue(Cli.isCommand(c), c);
        }
        for (String c : List.of("validate", "sources", "generate", "export-csv", "export-geojson", "export-kml", "snapshot",
                "playback", "import", "add-article", "diff", "help", "--help", "-h")) {
            assertTrue(Cli.isCommand(c), c);
        }
        assertEquals(12, parsed.size(), parsed.toString());
    }

    @Test
    void aValueIsTakenAsWrittenEvenWhenItLooksLikeAnArgumentFile() throws Exception {
        CliRunner cli = new CliRunner();
        Path data = temp.resolve("d.json");
        assertEquals(Cli.OK, cli.run("generate", "--incidents", "3", "--out", data.toString()));
        Path csv = temp.resolve("x.csv");
        assertEquals(Cli.OK, cli.run("export-csv", "--dataset", data.toString(), "--out", csv.toString(), "--text", "@nothing"),
                cli.err());
        assertTrue(cli.out().contains("0 of 3 incidents"), cli.out());
        assertEquals(1, Files.readAllLines(csv).size(), "the header only");
    }

    @Test
    void aFlagGivenTwiceOrWithoutItsValueIsOneLine() {
        CliRunner cli = new CliRunner();
        assertEquals(Cli.USAGE, cli.run("export-csv", "--dataset", "a.json", "--dataset", "b.json", "--out", "x.csv"));
        assertEquals("error: export-csv: --dataset is given more than once. Run with \"help\" for the commands.",
                cli.err().strip());
        cli.resetErr();
        assertEquals(Cli.USAGE, cli.run("generate", "--incidents"));
        assertEquals("error: generate: --incidents needs a value. Run with \"help\" for the commands.", cli.err().strip());
        cli.resetErr();
        assertEquals(Cli.USAGE, cli.run("sources", "a.json", "b.json"));
        assertEquals("error: sources: unexpected argument \"b.json\". Run with \"help\" for the commands.", cli.err().strip());
    }

    @Test
    void whatIsRequiredIsSaidAsTheHelpWritesIt() {
        CliRunner cli = new CliRunner();
        assertEquals(Cli.USAGE, cli.run("export-csv", "--excel"));
        assertEquals("error: export-csv needs --dataset FILE and --out FILE.csv. Run with \"help\" for the commands.",
                cli.err().strip());
        cli.resetErr();
        assertEquals(Cli.USAGE, cli.run("import", "x.csv"));
        assertEquals("error: import needs --from ucdp|acled, --out DATASET.json and IN.csv. Run with \"help\" for the commands.",
                cli.err().strip());
        cli.resetErr();
        assertEquals(Cli.USAGE, cli.run("validate"));
        assertEquals("error: validate needs DATASET. Run with \"help\" for the commands.", cli.err().strip());
    }
}
