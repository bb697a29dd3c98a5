package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.filter.FilteredRows;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.filter.SearchIndex;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filters computed in the background (as at a million rows) with a scripted executor: whatever order the
 * computations finish and hand back in, the rows shown last are the newest filter's, and an edit made while one
 * is running is not lost when it lands.
 */
class FilterRaceTest {

    @TempDir
    Path temp;

    private final List<Runnable> background = new ArrayList<>();
    private final List<Runnable> app = new ArrayList<>();
    private Preferences node;
    private Workbench bench;

    @BeforeEach
    void open() throws IOException {
        node = Preferences.userRoot().node("org/incidentatlas-tests/race-" + UUID.randomUUID());
        bench = new Workbench(background::add, app::add, new ScriptedDialogs(), new AppSettings(node),
                PlaceVariants.bundled());
        bench.filterInBackgroundFrom(1);
        bench.open(TestDatasets.write(temp.resolve("d"), "atlas.json", "Race", 60));
        drain();
        assertEquals(60, bench.incidents().size());
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    /** Runs everything queued, background and application thread, until nothing is left. */
    private void drain() {
        while (!background.isEmpty() || !app.isEmpty()) {
            while (!background.isEmpty()) {
                background.remove(0).run();
            }
            while (!app.isEmpty()) {
                app.remove(0).run();
            }
        }
    }

    private List<Incident> expected(IncidentFilter f) {
        List<Incident> ordered = FilteredRows.inDefaultOrder(bench.datasetProperty().get().incidents());
        return FilteredRows.incidents(ordered, f, SearchIndex.onDemand(), PlaceVariants.bundled(), () -> false);
    }

    @Test
    void anOlderResultHandedBackLastIsNotShown() {
        bench.changeFilter(f -> f.withTypes(Set.of("attack")));
        List<Runnable> first = new ArrayList<>(background);
        background.clear();
        bench.changeFilter(f -> f.withTypes(Set.of("clash")));
        drain(); // the newer filter's rows come back and are shown
        List<Incident> clash = expected(IncidentFilter.NONE.withTypes(Set.of("clash")));
        assertEquals(clash, List.copyOf(bench.incidents()));
        first.forEach(Runnable::run); // the older computation finishes only now
        drain();
        assertEquals(clash, List.copyOf(bench.incidents()), "the older filter's rows never replace the newer's");
        assertTrue(bench.statusProperty().get().startsWith(clash.size() + " of 60 incidents"),
                bench.statusProperty().get());
    }

    @Test
    void aFastSequenceEndsWithTheLastFiltersRows() {
        String[] types = {"attack", "clash", "protest", "attack", "clash"};
        for (String t : types) {
            bench.changeFilter(f -> f.withTypes(Set.of(t)));
            if (!background.isEmpty()) {
                background.remove(0).run(); // some finish in between, their hand-backs queued behind newer work
            }
        }
        drain();
        assertEquals(expected(IncidentFilter.NONE.withTypes(Set.of("clash"))), List.copyOf(bench.incidents()));
    }

    @Test
    void anEditWhileAFilterIsRunningIsInTheRowsShown() {
        IncidentFilter attacks = IncidentFilter.NONE.withTypes(Set.of("attack"));
        bench.changeFilter(f -> attacks);
        List<Runnable> running = new ArrayList<>(background);
        background.clear();
        Incident first = bench.incidents().get(0);
        Incident renamed = new Incident(first.id(), "Renamed", "attack", first.dateStart(), first.dateEnd(),
                first.datePrecision(), first.place(), first.province(), first.lat(), first.lon(), first.geoPrecision(),
                first.uncertaintyKm(), first.actors(), first.killed(), first.injured(), first.summary(), first.quotes(),
                first.tags(), first.notes());
        assertTrue(bench.editing().change(first, renamed));
        running.forEach(Runnable::run); // the filter computed over the rows before the edit
        drain();
        assertEquals(expected(attacks), List.copyOf(bench.incidents()));
        // the record kept is the edit as saved (marked as the analyst's, analystEdited), so looked up by id and title
        assertTrue(bench.incidents().stream().anyMatch(i -> i.id().equals(renamed.id()) && i.title().equals("Renamed")),
                "the edited record is shown");
    }
}
