package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.TestFiles;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.ListCounts;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.filter.SearchIndex;
import org.incidentatlas.importer.ImportSource;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.GeoBounds;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's behaviour without the window: a workbench whose background and application executors run on the
 * test's thread, a scripted dialog service, datasets the tests write themselves.
 */
class WorkbenchTest {

    @TempDir
    Path temp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Preferences node;
    private Workbench bench;

    @BeforeEach
    void create() {
        node = Preferences.userRoot().node("org/incidentatlas-tests/workbench-" + UUID.randomUUID());
        bench = new Workbench(Runnable::run, Runnable::run, dialogs, new AppSettings(node), PlaceVariants.bundled());
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    private Path dataset(int n) throws IOException {
        return TestDatasets.write(temp.resolve("d" + n), "atlas.json", "Test atlas " + n, n);
    }

    private List<Incident> rows() {
        return List.copyOf(bench.incidents());
    }

    @Test
    void openingShowsTheRowsCountsStatusAndArticles() throws IOException {
        bench.open(dataset(30));
        assertNotNull(bench.datasetProperty().get());
        assertEquals(30, bench.incidents().size());
        assertEquals("30 of 30 incidents", bench.statusProperty().get());
        ListCounts totals = bench.totalsProperty().get();
        assertEquals(10, totals.types().get("attack"));
        assertEquals(15, totals.provinces().get("Ninawa"));
        assertSame(totals, bench.countsProperty().get(), "with no filter the counts are the totals");
        assertEquals(Set.of("a1"), bench.articles().keySet());
        assertEquals(2, bench.centers().size());
        assertFalse(bench.busyProperty().get());
        assertEquals(rows().stream().sorted(Incident.BY_DATE_THEN_ID).toList(), rows(), "the default order");
    }

    @Test
    void openingIsReadOffTheApplicationThreadAndHandedOverOnce() throws IOException {
        List<Runnable> background = new ArrayList<>();
        List<Runnable> app = new ArrayList<>();
        Workbench w = new Workbench(background::add, app::add, dialogs, new AppSettings(node), PlaceVariants.bundled());
        w.open(dataset(12));
        assertNull(w.datasetProperty().get(), "nothing is read on the application thread");
        assertEquals(1, background.size());
        assertTrue(w.busyProperty().get());
        background.remove(0).run(); // the read, index, totals and articles map
        assertNull(w.datasetProperty().get());
        // progress reports, then the one hand-over
        Runnable last = app.remove(app.size() - 1);
        last.run();
        assertEquals(12, w.incidents().size());
        assertNotNull(w.totalsProperty().get());
        assertEquals(1, w.articles().size());
        assertFalse(w.busyProperty().get());
    }

    @Test
    void aBrokenDatasetIsListedWithWhereAndTheOpenOneStays() throws IOException {
        bench.open(dataset(5));
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\n  \"format\": \"incident-atlas/1\",\n  \"title\": \"x\"\n  \"articles\": []\n}",
                StandardCharsets.UTF_8);
        bench.open(broken);
        assertEquals(1, dialogs.problemHeadlines.size());
        String headline = dialogs.problemHeadlines.get(0);
        assertTrue(headline.startsWith("broken.json was not opened"), headline);
        assertTrue(headline.contains("\u201cTest atlas 5\u201d stays open"), headline);
        assertTrue(dialogs.problems.get(0).get(0).where().contains("broken.json:4:3"), dialogs.problems.get(0).toString());
        assertEquals(5, bench.incidents().size());
        assertEquals("Test atlas 5", bench.datasetProperty().get().title());
        assertEquals("5 of 5 incidents", bench.statusProperty().get());
    }

