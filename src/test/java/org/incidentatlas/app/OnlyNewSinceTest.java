package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.briefing.BriefingRequest;
import org.incidentatlas.briefing.PageSize;
import org.incidentatlas.filter.FilteredRows;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The filter "only new (or changed) since" a comparison: one filtered list, following edits, cleared with it. */
class OnlyNewSinceTest {

    @TempDir
    Path temp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Preferences node;
    private Workbench bench;

    @BeforeEach
    void create() throws Exception {
        node = Preferences.userRoot().node("org/incidentatlas-tests/since-" + UUID.randomUUID());
        bench = new Workbench(Runnable::run, Runnable::run, dialogs, new AppSettings(node), PlaceVariants.bundled());
        bench.open(TestDatasets.write(temp, "atlas.json", "Atlas", 6));
        bench.comparisons().snapshotForBriefing();
        Incident one = byId("inc-0001");
        assertTrue(bench.editing().change(one, Records.withId(one, one.id(), "Incident 1, casualties revised")));
        assertTrue(bench.editing().duplicate(byId("inc-0003")));
        bench.comparisons().compareWithLastBriefing();
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    private Incident byId(String id) {
        return bench.allIncidents().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private List<String> shownTitles() {
        return bench.incidents().stream().map(Incident::title).toList();
    }

    @Test
    void onlyNewKeepsTheNewIncidentEverywhereAndSaysSo() {
        bench.comparisons().showOnlyNew(false);
        assertEquals(1, bench.incidents().size(), "the duplicate alone: " + shownTitles());
        String since = "since the briefing of " + LocalDate.now().format(Comparisons.SHOWN);
        assertEquals("only new " + since, bench.filterProperty().get().describe());
        assertTrue(bench.statusProperty().get().endsWith("only new " + since), bench.statusProperty().get());
        assertEquals(1, bench.countsProperty().get().types().values().stream().mapToInt(Integer::intValue).sum(),
                "the list counts follow");
        BriefingRequest r = bench.briefingRequest("t", PageSize.A4_LANDSCAPE, 1, BriefingRequest.Framing.fitAll(List.of(), List.of()));
        assertEquals(1, r.incidents().size(), "a briefing shows the same rows");
        // the command line and the briefing filter through the same test
        assertEquals(1, FilteredRows.of(bench.datasetProperty().get(), bench.filterProperty().get(),
                PlaceVariants.bundled()).incidents().size());

        bench.comparisons().showOnlyNew(true);
        assertEquals(2, bench.incidents().size(), "new and changed");
        assertTrue(bench.filterProperty().get().describe().startsWith("only new or changed since"));
        bench.comparisons().showAll();
        assertEquals(7, bench.incidents().size());
        assertNull(bench.filterProperty().get().since());
    }

    @Test
    void theFilterFollowsEditsAndGoesWithTheComparison() {
        bench.comparisons().showOnlyNew(true);
        assertEquals(2, bench.incidents().size());
        Incident four = byId("inc-0004");
        assertTrue(bench.editing().change(four, Records.withId(four, four.id(), "Incident 4, revised")));
        assertEquals(3, bench.incidents().size(), "an incident edited now is changed since: " + shownTitles());
        bench.editing().undo();
        assertEquals(2, bench.incidents().size(), "undone, it is not");

        bench.comparisons().clear();
        assertNull(bench.filterProperty().get().since(), "cleared with the comparison");
        assertEquals(7, bench.incidents().size());
    }

    @Test
    void anotherFilterPartCombinesAndClearAllDropsIt() {
        bench.comparisons().showOnlyNew(true);
        bench.changeFilter(f -> f.withText("revised"));
        assertEquals(List.of("Incident 1, casualties revised"), shownTitles());
        bench.clearFilters();
        assertNull(bench.filterProperty().get().since());
        assertEquals(7, bench.incidents().size());
    }

    @Test
    void withoutAComparisonThereIsNothingToKeepOnlyNewOf() {
        bench.comparisons().clear();
        bench.comparisons().showOnlyNew(false);
        assertNull(bench.filterProperty().get().since());
        assertEquals(7, bench.incidents().size());
    }

    @Test
    void aRememberedFilterLeavesOutThePartOfAComparisonThatIsNotRemembered() {
        bench.comparisons().showOnlyNew(false);
        String saved = FilterCodec.write(bench.filterProperty().get());
        assertNull(FilterCodec.read(saved).orElseThrow().since());
    }
}
