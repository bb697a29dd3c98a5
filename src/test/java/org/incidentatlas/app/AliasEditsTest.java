package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.ListGroups;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.model.AliasTable;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edit > Aliases as commands: undo and redo, the lists merged, the search by any name, saved with the dataset. */
class AliasEditsTest {

    @TempDir
    Path temp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Preferences node;
    private Workbench bench;
    private Path file;

    @BeforeEach
    void open() throws IOException {
        node = Preferences.userRoot().node("org/incidentatlas-tests/aliases-" + UUID.randomUUID());
        bench = new Workbench(Runnable::run, Runnable::run, dialogs, new AppSettings(node), PlaceVariants.bundled());
        file = TestDatasets.write(temp.resolve("d"), "atlas.json", "Aliased atlas", 30);
        bench.open(file);
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    private long withActor(String actor) {
        return bench.allIncidents().stream().filter(i -> i.actors().contains(actor)).count();
    }

    private List<String> search(String text) {
        bench.setFilter(IncidentFilter.NONE.withText(text));
        return bench.incidents().stream().map(Incident::id).sorted().toList();
    }

    @Test
    void aNameAddedUnderANewCanonicalNameMergesTheListAndIsUndoneAndRedone() {
        AliasEdits a = bench.aliasEdits();
        int militia = (int) withActor("Militia A");
        int army = (int) withActor("Army B");
        a.addName("actor", "Armed groups", "Militia A");
        a.addName("actor", "Armed groups", "Army B");
        assertTrue(bench.editing().hasUnsavedChanges(), "an alias edit is an edit of the dataset");
        assertEquals("Aliases: Army B is Armed groups", bench.editing().undoLabelProperty().get());

        ListGroups g = bench.listGroups("actor");
        Map<String, Integer> counts = g.counts(bench.totalsProperty().get().actors());
        assertEquals(militia + army, counts.get("Armed groups"), "one entry, its names' counts summed");
        assertFalse(counts.containsKey("Militia A"));
        assertEquals(List.of("Army B", "Militia A"), g.variants("Armed groups"), "the hover lists the dataset's names");
        assertEquals(Set.of("Army B", "Militia A"), g.expand(List.of("Armed groups")), "ticking it keeps both");
        bench.setFilter(IncidentFilter.NONE.withActors(g.expand(List.of("Armed groups"))));
        assertEquals(militia + army, bench.incidents().size());

        bench.editing().undo();
        assertEquals(Map.of("Armed groups", List.of("Militia A")), bench.datasetProperty().get().aliases().actors());
        assertEquals(List.of("Army B"), bench.listGroups("actor").variants("Army B"), "Army B stands alone again");
        bench.editing().undo();
        assertEquals(AliasTable.EMPTY, bench.datasetProperty().get().aliases());
        assertFalse(bench.editing().hasUnsavedChanges(), "back at the opened version");
        bench.editing().redo();
        bench.editing().redo();
        assertEquals(militia + army, bench.listGroups("actor").counts(bench.totalsProperty().get().actors())
                .get("Armed groups"));
    }

    @Test
    void theSearchFindsAnActorByANameTheAnalystAdded() {
        List<String> militia = bench.allIncidents().stream().filter(i -> i.actors().contains("Militia A"))
                .map(Incident::id).sorted().toList();
        assertEquals(List.of(), search("Saraya Nahr"));
        bench.aliasEdits().addName("actor", "Militia A", "Saraya Nahr");
        assertEquals(militia, search("Saraya Nahr"), "the search takes the new name for the actor");
        assertEquals(militia, search("Militia A"));
        bench.editing().undo();
        assertEquals(List.of(), search("Saraya Nahr"), "undone, the name finds nothing again");
    }

    @Test
    void namesMarkedDifferentAreNeverMergedAndABundledNameIsTakenAwaySo() {
        AliasEdits a = bench.aliasEdits();
        a.addName("actor", "Armed groups", "Militia A");
        a.addName("actor", "Armed groups", "Army B");
        a.markDifferent("Militia A", "Army B");
        AliasTable t = bench.datasetProperty().get().aliases();
        assertEquals(List.of(List.of("Militia A", "Army B")), t.distinct());
        assertEquals(List.of("Militia A"), t.actors().get("Armed groups"), "the entry no longer says the opposite");
        ListGroups g = bench.listGroups("actor");
        assertEquals(List.of("Militia A"), g.variants("Armed groups"));
        assertEquals(List.of("Army B"), g.variants("Army B"));

        // a bundled name taken away: recorded as different from its canonical name
        a.removeName("actor", "Islamic State", "Daesh");
        assertTrue(bench.aliasesProperty().get().areDistinct("Islamic State", "Daesh"));
        assertFalse(bench.aliasesProperty().get().matches("actor", "Daesh", "ISIS"));
        assertFalse(a.entries("actor").stream().filter(e -> e.canonical().equals("Islamic State")).findFirst()
                .orElseThrow().names().contains("Daesh"));
    }

    @Test
    void savedAliasesReadBackAndTheWindowOpensThemAgain() throws IOException {
        bench.aliasEdits().addName("actor", "Armed groups", "Militia A");
        bench.aliasEdits().addName("province", "Nineveh", "Ninawa");
        bench.aliasEdits().markDifferent("Army B", "Tribe 1");
        bench.files().save();
        assertFalse(bench.editing().hasUnsavedChanges());
        assertTrue(Files.readString(file).contains("\"aliases\""));
        ReadResult r = new DatasetReader().read(file);
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(bench.datasetProperty().get().aliases(), r.dataset().aliases());

        Workbench again = new Workbench(Runnable::run, Runnable::run, dialogs, new AppSettings(node), PlaceVariants.bundled());
        again.open(file);
        assertEquals(List.of("Militia A"), again.listGroups("actor").variants("Armed groups"));
    }
}