    @Test
    void reloadKeepsTheFilterAndAnotherDatasetStartsFromItsOwn() throws IOException {
        Path first = dataset(20);
        bench.open(first);
        bench.changeFilter(f -> f.withTypes(Set.of("clash")));
        bench.reload();
        assertEquals(Set.of("clash"), bench.filterProperty().get().types(), "a reload keeps the filter");
        assertTrue(bench.messageProperty().get().startsWith("Reloaded"), bench.messageProperty().get());
        Path second = dataset(9);
        bench.open(second);
        assertTrue(bench.filterProperty().get().isEmpty(), "another dataset starts unfiltered");
        assertEquals(9, bench.incidents().size());
        bench.open(first);
        assertEquals(Set.of("clash"), bench.filterProperty().get().types(), "the first dataset's filter came back");
        assertEquals(7, bench.incidents().size());
    }

    @Test
    void theRememberedFilterCanBeTurnedOff() throws IOException {
        Path first = dataset(20);
        bench.open(first);
        bench.changeFilter(f -> f.withText("sinjar"));
        bench.settings().setRememberPerDataset(false);
        bench.open(dataset(4));
        bench.open(first);
        assertTrue(bench.filterProperty().get().isEmpty());
    }

    @Test
    void theMapViewIsRememberedPerDataset() throws IOException {
        Path first = dataset(6);
        bench.open(first);
        assertNull(bench.viewToShowProperty().get(), "a dataset seen for the first time is framed whole");
        bench.setMapViewSource(() -> new AppSettings.MapView(36.3, 41.9, 11));
        bench.open(dataset(3));
        bench.open(first);
        assertEquals(new AppSettings.MapView(36.3, 41.9, 11), bench.viewToShowProperty().get());
        // and between runs: a new workbench on the same settings
        bench.close();
        Workbench next = new Workbench(Runnable::run, Runnable::run, dialogs, new AppSettings(node), PlaceVariants.bundled());
        next.open(first);
        assertEquals(new AppSettings.MapView(36.3, 41.9, 11), next.viewToShowProperty().get());
    }

    @Test
    void everyFilterKindKeepsWhatItsPredicateKeepsAndTheStatusSaysIt() throws IOException {
        bench.open(dataset(60));
        List<Incident> all = rows();
        Center sinjar = bench.allCenters().get(0);
        List<IncidentFilter> filters = List.of(IncidentFilter.NONE.withText("baqubah"),
                IncidentFilter.NONE.withDates(LocalDate.of(2020, 1, 10), LocalDate.of(2020, 1, 20)),
                IncidentFilter.NONE.withTypes(Set.of("attack", "protest")),
                IncidentFilter.NONE.withActors(Set.of("Militia A")),
                IncidentFilter.NONE.withProvinces(Set.of("Diyala")), IncidentFilter.NONE.withMinKilled(4),
                IncidentFilter.NONE.withCoarsePlace(false),
                IncidentFilter.NONE.withNear(new IncidentFilter.Near(sinjar.id(), sinjar.name(), sinjar.lat(), sinjar.lon(), 20)),
                IncidentFilter.NONE.withView(new GeoBounds(33, 44, 34, 45)));
        for (IncidentFilter f : filters) {
            bench.setFilter(f);
            List<Incident> want = all.stream().filter(f.toPredicate(SearchIndex.onDemand(), PlaceVariants.bundled())).toList();
            assertEquals(want, rows(), f.describe());
            assertFalse(want.isEmpty(), "the test data should keep something for " + f.describe());
            assertEquals(String.format("%d of 60 incidents", want.size())
                    + (bench.centers().size() == 2 ? "" : ", " + bench.centers().size() + " of 2 centres")
                    + " \u2014 " + f.describe(), bench.statusProperty().get());
        }
        bench.clearFilters();
        assertEquals(60, bench.incidents().size());
        assertEquals("60 of 60 incidents", bench.statusProperty().get());
    }

    @Test
    void listCountsFollowTheOtherFilters() throws IOException {
        bench.open(dataset(30));
        bench.changeFilter(f -> f.withProvinces(Set.of("Diyala")));
        ListCounts c = bench.countsProperty().get();
        // what ticking each type would keep, given the province
        for (String type : TestDatasets.TYPES) {
            long want = bench.allIncidents().stream().filter(i -> i.type().equals(type) && i.province().equals("Diyala")).count();
            assertEquals(want, (long) c.types().getOrDefault(type, 0), type);
        }
        assertEquals(15, c.provinces().get("Ninawa"), "a list's own choice does not narrow its counts");
    }

