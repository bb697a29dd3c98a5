package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every writing command refuses an output that is one of its inputs (the dataset, an article text, the CSV
 * being imported), however it is spelt or linked, with one line and without touching any file.
 */
class OutputIsInputTest {

    @TempDir
    Path temp;

    private final CliRunner cli = new CliRunner();
    private Path data;
    private Path text;

    @BeforeEach
    void generateADataset() throws IOException {
        data = temp.resolve("d.json");
        assertEquals(Cli.OK, cli.run("generate", "--incidents", "20", "--out", data.toString()), cli.err());
        try (Stream<Path> files = Files.walk(temp.resolve("d-articles"))) {
            text = files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }
    }

    @Test
    void theDatasetAsItsOwnOutputIsRefusedByEveryCommand() throws IOException {
        Path symlink = Files.createSymbolicLink(temp.resolve("link.csv"), data);
        Path hardLink = Files.createLink(temp.resolve("hard.csv"), data);
        Path png = Files.createLink(temp.resolve("d.png"), data);
        List<String> spellings = List.of(data.toString(), temp.resolve("./d.json").toString(),
                temp.resolve("d-articles/../d.json").toString(), symlink.toString(), hardLink.toString());
        for (String out : spellings) {
            refused("it is ", "export-csv", "--dataset", data.toString(), "--out", out);
            refused("it is ", "export-csv", "--dataset", out, "--out", data.toString());
            refused("it is ", "sources", data.toString(), "--out", out);
        }
        refused("it is the same file as the dataset", "snapshot", "--dataset", data.toString(), "--out", png.toString());
        refused("it is the dataset", "snapshot", "--dataset", png.toString(), "--out", png.toString());
    }

    @Test
    void anArticleTextAsTheOutputIsRefused() throws IOException {
        refused("it is the stored text of article", "export-csv", "--dataset", data.toString(), "--out", text.toString());
        refused("it is the stored text of article", "sources", data.toString(), "--out", text.toString());
        Path png = Files.createSymbolicLink(temp.resolve("text.png"), text);
        refused("it is the same file as the stored text of article", "snapshot", "--dataset", data.toString(),
                "--out", png.toString());
    }

    @Test
    void anImportOntoItsOwnCsvIsRefused() throws IOException {
        Path csv = Files.writeString(temp.resolve("acled.csv"), "event_id_cnty,event_date,time_precision,event_type,"
                + "sub_event_type,actor1,actor2,admin1,location,latitude,longitude,geo_precision,source,notes,fatalities\n"
                + "IRQ1,2024-07-14,1,Battles,Armed clash,A,B,Erbil,Gwer,36,43,1,Rudaw,Clash.,1\n");
        Path link = Files.createSymbolicLink(temp.resolve("acled.json"), csv);
        for (Path out : List.of(csv, temp.resolve("./acled.csv"), link)) {
            refused("the CSV being imported", "import", "--from", "acled", csv.toString(), "--out", out.toString());
        }
    }

    /** Runs {@code args}, which must fail with one line containing {@code said}, and leave every file as it was. */
    private void refused(String said, String... args) throws IOException {
        Map<Path, byte[]> before = contents();
        cli.resetErr();
        int code = cli.run(args);
        String what = String.join(" ", args);
        assertEquals(Cli.PROBLEMS, code, what + ": " + cli.err());
        assertEquals(1, cli.err().lines().count(), what + ": " + cli.err());
        assertTrue(cli.err().startsWith("error: cannot write ") && cli.err().contains(said)
                && cli.err().strip().endsWith("Choose another output file. Nothing was written."), what + ": " + cli.err());
        Map<Path, byte[]> after = contents();
        assertEquals(before.keySet(), after.keySet(), "no file made or removed by " + what);
        for (Path p : before.keySet()) {
            assertArrayEquals(before.get(p), after.get(p), p + " untouched by " + what);
        }
    }

    private Map<Path, byte[]> contents() throws IOException {
        Map<Path, byte[]> all = new TreeMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(temp)) {
            s.filter(p -> Files.isRegularFile(p) || Files.isSymbolicLink(p)).forEach(files::add);
        }
        for (Path p : files) {
            all.put(p, Files.isSymbolicLink(p) ? Files.readSymbolicLink(p).toString().getBytes() : Files.readAllBytes(p));
        }
        return all;
    }
}
