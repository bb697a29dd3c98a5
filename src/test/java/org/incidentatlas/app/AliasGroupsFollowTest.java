package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.ListCounts;
import org.incidentatlas.filter.ListGroups;
import org.incidentatlas.filter.PlaceVariants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The grouped actor list after Edit > Aliases: an incident naming two names of one group counts once, and a
 * ticked entry follows the group it now stands for (and back on Undo).
 */
class AliasGroupsFollowTest {

    @TempDir
    Path temp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Preferences node;
    private Workbench bench;

    @BeforeEach
    void open() throws IOException {
        node = Preferences.userRoot().node("org/incidentatlas-tests/alias-follow-" + UUID.randomUUID());
        bench = new Workbench(Runnable::run, Runnable::run, dialogs, new AppSettings(node), PlaceVariants.bundled());
        bench.open(TestDatasets.write(temp.resolve("d"), "atlas.json", "Aliased atlas", 60));
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    private long naming(String... anyOf) {
        return bench.allIncidents().stream().filter(i -> i.actors().stream().anyMatch(List.of(anyOf)::contains)).count();
    }

    @Test
    void anIncidentNamingTwoNamesOfOneGroupCountsOnceForIt() {
        // every fourth incident names Militia A, every thirteenth Tribe 0: incidents 0, 52 name both
        bench.aliasEdits().addName("actor", "Militia A", "Tribe 0");
        ListCounts totals = bench.totalsProperty().get();
        ListGroups g = bench.listGroups("actor");
        int once = (int) naming("Militia A", "Tribe 0");
        assertEquals(once, g.counts(totals.actors(), totals.actorSets()).get("Militia A"), "each incident once");
        assertEquals(once + 2, g.counts(totals.actors()).get("Militia A"), "summed by name, the two count twice");

        // under another filter too: the counts the list shows
        bench.setFilter(IncidentFilter.NONE.withTypes(Set.of(TestDatasets.TYPES[0])));
        ListCounts c = bench.countsProperty().get();
        long expected = bench.incidents().stream().filter(i -> i.actors().contains("Militia A")
                || i.actors().contains("Tribe 0")).count();
        assertEquals((int) expected, g.counts(c.actors(), c.actorSets()).get("Militia A"));
    }

    @Test
    void aTickedEntryGainsTheVariantAnAliasEditAddsAndUndoTakesItBack() {
        bench.setFilter(IncidentFilter.NONE.withActors(Set.of("Militia A")));
        assertEquals(naming("Militia A"), bench.incidents().size());

        bench.aliasEdits().addName("actor", "Militia A", "Tribe 5");
        assertEquals(Set.of("Militia A", "Tribe 5"), bench.filterProperty().get().actors(), "the filter follows the group");
        assertEquals(naming("Militia A", "Tribe 5"), bench.incidents().size(), "the table too");
        assertEquals(bench.incidents().size(), bench.incidents().stream().filter(i -> !i.actors().isEmpty()).count());

        bench.editing().undo();
        assertEquals(Set.of("Militia A"), bench.filterProperty().get().actors(), "undone, the entry is Militia A alone");
        assertEquals(naming("Militia A"), bench.incidents().size());
    }

    @Test
    void aTickedNameThatJoinsAGroupStandsForTheGroupAndOneMarkedDifferentLeavesIt() {
        bench.setFilter(IncidentFilter.NONE.withActors(Set.of("Tribe 7")));
        bench.aliasEdits().addName("actor", "Tribes of the north", "Tribe 7");
        bench.aliasEdits().addName("actor", "Tribes of the north", "Tribe 8");
        assertEquals(Set.of("Tribe 7", "Tribe 8"), bench.filterProperty().get().actors());
        bench.aliasEdits().removeName("actor", "Tribes of the north", "Tribe 8");
        assertEquals(Set.of("Tribe 7"), bench.filterProperty().get().actors(), "a name taken out of the group leaves it");
        assertEquals(naming("Tribe 7"), bench.incidents().size());
    }
}
