package org.incidentatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.incidentatlas.TestFiles;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.DatasetWriter;
import org.incidentatlas.dataset.Problem;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.importer.ImportReport.WarningKind;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports the real UCDP GED 19.1 Iraq extract (assets/realdata/) and checks what comes out. */
class UcdpImporterTest {

    static final Path UCDP = TestFiles.projectDir().resolve("assets/realdata/ucdp_ged191_iraq.csv");

    private static ImportResult result;
    private static Map<String, Incident> byId;
    private static Map<String, Article> articles;

    @TempDir
    Path temp;

    @BeforeAll
    static void importOnce() throws Exception {
        result = new Importer().importFile(ImportSource.UCDP, UCDP, f -> { });
        byId = result.dataset().incidents().stream().collect(Collectors.toMap(Incident::id, Function.identity()));
        articles = result.dataset().articlesById();
    }

    @Test
    void everyEventIsImported() {
        ImportReport r = result.report();
        assertEquals(7_473, r.rowsRead());
        assertEquals(7_473, r.imported());
        assertEquals(List.of(), r.skippedRows());
        assertEquals(7_473, result.dataset().incidents().size());
        assertEquals(3_214, result.dataset().articles().size(), "distinct (outlet, date, headline) references");
        // the tag row is line 2, recognised and not counted as a row
        assertEquals(1, r.count(WarningKind.NOT_DATA));
        assertEquals(2, r.warnings().get(0).line());
        // 3,942 rows with a free-text or empty reference, 17 whose references have no headline (a URL, or none)
        assertEquals(3_959, r.count(WarningKind.NO_SOURCE_TEXT));
        // 48 rows with low above high, 21 more with best outside low..high
        assertEquals(69, r.count(WarningKind.FIGURES_CONTRADICT));
        assertTrue(r.summary().startsWith("ucdp_ged191_iraq.csv (UCDP GED): 7,473 rows read, 7,473 imported, 0 skipped."),
                r.summary());
    }

    @Test
    void reportedLinesAreThePhysicalLinesTheRowsStartOn() throws Exception {
        // 65 fields hold line breaks, so record number and line number part ways; each warned row must start on its line
        List<String> lines = List.of(Files.readString(UCDP, StandardCharsets.UTF_8).split("\r\n|\n", -1));
        assertEquals(7_553, lines.size(), "7,552 line breaks");
        List<ImportReport.Warning> warned = result.report().warnings().stream()
                .filter(w -> w.kind() == WarningKind.FIGURES_CONTRADICT).toList();
        assertEquals(69, warned.size());
        for (ImportReport.Warning w : warned) {
            String ucdpId = w.incidentId().substring("ucdp-".length());
            assertTrue(lines.get((int) w.line() - 1).startsWith(ucdpId + ","), w.toString());
        }
        // the first line break inside a field is on line 601; most warned rows come after it
        assertTrue(warned.stream().filter(w -> w.line() > 601).count() > 60);
    }

    @Test
    void sampleRowOneSidedViolenceInKirkuk() {
        // PROVENANCE.md sample 1: 259028, IS - Civilians, Zanqar village, 2018-05-18, where_prec 1, date_prec 1
        Incident i = byId.get("ucdp-259028");
        assertEquals("one-sided violence", i.type());
        assertEquals("IS - Civilians, Zanqar village", i.title());
        assertEquals(LocalDate.of(2018, 5, 18), i.dateStart());
        assertEquals(LocalDate.of(2018, 5, 18), i.dateEnd());
        assertEquals(DatePrecision.DAY, i.datePrecision());
        assertEquals("Zanqar village", i.place());
        assertEquals("Kirkūk", i.province());
        assertEquals(35.088424, i.lat());
        assertEquals(44.320557, i.lon());
        assertEquals(GeoPrecision.TOWN, i.geoPrecision());
        assertEquals(5.0, i.uncertaintyKm());
        assertEquals(List.of("IS", "Civilians"), i.actors());
        assertEquals(new Casualties(1, 1, 1), i.killed(), "UCDP's best is kept as killed.best");
        assertEquals("Iraq", i.country());
        assertEquals("259028", i.sourceId());
        assertNull(i.injured());
        assertEquals(List.of(new Quote(i.quotes().get(0).articleId(), "Blasts in Iraq's Kirkuk kill two people", List.of())),
                i.quotes());
        Article a = articles.get(i.quotes().get(0).articleId());
        assertEquals("BBC Monitoring Middle East", a.outlet());
        assertEquals("Blasts in Iraq's Kirkuk kill two people", a.title());
        assertEquals("2018-05-20", a.published());
        assertNull(a.url());
        assertNull(a.textPath());
        assertTrue(i.notes().contains("Original source (UCDP source_original): police."), i.notes());
        assertTrue(i.summary().contains("(Dāqūq district, Kirkūk province)"), i.summary());
    }