    @Test
    void afterAnImportTheListCountsAreTheImportedDatasetsNotZero() throws IOException {
        bench.open(dataset(5));
        Path csv = temp.resolve("ucdp.csv");
        List<String> lines = Files.readAllLines(TestFiles.projectDir().resolve("assets/realdata/ucdp_ged191_iraq.csv"));
        Files.write(csv, lines.subList(0, 41));
        bench.importCsv(ImportSource.UCDP, csv, temp.resolve("ucdp.json"));
        int n = bench.incidents().size();
        assertTrue(n > 30, "rows imported: " + n); // a record may span lines, so fewer rows than lines
        ListCounts counts = bench.countsProperty().get();
        assertEquals(bench.totalsProperty().get(), counts);
        assertFalse(counts.types().isEmpty());
        assertTrue(counts.types().values().stream().allMatch(v -> v > 0), counts.types().toString());
        assertEquals(n, counts.types().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(DialogService.Level.INFORMATION, dialogs.lastShown().level());
        assertTrue(dialogs.lastShown().headline().startsWith(n + " of " + n + " rows imported"), dialogs.lastShown().headline());
    }

    @Test
    void theRealUcdpFileImportsWholeAndSaysWhatItsWarningsAre() throws IOException {
        Path csv = TestFiles.projectDir().resolve("assets/realdata/ucdp_ged191_iraq.csv");
        bench.importCsv(ImportSource.UCDP, csv, temp.resolve("ucdp.json"));
        assertEquals(7473, bench.incidents().size());
        assertEquals("7,473 of 7,473 incidents", bench.statusProperty().get());
        assertTrue(dialogs.lastShown().headline().startsWith("7,473 of 7,473 rows imported"), dialogs.lastShown().headline());
        assertTrue(bench.warningsTextProperty().get().matches(
                "[\\d,]+ warnings: [\\d,]+ quotes not verifiable \\(no stored text\\), [\\d,]+ records without a quote"
                        + "(, 1 other)?"), // the one UCDP headline part that is only "." is a quote too short (issue 18)
                bench.warningsTextProperty().get());
        assertEquals(7473, bench.countsProperty().get().types().values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(bench.datasetProperty().get().title().contains("UCDP"), bench.datasetProperty().get().title());
    }

    @Test
    void anImportThatFailsWritesNothingAndKeepsTheOpenDataset() throws IOException {
        bench.open(dataset(5));
        Path notCsv = temp.resolve("bad.csv");
        Files.write(notCsv, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0, 'x'});
        Path target = temp.resolve("never.json");
        bench.importCsv(ImportSource.ACLED, notCsv, target);
        assertEquals(DialogService.Level.ERROR, dialogs.lastShown().level());
        assertTrue(dialogs.lastShown().headline().contains("could not be imported"), dialogs.lastShown().headline());
        assertFalse(Files.exists(target));
        assertEquals(5, bench.incidents().size());
    }

    @Test
    void openingAnExportOffersToImportIt() throws IOException {
        bench.open(dataset(5));
        Path csv = temp.resolve("ged.csv");
        List<String> lines = Files.readAllLines(TestFiles.projectDir().resolve("assets/realdata/ucdp_ged191_iraq.csv"));
        Files.write(csv, lines.subList(0, 11));
        dialogs.answer(false);
        bench.open(csv);
        assertTrue(dialogs.questions.get(0).contains("looks like a UCDP GED export"), dialogs.questions.get(0));
        assertEquals(5, bench.incidents().size(), "declined: nothing changes");
        dialogs.answer(true).file(temp.resolve("ged-imported"));
        bench.open(csv);
        assertEquals("ged.json", dialogs.fileRequests.get(0).suggestedName());
        int imported = bench.incidents().size();
        assertTrue(imported > 5, "imported " + imported);
        assertEquals("ged-imported.json", bench.datasetProperty().get().file().getFileName().toString(),
                "the extension is added");
        // a CSV that is no known export says so, and nothing is asked
        Path other = temp.resolve("other.csv");
        Files.writeString(other, "a,b\n1,2\n");
        bench.open(other);
        assertTrue(dialogs.lastShown().headline().contains("is a CSV file"), dialogs.lastShown().headline());
        assertEquals(imported, bench.incidents().size());
    }

    @Test
    void wrongFilterInputsAreSaidNotSilentlyChanged() throws IOException {
        bench.open(dataset(20));
        assertFalse(bench.setMinKilled("-5"));
        assertTrue(bench.filterProblemProperty().get().contains("cannot be -5"), bench.filterProblemProperty().get());
        assertNull(bench.filterProperty().get().minKilled(), "the filter is unchanged");
        assertFalse(bench.setMinKilled("1.5"));
        assertTrue(bench.filterProblemProperty().get().contains("whole number"), bench.filterProblemProperty().get());
        assertTrue(bench.setMinKilled("3"));
        assertEquals("", bench.filterProblemProperty().get());
        assertEquals(3, bench.filterProperty().get().minKilled());
        assertTrue(bench.setMinKilled("0"));
        assertNull(bench.filterProperty().get().minKilled(), "0 is no limit");

        Center c = bench.allCenters().get(0);
        assertFalse(bench.setNear(c, "0"));
        assertTrue(bench.filterProblemProperty().get().contains("from 1 to 2,000"), bench.filterProblemProperty().get());
        assertNull(bench.filterProperty().get().near());
        assertTrue(bench.setNear(c, "25"));
        assertEquals(25, bench.filterProperty().get().near().km());

        bench.changeFilter(f -> f.withDates(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 2, 1)));
        assertTrue(bench.filterProblemProperty().get().startsWith("To (1 Feb 2020) is before From (1 Mar 2020)"),
                bench.filterProblemProperty().get());
        assertEquals(0, bench.incidents().size());
        bench.changeFilter(f -> f.withDates(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 1)));
        assertEquals("", bench.filterProblemProperty().get());
    }

    @Test
    void theSelectionIsOneAndAFilterThatHidesItClearsIt() throws IOException {
        bench.open(dataset(10));
        Incident attack = rows().stream().filter(i -> i.type().equals("attack")).findFirst().orElseThrow();
        bench.select(attack);
        assertSame(attack, bench.selectionProperty().get());
        var articles = bench.articles();
        bench.select(rows().get(1));
        assertSame(articles, bench.articles(), "the articles map is built once, not per selection");
        bench.select(attack);
        bench.changeFilter(f -> f.withTypes(Set.of("attack")));
        assertSame(attack, bench.selectionProperty().get(), "still shown: still selected");
        bench.changeFilter(f -> f.withTypes(Set.of("clash")));
        assertNull(bench.selectionProperty().get());
        Center centre = bench.allCenters().get(1);
        bench.clearFilters();
        bench.select(centre);
        bench.changeFilter(f -> f.withProvinces(Set.of("Ninawa")).withText("Sinjar"));
        assertSame(centre, bench.selectionProperty().get(), "centres are a reference layer: a province or text"
                + " filter hides none");
        Center sinjar = bench.allCenters().get(0);
        bench.changeFilter(f -> f.withNear(new IncidentFilter.Near(sinjar.id(), sinjar.name(), sinjar.lat(), sinjar.lon(), 20)));
        assertNull(bench.selectionProperty().get(), "a centre the filters hide (outside the circle) is let go too");
    }

    @Test
    void sortingByAColumnKeepsTheDefaultOrderForTies() throws IOException {
        bench.open(dataset(12));
        bench.sortBy(Comparator.comparing(Incident::type));
        List<Incident> want = bench.allIncidents().stream()
                .sorted(Comparator.comparing(Incident::type).thenComparing(Incident.BY_DATE_THEN_ID)).toList();
        assertEquals(want, rows());
        bench.sortBy(null);
        assertEquals(List.copyOf(bench.allIncidents()), rows());
    }

    @Test
    void theCsvIsWhatTheTableShowsAndItsFolderAndNameAreSuggested() throws IOException {
        bench.open(dataset(40));
        bench.changeFilter(f -> f.withProvinces(Set.of("Diyala")).withDates(LocalDate.of(2020, 1, 5), LocalDate.of(2020, 2, 1)));
        bench.sortBy(Comparator.comparing(Incident::title).reversed());
        Path out = Files.createDirectories(temp.resolve("exports")).resolve("kept");
        dialogs.file(out, 1);
        bench.chooseAndExportCsv();
        DialogService.FileRequest asked = dialogs.fileRequests.get(0);
        assertEquals("incidents-diyala-2020.csv", asked.suggestedName());
        Path written = temp.resolve("exports/kept.csv");
        List<String> lines = Files.readAllLines(written, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("\ufeffid,"), "CSV for Excel has a byte-order mark");
        List<String> ids = lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList();
        assertEquals(rows().stream().map(Incident::id).toList(), ids);
        assertTrue(bench.messageProperty().get().startsWith("Exported " + ids.size() + " incidents"), bench.messageProperty().get());
        // the next export starts in the same folder
        dialogs.cancel();
        bench.chooseAndExportCsv();
        assertEquals(temp.resolve("exports").toAbsolutePath(), dialogs.fileRequests.get(1).folder());
    }

    @Test
    void anExportNeverOverwritesTheOpenDataset() throws IOException {
        Path file = dataset(5);
        String before = Files.readString(file);
        bench.open(file);
        bench.exportCsv(file, false);
        assertEquals(DialogService.Level.ERROR, dialogs.lastShown().level());
        assertTrue(dialogs.lastShown().text().startsWith("It is the dataset"), dialogs.lastShown().text());
        assertEquals(before, Files.readString(file));
        // by another spelling, a link, or onto one of its article texts: refused as well
        Path link = Files.createSymbolicLink(temp.resolve("link.csv"), file);
        bench.exportCsv(link, false);
        assertTrue(dialogs.lastShown().text().contains("by another name or a link"), dialogs.lastShown().text());
        Path article = file.resolveSibling("articles/a1.txt");
        String text = Files.readString(article);
        bench.exportCsv(article, false);
        assertTrue(dialogs.lastShown().text().contains("stored text of article"), dialogs.lastShown().text());
        assertEquals(text, Files.readString(article));
        assertEquals(before, Files.readString(file));
        // an import never replaces the export it reads, nor the open dataset
        Path csv = temp.resolve("ged.csv");
        Files.copy(TestFiles.projectDir().resolve("assets/realdata/ucdp_ged191_iraq.csv"), csv);
        bench.importCsv(ImportSource.UCDP, csv, csv);
        assertTrue(dialogs.lastShown().text().contains("the export being imported"), dialogs.lastShown().text());
        bench.importCsv(ImportSource.UCDP, csv, file);
        assertEquals(before, Files.readString(file));
    }

    @Test
    void aFailedExportSaysSoAndWritesNothing() throws IOException {
        bench.open(dataset(5));
        Path nowhere = temp.resolve("no/such/folder/out.csv");
        bench.exportCsv(nowhere, false);
        assertEquals(DialogService.Level.ERROR, dialogs.lastShown().level());
        assertTrue(dialogs.lastShown().text().startsWith("Nothing was written to " + nowhere), dialogs.lastShown().text());
        assertEquals("Export failed.", bench.messageProperty().get());
        assertFalse(Files.exists(nowhere));
    }

    @Test
    void recentFilesFollowWhatWasOpened() throws IOException {
        Path a = dataset(3);
        Path b = dataset(4);
        bench.open(a);
        bench.open(b);
        assertEquals(List.of(b, a), bench.settings().recentFiles());
        assertEquals(b, new AppSettings(node).lastDataset());
    }

    @Test
    void aCentreStaysWhenItsPlaceIsKept() throws IOException {
        bench.open(dataset(8));
        bench.changeFilter(f -> f.withCoarsePlace(false));
        assertEquals(2, bench.centers().size());
        assertTrue(bench.centers().stream().allMatch(c -> c.geoPrecision() == GeoPrecision.TOWN));
    }
}
