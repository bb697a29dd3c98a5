package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.DatasetSaver;
import org.incidentatlas.dataset.Problem;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.ListCounts;
import org.incidentatlas.filter.SearchIndex;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every edit command with undo and redo, the checks, saving and recovery, without the window. */
class EditingTest {

    @TempDir
    Path temp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Preferences node;
    private Workbench bench;
    private Path file;

    @BeforeEach
    void open() throws IOException {
        node = Preferences.userRoot().node("org/incidentatlas-tests/editing-" + UUID.randomUUID());
        bench = workbench();
        file = TestDatasets.write(temp.resolve("d"), "atlas.json", "Edited atlas", 30);
        bench.open(file);
    }

    private Workbench workbench() {
        return new Workbench(Runnable::run, Runnable::run, dialogs, new AppSettings(node), PlaceVariants.bundled());
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    private Editing editing() {
        return bench.editing();
    }

    private static Incident incident(String id, String title, LocalDate day, Quote quote) {
        return new Incident(id, title, "attack", day, day, DatePrecision.DAY, "Prde", "Kirkuk", 35.74, 44.14,
                GeoPrecision.TOWN, 2.0, List.of("ISIS"), Casualties.exactly(2), null, "Two guards killed.",
                quote == null ? List.of() : List.of(quote), List.of(), null);
    }

    /** The quote with its offsets in the stored article (ASCII: code points are chars). */
    private Quote quote() {
        try {
            int start = Files.readString(file.resolveSibling("articles/a1.txt")).indexOf(TestDatasets.LONG_QUOTE);
            return new Quote("a1", TestDatasets.LONG_QUOTE, List.of(), start, start + TestDatasets.LONG_QUOTE.length());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Incident find(String id) {
        return bench.allIncidents().stream().filter(i -> i.id().equals(id)).findFirst().orElse(null);
    }

    @Test
    void addingAnIncidentShowsItEverywhereAndUndoRedoTakeItBackAndForth() {
        Incident given = incident("new-1", "Attack on Prde", LocalDate.of(2020, 1, 15), new Quote("a1", TestDatasets.LONG_QUOTE, List.of()));
        assertTrue(editing().add(given));
        Incident i = find("new-1");
        assertEquals(given.withAnalystEdited(true), i, "kept as given, marked the analyst's");
        assertEquals(31, bench.incidents().size());
        assertEquals(31, bench.datasetProperty().get().incidents().size());
        assertSame(i, bench.selectionProperty().get(), "the new incident is selected");
        assertEquals(2, bench.totalsProperty().get().provinces().size() - 1, "a new province is counted: Kirkuk");
        assertEquals("31 of 31 incidents", bench.statusProperty().get());
        assertTrue(editing().hasUnsavedChanges());
        assertEquals("Add incident \u201cAttack on Prde\u201d", editing().undoLabelProperty().get());
        // the default order places it by date
        assertEquals(i, bench.incidents().get(bench.incidents().indexOf(i)));
        assertTrue(bench.incidents().get(bench.incidents().indexOf(i) - 1).dateStart().isBefore(i.dateStart().plusDays(1)));

        editing().undo();
        assertEquals(30, bench.incidents().size());
        assertNull(find("new-1"));
        assertNull(bench.selectionProperty().get());
        assertFalse(editing().hasUnsavedChanges(), "back at the opened version");
        assertEquals("Add incident \u201cAttack on Prde\u201d", editing().redoLabelProperty().get());

        editing().redo();
        assertSame(i, find("new-1"));
        assertTrue(editing().hasUnsavedChanges());
    }

    @Test
    void aRecordWithErrorsIsNotKeptAndTheProblemsSayWhichField() {
        Incident bad = new Incident("new-2", "Backwards", "attack", LocalDate.of(2020, 2, 2), LocalDate.of(2020, 2, 1),
                DatePrecision.DAY, "Prde", "Kirkuk", 95, 44, GeoPrecision.TOWN, 2.0, List.of(), null, null, "",
                List.of(new Quote("a1", "words that are not in the article", List.of())), List.of(), null);
        List<Problem> problems = editing().check(bad, null);
        assertTrue(problems.stream().anyMatch(p -> p.isError() && "lat".equals(p.field())), problems.toString());
        assertFalse(editing().add(bad));
        assertEquals(30, bench.incidents().size());
        assertFalse(editing().hasUnsavedChanges());
        assertTrue(dialogs.problemHeadlines.get(dialogs.problemHeadlines.size() - 1).contains("was not kept"));

        Incident early = new Incident("new-2", "Backwards", "attack", LocalDate.of(2020, 2, 2), LocalDate.of(2020, 2, 1),
                DatePrecision.DAY, "Prde", "Kirkuk", 35, 44, GeoPrecision.TOWN, 2.0, List.of(), null, null, "",
                List.of(new Quote("a1", "words that are not in the article", List.of())), List.of(), null);
        List<Problem> found = editing().check(early, null);
        assertTrue(found.stream().anyMatch(p -> p.code() == Problem.Code.DATE_ORDER && "dateEnd".equals(p.field())), found.toString());
        assertTrue(found.stream().anyMatch(p -> p.code() == Problem.Code.QUOTE_NOT_FOUND), found.toString());

        Incident taken = incident("INC-0003", "Same id as another", LocalDate.of(2020, 1, 3), null);
        List<Problem> dup = editing().check(taken, null);
        assertTrue(dup.stream().anyMatch(p -> p.code() == Problem.Code.DUPLICATE_ID), dup.toString());
        assertTrue(dup.stream().anyMatch(p -> p.code() == Problem.Code.NO_QUOTE && !p.isError()), "no quote: a warning");
        Incident own = find("inc-0003");
        assertTrue(editing().check(own, own).stream().noneMatch(p -> p.code() == Problem.Code.DUPLICATE_ID),
                "a record keeps its own id");
    }

    @Test
    void changingDeletingDuplicatingAndQuotingAreEachOneUndoableStep() {
        Incident old = find("inc-0004");
        Incident changed = new Incident(old.id(), "Renamed", old.type(), old.dateStart().plusDays(40), old.dateEnd().plusDays(40),
                old.datePrecision(), old.place(), old.province(), old.lat(), old.lon(), old.geoPrecision(), old.uncertaintyKm(),
                old.actors(), Casualties.atLeast(3), old.injured(), old.summary(), old.quotes(), old.tags(), old.notes());
        assertTrue(editing().change(old, changed));
        assertEquals(changed.withAnalystEdited(true), find("inc-0004"), "as changed, marked the analyst's");
        List<Incident> rows = List.copyOf(bench.incidents());
        assertEquals(rows.stream().sorted(Incident.BY_DATE_THEN_ID).toList(), rows, "still in the default order");

        editing().delete(List.of(find("inc-0001"), find("inc-0002")));
        assertEquals(28, bench.incidents().size());
        assertEquals("Delete 2 records", editing().undoLabelProperty().get());

        assertTrue(editing().duplicate(find("inc-0005")));
        Incident copy = (Incident) bench.selectionProperty().get();
        assertNotEquals("inc-0005", copy.id());
        assertTrue(copy.title().endsWith("(copy)"));
        assertEquals(29, bench.incidents().size());

        Center c = bench.allCenters().get(0);
        assertTrue(editing().addQuote(c, new Quote("a1", "Protesters gathered in Baqubah", List.of())));
        assertEquals(2, bench.allCenters().stream().filter(x -> x.id().equals(c.id())).findFirst().orElseThrow().quotes().size());

        editing().undo(); // the quote
        editing().undo(); // the copy
        editing().undo(); // the deletion
        assertEquals(30, bench.incidents().size());
        editing().undo(); // the change
        assertSame(old, find("inc-0004"));
        assertFalse(editing().hasUnsavedChanges());
        assertEquals("", editing().undoLabelProperty().get());
        editing().redo();
        assertEquals(changed.withAnalystEdited(true), find("inc-0004"), "as changed, marked the analyst's");
    }

    @Test
    void aFilterStaysAndAnEditedRecordItNoLongerKeepsLeavesTheList() {
        bench.changeFilter(f -> f.withProvinces(Set.of("Ninawa")));
        int shown = bench.incidents().size();
        Incident s = find("inc-0000");
        bench.select(s);
        Incident moved = new Incident(s.id(), "Now in Prde", s.type(), s.dateStart(), s.dateEnd(), s.datePrecision(),
                "Prde", "Kirkuk", 35.74, 44.14, s.geoPrecision(), s.uncertaintyKm(), List.of("Army B"), s.killed(),
                s.injured(), "Moved", s.quotes(), s.tags(), s.notes());
        assertTrue(editing().change(s, moved));
        assertEquals(shown - 1, bench.incidents().size());
        assertEquals(Set.of("Ninawa"), bench.filterProperty().get().provinces());
        assertTrue(bench.messageProperty().get().contains("the filter hides it"), bench.messageProperty().get());
        assertNull(bench.selectionProperty().get());
        editing().undo();
        assertEquals(shown, bench.incidents().size());
    }

    @Test
    void centresHaveTheirOwnToggleThatFiltersDoNotOverride() {
        bench.changeFilter(f -> f.withText("nothing matches this"));
        assertEquals(2, bench.centers().size(), "a text filter never hides the reference layer");
        bench.select(bench.centers().get(0));
        bench.showCentres(false);
        assertEquals(0, bench.centers().size());
        assertNull(bench.selectionProperty().get(), "a hidden centre is no longer selected");
        bench.clearFilters();
        assertEquals(0, bench.centers().size(), "switched off, they stay off under any filter");
        Center c = bench.allCenters().get(0);
        assertTrue(editing().addQuote(c, new Quote("a1", "Protesters gathered in Baqubah", List.of())));
        assertEquals(0, bench.centers().size(), "and after an edit");
        bench.showCentres(true);
        assertEquals(2, bench.centers().size());
    }

    @Test
    void theCountsAfterEditsAreWhatCountingAgainGives() {
        bench.changeFilter(f -> f.withTypes(Set.of("attack")));
        assertTrue(editing().add(incident("new-8", "Attack on Prde", LocalDate.of(2020, 1, 20), quote())));
        Incident old = find("inc-0006");
        assertTrue(editing().change(old, new Incident(old.id(), old.title(), "attack", old.dateStart(), old.dateEnd(),
                old.datePrecision(), old.place(), "Kirkuk", old.lat(), old.lon(), old.geoPrecision(), old.uncertaintyKm(),
                List.of("ISIS", "Army B"), old.killed(), old.injured(), old.summary(), old.quotes(), old.tags(), old.notes())));
        editing().delete(List.of(find("inc-0009")));
        PlaceVariants places = PlaceVariants.bundled();
        List<Incident> all = List.copyOf(bench.allIncidents());
        assertEquals(ListCounts.count(all, IncidentFilter.NONE, SearchIndex.onDemand(), places, () -> false),
                bench.totalsProperty().get());
        assertEquals(ListCounts.count(all, bench.filterProperty().get(), SearchIndex.onDemand(), places, () -> false),
                bench.countsProperty().get());
        editing().undo();
        editing().undo();
        assertEquals(ListCounts.count(List.copyOf(bench.allIncidents()), bench.filterProperty().get(), SearchIndex.onDemand(),
                places, () -> false), bench.countsProperty().get());
    }

    @Test
    void saveIsAtomicKeepsABackupAndUnknownFieldsAndReadsBackTheSame() throws IOException {
        // another tool's fields, at the top, in a record, in a quote and in a casualty figure
        String json = Files.readString(file);
        json = json.replaceFirst("\\{", "{\n  \"producedBy\" : {\"tool\": \"x\", \"n\": [1, 2]},")
                .replaceFirst("\"id\" : \"inc-0001\",", "\"id\" : \"inc-0001\", \"reviewer\" : \"AB\",")
                .replaceFirst("\"supports\"", "\"pageNo\" : 4, \"supports\"")
                .replaceFirst("\"low\" : 1,", "\"low\" : 1, \"method\" : \"hospital\",");
        Files.writeString(file, json);
        bench.open(file);
        String before = Files.readString(file);
        assertTrue(editing().add(incident("new-3", "Attack on Prde", LocalDate.of(2020, 3, 1), quote())));
        bench.files().save();
        assertFalse(editing().hasUnsavedChanges());
        assertEquals(before, Files.readString(DatasetSaver.backupOf(file)), "the previous version is the backup");
        String after = Files.readString(file);
        for (String kept : List.of("\"producedBy\"", "\"reviewer\" : \"AB\"", "\"pageNo\" : 4", "\"method\" : \"hospital\"")) {
            assertTrue(after.contains(kept), kept + " is written back");
        }
        ReadResult read = new DatasetReader().read(file);
        assertTrue(read.ok(), read.problems().toString());
        assertEquals(0, read.errorCount());
        assertEquals(bench.datasetProperty().get().incidents(), read.dataset().incidents(), "the saved file reads back the same");
        Incident added = read.dataset().incidents().stream().filter(i -> i.id().equals("new-3")).findFirst().orElseThrow();
        assertEquals(quote().start(), added.quotes().get(0).start());
        assertTrue(read.problems().stream().noneMatch(p -> p.code() == Problem.Code.QUOTE_OFFSETS),
                "the offsets point at the passage" + read.problems());
        assertFalse(Files.exists(SavedFiles.recoveryOf(file)), "no recovery copy once saved");
    }

    @Test
    void aFailedSaveLeavesTheOldFileAndTheChanges() throws IOException {
        String before = Files.readString(file);
        assertTrue(editing().add(incident("new-4", "Attack on Prde", LocalDate.of(2020, 3, 1), quote())));
        Path blocked = temp.resolve("not-a-folder");
        Files.writeString(blocked, "a file where a folder should be");
        bench.files().saveTo(blocked.resolve("atlas.json"), null);
        assertEquals(DialogService.Level.ERROR, dialogs.lastShown().level());
        assertTrue(dialogs.lastShown().text().contains("changes are still open"), dialogs.lastShown().text());
        assertTrue(editing().hasUnsavedChanges());
        assertEquals(before, Files.readString(file));
        assertEquals(31, bench.incidents().size());
    }

    @Test
    void openingAnotherDatasetWithUnsavedChangesAsksAndCancelKeepsThem() throws IOException {
        Path other = TestDatasets.write(temp.resolve("o"), "other.json", "Other", 5);
        assertTrue(editing().add(incident("new-5", "Attack on Prde", LocalDate.of(2020, 3, 1), quote())));
        dialogs.choice(2); // Cancel
        bench.open(other);
        assertEquals("Edited atlas", bench.datasetProperty().get().title());
        assertTrue(editing().hasUnsavedChanges());
        dialogs.choice(0); // Save, then open
        bench.open(other);
        assertEquals("Other", bench.datasetProperty().get().title());
        assertTrue(Files.readString(file).contains("new-5"));
        assertFalse(editing().hasUnsavedChanges());
    }

    @Test
    void aKilledSessionIsOfferedBackAtTheNextStart() throws IOException {
        assertTrue(editing().add(incident("new-6", "Attack on Prde", LocalDate.of(2020, 3, 1), quote())));
        Path copy = SavedFiles.recoveryOf(file);
        assertTrue(Files.isRegularFile(copy), "a recovery copy beside the dataset");
        // the process dies here: no save, no close; a new start with the same settings
        bench = workbench();
        dialogs.answer(true);
        bench.files().offerRecovery();
        assertEquals(31, bench.incidents().size());
        assertEquals(file.toAbsolutePath(), bench.datasetProperty().get().file().toAbsolutePath());
        assertTrue(editing().hasUnsavedChanges(), "recovered changes are unsaved");
        bench.files().save();
        assertTrue(new DatasetReader().read(file).dataset().incidents().stream().anyMatch(i -> i.id().equals("new-6")));
        assertFalse(Files.exists(copy));
        assertTrue(bench.settings().pendingRecoveries().isEmpty());
    }

    @Test
    void declinedRecoveryIsDeleted() throws IOException {
        assertTrue(editing().add(incident("new-7", "Attack on Prde", LocalDate.of(2020, 3, 1), quote())));
        bench = workbench();
        dialogs.answer(false);
        bench.files().offerRecovery();
        assertFalse(Files.exists(SavedFiles.recoveryOf(file)));
        assertNull(bench.datasetProperty().get());
    }

    @Test
    void aNewDatasetHasItsArticlesFolderAndTheReferenceCentres() throws IOException {
        Path made = temp.resolve("new/atlas.json");
        Files.createDirectories(made.getParent());
        bench.files().create(made, "New dataset", file);
        assertTrue(dialogs.shown.isEmpty(), dialogs.shown.toString());
        assertTrue(dialogs.problems.isEmpty(), dialogs.problems.toString());
        assertEquals("New dataset", bench.datasetProperty().get().title());
        assertEquals(0, bench.incidents().size());
        assertEquals(2, bench.allCenters().size());
        assertTrue(Files.isDirectory(made.resolveSibling("articles")));
        assertTrue(Files.isRegularFile(made.resolveSibling("articles/a1.txt")), "the article the centres cite comes too");
        assertEquals(1, bench.articles().size());
        bench.files().create(made, "Again", null);
        assertEquals(DialogService.Level.ERROR, dialogs.lastShown().level(), "an existing file is not replaced");
    }

    @Test
    void saveAsToAnotherFolderTakesTheArticleTexts() throws IOException {
        Path elsewhere = temp.resolve("copy/atlas.json");
        Files.createDirectories(elsewhere.getParent());
        dialogs.file(elsewhere);
        bench.files().saveAs();
        assertEquals(elsewhere.toAbsolutePath(), bench.datasetProperty().get().file());
        ReadResult r = new DatasetReader().read(elsewhere);
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(0, r.count(Problem.Code.QUOTE_UNVERIFIED));
        assertTrue(Files.isRegularFile(elsewhere.resolveSibling("articles/a1.txt")));
        bench.changeFilter(f -> IncidentFilter.NONE);
    }
}