    @Test
    void everyEventKeepsItsBestFigureWithinItsRangeAndItsSourceId() {
        long withBest = result.dataset().incidents().stream().filter(i -> i.killed() != null && i.killed().best() != null).count();
        assertEquals(7_473, withBest, "the GED gives best for every event");
        assertTrue(result.dataset().incidents().stream().allMatch(i -> ("ucdp-" + i.sourceId()).equals(i.id())));
    }

    @Test
    void sampleRowTwoSourcesOverThreeDays() {
        // sample 2: 196549, Gwer town, 2015-01-09 to 2015-01-11 (date_prec 2), low 84 best 84 high 86, two articles
        Incident i = byId.get("ucdp-196549");
        assertEquals("state-based conflict", i.type());
        assertEquals(LocalDate.of(2015, 1, 9), i.dateStart());
        assertEquals(LocalDate.of(2015, 1, 11), i.dateEnd());
        assertEquals(DatePrecision.WEEK, i.datePrecision());
        assertEquals("Arbīl", i.province());
        assertEquals(36.039682, i.lat());
        assertEquals(43.490892, i.lon());
        assertEquals(new Casualties(84, 86, 84), i.killed());
        assertTrue(i.summary().contains("best estimate 84 (low 84, high 86); side A 24, side B 60"), i.summary());
        assertEquals(List.of("Government of Iraq", "IS"), i.actors());
        assertEquals(2, i.sourceCount());
        Article afp = articles.get(i.quotes().get(0).articleId());
        Article reuters = articles.get(i.quotes().get(1).articleId());
        assertEquals(List.of("Agence France Presse", "IS kills 26 in surprise attack on Iraqi Kurdish forces", "2015-01-10"),
                List.of(afp.outlet(), afp.title(), afp.published()));
        assertEquals(List.of("Reuters News", "Islamic Statekills 24 Kurds in surprise attack in N.Iraq", "2015-01-11"),
                List.of(reuters.outlet(), reuters.title(), reuters.published()));
        assertEquals(afp.title(), i.quotes().get(0).text());
        assertTrue(i.tags().containsAll(List.of("conflict: Iraq: Government", "dyad: Government of Iraq - IS")), i.tags().toString());
    }

    @Test
    void sampleRowDistrictLevelLocation() {
        // sample 3: 259096, where_prec 3: the centroid of Qaḑā’ Makhmūr, low 2 best 3 high 3
        Incident i = byId.get("ucdp-259096");
        assertEquals("Qaḑā’ Makhmūr", i.place());
        assertEquals(GeoPrecision.DISTRICT, i.geoPrecision());
        assertNull(i.uncertaintyKm(), "UCDP gives no size for a district; no figure is made up");
        assertEquals(35.75, i.lat());
        assertEquals(43.65, i.lon());
        assertEquals(new Casualties(2, 3, 3), i.killed());
        assertTrue(i.notes().contains("best estimate of deaths: 3."), i.notes());
        assertEquals("US-backed Iraqi Kurds kill at least three IS militants", i.quotes().get(0).text());
        assertEquals("2018-06-30", articles.get(i.quotes().get(0).articleId()).published());
    }

    @Test
    void precisionCodesMapAsDocumented() {
        assertEquals(new Placement(GeoPrecision.TOWN, 5.0), placementOf(byId.get("ucdp-114064")), "Al Fallūjah town");
        assertEquals(new Placement(GeoPrecision.TOWN, 15.0), placementOf(byId.get("ucdp-137739")), "Baghdād city");
        assertEquals(new Placement(GeoPrecision.SUBDISTRICT, 25.0), placementOf(byId.get("ucdp-114179")), "where_prec 2");
        assertEquals(GeoPrecision.PROVINCE, byId.get("ucdp-115523").geoPrecision());
        assertEquals(GeoPrecision.REGION, byId.get("ucdp-158377").geoPrecision());
        assertEquals(GeoPrecision.REGION, byId.get("ucdp-158404").geoPrecision());
        assertNull(byId.get("ucdp-158404").province());
        assertEquals(GeoPrecision.REGION, byId.get("ucdp-145064").geoPrecision());
        assertEquals(DatePrecision.WEEK, byId.get("ucdp-144887").datePrecision(), "date_prec 3: a known week");
        assertEquals(DatePrecision.MONTH, byId.get("ucdp-225419").datePrecision(), "date_prec 4: a known month");
        Incident year = byId.get("ucdp-138607");
        assertEquals(DatePrecision.YEAR, year.datePrecision(), "date_prec 5");
        assertEquals(List.of(LocalDate.of(2007, 1, 1), LocalDate.of(2007, 8, 21)), List.of(year.dateStart(), year.dateEnd()),
                "the dates are UCDP's own, not widened");
    }

