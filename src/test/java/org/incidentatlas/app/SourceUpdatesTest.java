package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.incidentatlas.dataset.DatasetWriter;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.importer.ImportException;
import org.incidentatlas.importer.ImportSource;
import org.incidentatlas.importer.Importer;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Update from a newer ACLED export: matched by event id, previewed, applied or cancelled, own records kept. */
class SourceUpdatesTest {

    private static final String HEADER = "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,"
            + "admin1,location,latitude,longitude,geo_precision,source,notes,fatalities";

    @TempDir
    Path temp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Preferences node;
    private Workbench bench;

    @BeforeEach
    void create() {
        node = Preferences.userRoot().node("org/incidentatlas-tests/updates-" + UUID.randomUUID());
        bench = new Workbench(Runnable::run, Runnable::run, dialogs, new AppSettings(node), PlaceVariants.bundled());
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    private Path export(String name, String... rows) throws IOException {
        Path f = temp.resolve(name);
        Files.writeString(f, HEADER + "\n" + String.join("\n", rows) + "\n");
        return f;
    }

    private static String row(String id, String place, int killed) {
        return id + ",2024-07-14,1,Battles,Armed clash,A,B,Erbil," + place + ",36.04,43.49,1,Rudaw,A clash at " + place + ".,"
                + killed;
    }

    /** The first export imported, with one record of the analyst's own added, written and opened. */
    private Path opened() throws IOException, ImportException {
        Dataset imported = new Importer().importFile(ImportSource.ACLED,
                export("v1.csv", row("IRQ1", "Gwer", 1), row("IRQ2", "Makhmour", 2), row("IRQ3", "Qaraj", 0)), x -> { })
                .dataset();
        List<Incident> all = new ArrayList<>(imported.incidents());
        String article = imported.articles().get(0).id();
        all.add(new Incident("own-1", "Seen by our team", "clash", LocalDate.of(2024, 7, 15), LocalDate.of(2024, 7, 15),
                DatePrecision.DAY, "Gwer", "Erbil", 36.05, 43.5, GeoPrecision.TOWN, 5.0, List.of("A"),
                Casualties.exactly(1), null, "", List.of(new Quote(article, "A clash at Gwer.", List.of())), List.of(), null));
        Path file = temp.resolve("atlas.json");
        new DatasetWriter().write(new Dataset(null, imported.title(), imported.description(), imported.attribution(),
                imported.articles(), List.of(), all), file);
        bench.open(file);
        assertEquals(4, bench.allIncidents().size());
        return file;
    }

    @Test
    void appliedTheNewerExportReplacesTheImportedEventsAndKeepsTheAnalystsOwn() throws Exception {
        Path file = opened();
        String before = Files.readString(file);
        Path v2 = export("v2.csv", row("IRQ1", "Gwer", 1), row("IRQ2", "Makhmour", 5), row("IRQ4", "Kirkuk", 3));
        dialogs.answer(true);
        bench.updateFromExport(ImportSource.ACLED, v2);
        String asked = dialogs.questions.get(0);
        assertTrue(asked.contains("1 new, 1 changed, 1 gone, 1 unchanged"), asked);
        assertTrue(asked.contains("Fields changed:") && asked.contains("killed 1"), asked);
        List<String> ids = bench.allIncidents().stream().map(Incident::id).sorted().toList();
        assertEquals(List.of("acled-IRQ1", "acled-IRQ2", "acled-IRQ4", "own-1"), ids);
        Incident irq2 = bench.allIncidents().stream().filter(i -> i.id().equals("acled-IRQ2")).findFirst().orElseThrow();
        assertEquals(Casualties.exactly(5), irq2.killed());
        assertTrue(bench.messageProperty().get().startsWith("Updated from v2.csv"), bench.messageProperty().get());
        assertEquals(before, Files.readString(file), "nothing is written: saving is the edit layer's");
    }

    @Test
    void cancelledNothingChanges() throws Exception {
        opened();
        List<Incident> was = List.copyOf(bench.allIncidents());
        dialogs.answer(false);
        bench.updateFromExport(ImportSource.ACLED, export("v2.csv", row("IRQ1", "Gwer", 9)));
        assertEquals(was, List.copyOf(bench.allIncidents()));
        assertEquals("Update cancelled; nothing changed.", bench.messageProperty().get());
    }

    @Test
    void theSameExportAgainChangesNothingAndAsksNothing() throws Exception {
        opened();
        bench.updateFromExport(ImportSource.ACLED, temp.resolve("v1.csv"));
        assertTrue(dialogs.questions.isEmpty());
        assertTrue(bench.messageProperty().get().startsWith("Nothing changed"), bench.messageProperty().get());
    }

    @Test
    void anEventTheAnalystEditedIsKeptAndOneTheAnalystDeletedStaysDeleted() throws Exception {
        opened();
        Incident irq1 = byId("acled-IRQ1");
        Incident renamed = new Incident(irq1.id(), "Clash at Gwer, checked by our team", irq1.type(), irq1.dateStart(),
                irq1.dateEnd(), irq1.datePrecision(), irq1.place(), irq1.province(), irq1.lat(), irq1.lon(),
                irq1.geoPrecision(), irq1.uncertaintyKm(), irq1.actors(), Casualties.exactly(4), irq1.injured(),
                irq1.summary(), irq1.quotes(), irq1.tags(), irq1.notes(), irq1.country(), irq1.sourceId());
        assertTrue(bench.editing().change(irq1, renamed));
        bench.editing().delete(List.of(byId("acled-IRQ3")));
        // the source changes the edited event, still has the deleted one, and changes IRQ2
        Path v2 = export("v2.csv", row("IRQ1", "Gwer", 9), row("IRQ2", "Makhmour", 5), row("IRQ3", "Qaraj", 0));
        dialogs.answer(true);
        bench.updateFromExport(ImportSource.ACLED, v2);
        String asked = dialogs.questions.get(0);
        assertTrue(asked.contains("0 new, 1 changed, 0 gone, 0 unchanged"), asked);
        assertTrue(asked.contains("Kept as you left them: 1 event you edited, 1 you deleted"), asked);
        assertEquals(renamed.withAnalystEdited(true), byId("acled-IRQ1"), "the analyst's edit is not overwritten");
        assertEquals(Casualties.exactly(5), byId("acled-IRQ2").killed(), "an event not edited takes the source's version");
        assertTrue(bench.allIncidents().stream().noneMatch(i -> i.id().equals("acled-IRQ3")), "deleted stays deleted");
        assertEquals(3, bench.allIncidents().size());
    }

    @Test
    void anEditSavedAndOpenedAgainInALaterSessionIsStillKept() throws Exception {
        Path file = opened();
        Incident irq1 = byId("acled-IRQ1");
        assertTrue(bench.editing().change(irq1, Records.withQuotes(irq1, List.of())));
        bench.files().save();
        assertTrue(Files.readString(file).contains("\"analystEdited\" : true")
                || Files.readString(file).contains("\"analystEdited\":true"), "the marker is saved with the record");
        // a later session: a new window opens the saved file, with no undo history
        Workbench later = new Workbench(Runnable::run, Runnable::run, dialogs, new AppSettings(node), PlaceVariants.bundled());
        later.open(file);
        Incident kept = later.allIncidents().stream().filter(i -> i.id().equals("acled-IRQ1")).findFirst().orElseThrow();
        assertTrue(kept.analystEdited());
        assertEquals("IRQ1", kept.sourceId(), "the edited event keeps its source id, so the update still matches it");
        dialogs.answer(true);
        later.updateFromExport(ImportSource.ACLED, export("v2.csv", row("IRQ1", "Gwer", 9), row("IRQ2", "Makhmour", 5),
                row("IRQ3", "Qaraj", 0)));
        String asked = dialogs.questions.get(0);
        assertTrue(asked.contains("Kept as you left them: 1 event you edited"), asked);
        assertEquals(kept, later.allIncidents().stream().filter(i -> i.id().equals("acled-IRQ1")).findFirst()
                .orElseThrow(), "the source's version is not taken");
        assertEquals(4, later.allIncidents().size(), "no copy of the event was added as new");
    }

    @Test
    void theFormKeepsAnImportedEventsOriginAndMarksIt() throws Exception {
        opened();
        Incident irq2 = byId("acled-IRQ2");
        IncidentDraft d = IncidentDraft.of(irq2);
        d.title = "Makhmour clash, confirmed";
        Incident edited = d.parse().incident();
        assertEquals(irq2.sourceId(), edited.sourceId());
        assertEquals(irq2.country(), edited.country());
        assertTrue(bench.editing().change(irq2, edited));
        assertTrue(byId("acled-IRQ2").analystEdited(), "what the analyst changes carries the marker");
        bench.editing().undo();
        assertTrue(!byId("acled-IRQ2").analystEdited(), "undone, the source's version has none");
    }

    @Test
    void anUndoneEditAndAnEarlierUpdateAreNotTheAnalystsWork() throws Exception {
        opened();
        Incident irq1 = byId("acled-IRQ1");
        bench.editing().delete(List.of(irq1));
        bench.editing().undo();
        dialogs.answer(true);
        bench.updateFromExport(ImportSource.ACLED, export("v2.csv", row("IRQ1", "Gwer", 2), row("IRQ2", "Makhmour", 2),
                row("IRQ3", "Qaraj", 0)));
        dialogs.answer(true);
        bench.updateFromExport(ImportSource.ACLED, export("v3.csv", row("IRQ1", "Gwer", 3), row("IRQ2", "Makhmour", 2),
                row("IRQ3", "Qaraj", 0)));
        assertTrue(!dialogs.questions.get(1).contains("Kept as you left them"), dialogs.questions.get(1));
        assertEquals(Casualties.exactly(3), byId("acled-IRQ1").killed());
    }

    private Incident byId(String id) {
        return bench.allIncidents().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }
}
