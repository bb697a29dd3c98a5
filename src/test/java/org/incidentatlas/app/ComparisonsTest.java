package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.changes.ChangesCsv;
import org.incidentatlas.changes.DatasetDiff;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Since the last briefing: the snapshot written beside the dataset, the comparison with it, its CSV, clearing. */
class ComparisonsTest {

    @TempDir
    Path temp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Preferences node;
    private Workbench bench;
    private Path file;

    @BeforeEach
    void create() throws Exception {
        node = Preferences.userRoot().node("org/incidentatlas-tests/compare-" + UUID.randomUUID());
        bench = new Workbench(Runnable::run, Runnable::run, dialogs, new AppSettings(node), PlaceVariants.bundled());
        file = TestDatasets.write(temp, "atlas.json", "Atlas", 6);
        bench.open(file);
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    private Incident byId(String id) {
        return bench.allIncidents().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    /** After a briefing: one incident changed, one deleted, one added. */
    private void briefedThenEdited() {
        bench.comparisons().snapshotForBriefing();
        Incident one = byId("inc-0001");
        assertTrue(bench.editing().change(one, Records.withId(one, one.id(), "Incident 1, casualties revised")));
        bench.editing().delete(List.of(byId("inc-0002")));
        assertTrue(bench.editing().duplicate(byId("inc-0003")));
    }

    @Test
    void theBriefingSnapshotIsWrittenBesideTheDatasetAndComparedWith() throws Exception {
        briefedThenEdited();
        Path snapshot = temp.resolve(".atlas.briefing-" + LocalDate.now() + ".json");
        assertTrue(Files.exists(snapshot), "snapshot beside the dataset");
        assertEquals(6, new DatasetReader().read(snapshot).dataset().incidents().size(), "the records as briefed");
        assertEquals(Optional.of(snapshot), Comparisons.lastSnapshot(file));

        bench.comparisons().compareWithLastBriefing();
        Comparisons.Comparison c = bench.comparisons().currentProperty().get();
        assertEquals(1, c.diff().count(DatasetDiff.Kind.NEW));
        assertEquals(1, c.diff().count(DatasetDiff.Kind.CHANGED));
        assertEquals(1, c.diff().count(DatasetDiff.Kind.GONE));
        assertEquals(Optional.of(DatasetDiff.Kind.CHANGED), c.kindOf(byId("inc-0001")));
        assertEquals(Optional.empty(), c.kindOf(byId("inc-0000")));
        String since = "since the briefing of " + LocalDate.now().format(Comparisons.SHOWN);
        assertEquals("1 new, 1 changed, 1 removed " + since, bench.comparisons().statusProperty().get());
        assertEquals("inc-0002", c.diff().changes().stream().filter(ch -> ch.kind() == DatasetDiff.Kind.GONE)
                .findFirst().orElseThrow().before().id(), "the removed incident is listed");
    }

    @Test
    void theComparisonFollowsEditsAndExportsTheDiffCommandsCsv() throws Exception {
        briefedThenEdited();
        bench.comparisons().compareWithLastBriefing();
        bench.editing().undo(); // the duplicate
        Comparisons.Comparison c = bench.comparisons().currentProperty().get();
        assertEquals(0, c.diff().count(DatasetDiff.Kind.NEW), "an undone addition is no longer new");

        Path out = temp.resolve("changes.csv");
        bench.comparisons().export(out);
        StringWriter expected = new StringWriter();
        Path snapshot = Comparisons.lastSnapshot(file).orElseThrow();
        ChangesCsv.write(DatasetDiff.of(new DatasetReader().read(snapshot).dataset().incidents(), bench.allIncidents()), expected);
        assertEquals(expected.toString(), Files.readString(out), "the same CSV as `diff --out`");
    }

    @Test
    void clearedOrAnotherDatasetOpenedNothingIsCompared() throws Exception {
        briefedThenEdited();
        bench.comparisons().compareWithLastBriefing();
        bench.comparisons().clear();
        assertNull(bench.comparisons().currentProperty().get());
        assertEquals("", bench.comparisons().statusProperty().get());

        bench.comparisons().compareWith(Comparisons.lastSnapshot(file).orElseThrow());
        assertTrue(bench.comparisons().currentProperty().get() != null);
        bench.editing().undo();
        bench.editing().undo();
        bench.editing().undo(); // back as briefed: nothing new or changed
        assertTrue(bench.comparisons().currentProperty().get().diff().isEmpty());
        Path other = TestDatasets.write(temp.resolve("other"), "other.json", "Other", 3);
        bench.open(other);
        assertNull(bench.comparisons().currentProperty().get());
    }

    @Test
    void withoutASnapshotTheAnalystIsTold() {
        bench.comparisons().compareWithLastBriefing();
        assertNull(bench.comparisons().currentProperty().get());
        assertTrue(dialogs.shown.get(0).headline().contains("No briefing snapshot"), dialogs.shown.toString());
    }
}