    private static Placement placementOf(Incident i) {
        return new Placement(i.geoPrecision(), i.uncertaintyKm());
    }

    @Test
    void freeTextReferencesAndContradictionsAreKeptInNotes() {
        Incident old = byId.get("ucdp-137739");
        assertEquals(List.of(), old.quotes());
        assertTrue(old.notes().contains("Source reference as UCDP gives it (free text, not split into articles): r 25/2."),
                old.notes());
        Incident odd = byId.get("ucdp-145155");
        assertEquals(new Casualties(21, 22, 22), odd.killed());
        assertTrue(odd.notes().contains("UCDP gives low 22, best 22, high 21"), odd.notes());
        Incident multiLine = byId.get("ucdp-256119");
        assertEquals("Turkish Airstrikes Kill 49 PKK Militants in Northern Iraq - Turkish General Staff CR РИАН",
                multiLine.quotes().get(1).text());
        assertTrue(result.dataset().articles().stream().anyMatch(a -> a.title() == null
                && "http://hpgsehit.com/index.php/ehit-kuenyeleri/2018-sehitlerimiz?limitstart".equals(a.url())));
    }

    @Test
    void theWrittenDatasetReadsBackWithOnlyUnverifiedQuoteWarnings() throws Exception {
        Path out = temp.resolve("ucdp.json");
        new DatasetWriter().write(result.dataset(), out);
        ReadResult read = new DatasetReader().read(out);
        assertTrue(read.ok(), read.errors().toString());
        Set<Problem.Code> codes = read.problems().stream().map(Problem::code).collect(Collectors.toSet());
        // QUOTE_TOO_SHORT (issue 18): some UCDP source headlines are a single character
        assertEquals(Set.of(Problem.Code.QUOTE_UNVERIFIED, Problem.Code.NO_QUOTE, Problem.Code.QUOTE_TOO_SHORT,
                Problem.Code.MORE_OF_THE_SAME), codes);
        assertEquals(result.dataset().incidents(), read.dataset().incidents());
        assertEquals(result.dataset().articles(), read.dataset().articles());
        assertTrue(read.dataset().attribution().contains("CC BY 4.0"));
        assertTrue(read.dataset().attribution().contains("Sundberg, Ralph and Erik Melander (2013)"));
    }

    @Test
    void rowsWithCodesUcdpDoesNotUseAreSkippedWithTheirLines() throws Exception {
        String header = "id,type_of_violence,side_a,side_b,source_article,where_prec,where_coordinates,adm_1,latitude,"
                + "longitude,date_prec,date_start,date_end,low,best,high";
        Path f = temp.resolve("small.csv");
        Files.writeString(f, String.join("\n", header,
                ",,#group+name+first,#group+name+second,#meta+source,,#loc+name,#adm1+name,#geo+lat,#geo+lon,,,,,,",
                "1,1,A,B,\"\"\"X,2020-01-02,Head\"\"\",8,P town,Q province,36,44,1,2020-01-01,2020-01-01,1,1,1",
                "2,4,A,B,,1,P town,,36,44,1,2020-01-01,2020-01-01,1,1,1",
                "3,1,A,B,,1,P town,,36,44,1,2020-01-05,2020-01-01,1,1,1",
                "4,1,A,B,,1,P town,Q  province,36,44,3,2020-01-01,2020-01-07,,,",
                ""));
        ImportResult r = new Importer().importFile(ImportSource.UCDP, f, x -> { });
        assertEquals(List.of("line 3: where_prec is \"8\"; UCDP uses 1 to 7.",
                "line 4: type_of_violence is \"4\"; UCDP uses 1 (state-based conflict), 2 (non-state conflict) and 3"
                        + " (one-sided violence).",
                "line 5: the end date 2020-01-01 is before the start date 2020-01-05."),
                r.report().skippedRows().stream().map(Object::toString).toList());
        Incident ok = r.dataset().incidents().get(0);
        assertEquals("Q", ok.province());
        assertNull(ok.killed(), "no figures: unknown, not 0");
        assertEquals(DatePrecision.WEEK, ok.datePrecision());
        assertEquals(List.of(), r.dataset().articles(), "the skipped row's article is not kept");
    }

    @Test
    void importingAgainGivesTheSameIdsAndReportsProgress() throws Exception {
        List<Double> progress = new java.util.ArrayList<>();
        ImportResult again = new Importer().importFile(ImportSource.UCDP, UCDP, progress::add);
        assertEquals(result.dataset().articles(), again.dataset().articles());
        assertEquals(0.0, progress.get(0));
        assertEquals(1.0, progress.get(progress.size() - 1));
        assertTrue(progress.size() > 20, "now and then through a 3 MB file: " + progress.size());
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1), progress.toString());
        }
    }
}
