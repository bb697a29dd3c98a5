package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.DatasetWriter;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --new-since and --new-or-changed-since: the rows new (or changed) since an earlier version, refused when bad. */
class NewSinceFlagsTest {

    @TempDir
    Path temp;

    private final CliRunner cli = new CliRunner();

    /** The earlier version (6 incidents) and the newer one: the first two dropped, one retitled, the rest as was. */
    private Path[] versions() throws Exception {
        Path old = TestDatasets.write(temp.resolve("old"), "old.json", "Atlas", 6);
        Path now = TestDatasets.write(temp.resolve("now"), "now.json", "Atlas", 9);
        Dataset d = new DatasetReader().read(now).dataset();
        List<Incident> incidents = new ArrayList<>(d.incidents());
        Incident first = incidents.get(0);
        incidents.set(0, new Incident(first.id(), first.title() + " (revised)", first.type(), first.dateStart(),
                first.dateEnd(), first.datePrecision(), first.place(), first.province(), first.lat(), first.lon(),
                first.geoPrecision(), first.uncertaintyKm(), first.actors(), first.killed(), first.injured(),
                first.summary(), first.quotes(), first.tags(), first.notes()));
        new DatasetWriter().write(new Dataset(now, d.title(), d.description(), d.attribution(), d.articles(), d.centers(),
                incidents), now);
        return new Path[] {old, now};
    }

    @Test
    void exportCsvKeepsOnlyTheNewOrTheNewAndChangedAndNamesIt() throws Exception {
        Path[] v = versions();
        Path out = temp.resolve("new.csv");
        assertEquals(Cli.OK, cli.run("export-csv", "--dataset", v[1].toString(), "--out", out.toString(),
                "--new-since", v[0].toString()), cli.err());
        assertEquals(1 + 3, Files.readAllLines(out).size(), "the header and the three new incidents");
        assertTrue(cli.out().contains("3 of 9 incidents (only new since old.json ("), cli.out());

        Path both = temp.resolve("both.csv");
        assertEquals(Cli.OK, cli.run("export-csv", "--dataset", v[1].toString(), "--out", both.toString(),
                "--new-or-changed-since", v[0].toString()), cli.err());
        assertEquals(1 + 4, Files.readAllLines(both).size(), "and the one changed");
    }

    @Test
    void aBadEarlierVersionOrBothFlagsOrWritingOverItAreRefused() throws Exception {
        Path[] v = versions();
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"formatVersion\": 1}");
        Path out = temp.resolve("x.csv");
        assertEquals(Cli.USAGE, cli.run("export-csv", "--dataset", v[1].toString(), "--out", out.toString(),
                "--new-since", broken.toString()));
        assertTrue(cli.err().contains("--new-since: " + broken + " cannot be compared with"), cli.err());
        assertTrue(cli.err().contains("\" for all. Nothing was written."), "one full stop: " + cli.err());
        assertEquals(Cli.USAGE, cli.run("export-csv", "--dataset", v[1].toString(), "--out", out.toString(),
                "--new-since", v[0].toString(), "--new-or-changed-since", v[0].toString()));
        assertTrue(Files.notExists(out));
        String before = Files.readString(v[0]);
        cli.run("export-csv", "--dataset", v[1].toString(), "--out", v[0].toString(), "--new-since", v[0].toString());
        assertEquals(before, Files.readString(v[0]), "the earlier version is an input, never overwritten");
    }
}
