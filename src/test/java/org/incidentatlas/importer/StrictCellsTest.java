package org.incidentatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.DatasetWriter;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every cell is read strictly: a bad cell skips its row, named by line and reason, the rows around it import, and
 * what the import gives is always a dataset its own reader accepts. Each case writes its own small CSV: a good
 * row on line 2, the bad one on line 3, another good one on line 4.
 */
class StrictCellsTest {

    @TempDir
    Path temp;

    private int files;

    static Map<String, String> ucdpRow(String id) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("type_of_violence", "1");
        r.put("side_a", "Government of Iraq");
        r.put("side_b", "IS");
        r.put("source_article", "\"Rudaw,2020-01-02,Clash near Gwer\"");
        r.put("where_prec", "1");
        r.put("where_coordinates", "Gwer town");
        r.put("adm_1", "Arbīl province");
        r.put("country", "Iraq");
        r.put("latitude", "36.0397");
        r.put("longitude", "43.4909");
        r.put("date_prec", "1");
        r.put("date_start", "2020-01-01");
        r.put("date_end", "2020-01-01");
        r.put("low", "1");
        r.put("best", "2");
        r.put("high", "3");
        return r;
    }

    static Map<String, String> acledRow(String id) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("event_id_cnty", id);
        r.put("event_date", "2024-07-14");
        r.put("time_precision", "1");
        r.put("event_type", "Battles");
        r.put("sub_event_type", "Armed clash");
        r.put("actor1", "Military Forces of Iraq (2022-)");
        r.put("actor2", "Islamic State (Iraq)");
        r.put("admin1", "Erbil");
        r.put("location", "Gwer");
        r.put("country", "Iraq");
        r.put("latitude", "36.0397");
        r.put("longitude", "43.4909");
        r.put("geo_precision", "1");
        r.put("source", "Rudaw; Kurdistan 24");
        r.put("notes", "On 14 July 2024, a clash near Gwer.");
        r.put("fatalities", "1");
        return r;
    }

    // --- numbers as a CSV means them -------------------------------------------------------------------------

    @Test
    void coordinatesThatOnlyJavaWouldReadAreBadCells() throws Exception {
        for (String bad : List.of("0x1.1p5", "36.5f", "36.5d", "36.5F", "36,5", "NaN", "Infinity", "-Infinity", "+36.5",
                ".5", "36.", "٣٦.٥", "36.5 N", "1_000", "0x24")) {
            skipsOnlyTheBadRow(ImportSource.UCDP, "latitude", bad, "latitude is \"" + bad + "\", not a decimal number");
            skipsOnlyTheBadRow(ImportSource.ACLED, "longitude", bad, "longitude is \"" + bad + "\", not a decimal number");
        }
    }

    @Test
    void countsThatOnlyJavaWouldReadAreBadCells() throws Exception {
        for (String bad : List.of("1.5", "1.0", "+3", "-1", "0x10", "١٢", "1e3", "3f", "9999999999", "1,000", "NaN")) {
            skipsOnlyTheBadRow(ImportSource.UCDP, "low", bad, "low is \"" + bad + "\", not a whole number 0 or more");
            skipsOnlyTheBadRow(ImportSource.ACLED, "fatalities", bad, "fatalities is \"" + bad + "\", not a whole number");
        }
    }

    @Test
    void aPlainDecimalWithAnExponentIsANumber() throws Exception {
        Map<String, String> row = ucdpRow("2");
        row.put("latitude", "3.60397e1");
        ImportResult r = importAndValidate(ImportSource.UCDP, List.of(ucdpRow("1"), row));
        assertEquals(36.0397, r.dataset().incidents().get(1).lat(), 1e-9);
    }

    // --- coordinates against their ranges and the row's country -----------------------------------------------

    @Test
    void coordinatesOutOfRangeAreBadCells() throws Exception {
        skipsOnlyTheBadRow(ImportSource.UCDP, "latitude", "90.5", "outside the latitude range -90 to 90");
        skipsOnlyTheBadRow(ImportSource.ACLED, "longitude", "-180.01", "outside the longitude range -180 to 180");
    }

    @Test
    void swappedCoordinatesAreCaughtByTheRowsCountry() throws Exception {
        for (ImportSource source : ImportSource.values()) {
            Map<String, String> swapped = good(source, "9");
            swapped.put("latitude", "43.4909");
            swapped.put("longitude", "36.0397");
            SkippedLine s = skipsOnlyThisRow(source, swapped);
            assertTrue(s.reason().contains("outside Iraq's box") && s.reason().contains("look swapped"), s.reason());
        }
    }

    @Test
    void aPointInAnotherCountryIsCaughtButAnUnknownCountryIsNotChecked() throws Exception {
        Map<String, String> tunis = ucdpRow("9");
        tunis.put("latitude", "36.8");
        tunis.put("longitude", "10.18");
        SkippedLine s = skipsOnlyThisRow(ImportSource.UCDP, tunis);
        assertTrue(s.reason().contains("outside Iraq's box") && s.reason().contains("check the coordinates"), s.reason());

        Map<String, String> syria = acledRow("SYR1");
        syria.put("country", "Syria");
        syria.put("latitude", "36.2");
        syria.put("longitude", "37.15");
        tunis.put("country", "Tunisia"); // not in the table: only the ranges are checked
        importAndValidate(ImportSource.ACLED, List.of(acledRow("IRQ1"), syria));
        importAndValidate(ImportSource.UCDP, List.of(ucdpRow("1"), tunis));
    }

    // --- cells and rows of the wrong size --------------------------------------------------------------------

    @Test
    void anOversizedCellSkipsItsRowWithItsColumn() throws Exception {
        String huge = "x".repeat(CsvImporter.MAX_CELL_CHARS + 1);
        SkippedLine s = skipsOnlyTheBadRow(ImportSource.ACLED, "notes", huge, "the notes cell (column 15) holds 100,001");
        assertTrue(s.reason().length() < 300, "the message does not repeat the cell");
        skipsOnlyTheBadRow(ImportSource.UCDP, "source_article", huge, "the source_article cell");
    }

    @Test
    void aCellLongerThanTheReadersStringLimitNeverReachesTheDataset() throws Exception {
        // Jackson's default string limit is 20,000,000 characters
        skipsOnlyTheBadRow(ImportSource.ACLED, "notes", "n".repeat(21_000_000), "holds 21,000,000 characters");
    }

    @Test
    void rowsWithTooManyOrTooFewCellsAreSkipped() throws Exception {
        for (ImportSource source : ImportSource.values()) {
            List<String> header = new ArrayList<>(good(source, "1").keySet());
            String goodLine = line(good(source, "1").values());
            String goodLine2 = line(good(source, "3").values());
            List<String> cells = new ArrayList<>(good(source, "2").values());
            String tooMany = line(cells) + ",extra";
            String tooFew = line(cells.subList(0, cells.size() - 2));
            Path f = write(String.join("\n", line(header), goodLine, tooMany, tooFew, goodLine2) + "\n");
            ImportResult r = new Importer().importFile(source, f, x -> { });
            assertEquals(List.of(3L, 4L), r.report().skippedRows().stream().map(ImportReport.SkippedRow::line).toList());
            assertTrue(r.report().skippedRows().get(0).reason().startsWith("has " + (cells.size() + 1) + " cells where the header has"));
            assertTrue(r.report().skippedRows().get(1).reason().startsWith("has " + (cells.size() - 2) + " cells"));
            assertEquals(2, r.report().imported());
            validates(r);
        }
    }

    @Test
    void aHeaderWithNoRowsIsAnErrorNotAnEmptyDataset() throws Exception {
        for (ImportSource source : ImportSource.values()) {
            String header = line(good(source, "1").keySet());
            for (String body : List.of(header + "\n", header + "\r\n\r\n\n", header)) {
                ImportException e = assertThrows(ImportException.class,
                        () -> new Importer().importFile(source, write(body), x -> { }));
                assertTrue(e.getMessage().contains("has a header but no data rows"), e.getMessage());
            }
        }
    }

    // --- ids the reader would reject or take as the same -------------------------------------------------------

    @Test
    void anAcledIdThatCouldTakeAnArticlesIdIsSkippedAndTheDatasetValidates() throws Exception {
        for (String bad : List.of("IRQ1-src-1", "IRQ1-SRC-2")) {
            SkippedLine s = skipsOnlyThisRow(ImportSource.ACLED, acledRow(bad));
            assertTrue(s.reason().contains("holds \"-src-\""), s.reason());
        }
    }

    @Test
    void idsThatDifferOnlyInCaseAreTheSameId() throws Exception {
        SkippedLine s = skipsOnlyThisRow(ImportSource.ACLED, acledRow("irq1"));
        assertTrue(s.reason().contains("\"acled-irq1\" again (first imported from line 2 as \"acled-IRQ1\""), s.reason());
    }

    @Test
    void aUcdpIdIsAWholeNumber() throws Exception {
        for (String bad : List.of("src-0123456789ab", "12a", "1.5", "-3", "+4")) {
            SkippedLine s = skipsOnlyThisRow(ImportSource.UCDP, ucdpRow(bad));
            assertTrue(s.reason().contains("UCDP GED ids are whole numbers"), s.reason());
        }
    }

    // --- dates the format cannot write ----------------------------------------------------------------------

    @Test
    void datesBeyondWhatTheFormatWritesAreBadCells() throws Exception {
        skipsOnlyTheBadRow(ImportSource.UCDP, "date_start", "+12345-01-01", "not a calendar date (YYYY-MM-DD)");
        skipsOnlyTheBadRow(ImportSource.UCDP, "date_end", "2020-1-1", "not a calendar date (YYYY-MM-DD)");
        skipsOnlyTheBadRow(ImportSource.ACLED, "event_date", "14 July 12345", "not a calendar date in a form this importer reads");
        Map<String, String> widened = acledRow("IRQ9");
        widened.put("event_date", "9999-12-30");
        widened.put("time_precision", "3");
        assertTrue(skipsOnlyThisRow(ImportSource.ACLED, widened).reason().contains("outside the years 1 to 9999"));
    }

    // --- cells that only look empty ------------------------------------------------------------------------

    @Test
    void aNoteOrHeadlineOfOnlyUnicodeSpaceIsNoQuote() throws Exception {
        String blank = "\u00A0\u2009\u3000\u200B\uFEFF";
        Map<String, String> acled = acledRow("IRQ2");
        acled.put("notes", blank);
        ImportResult a = importAndValidate(ImportSource.ACLED, List.of(acledRow("IRQ1"), acled));
        assertEquals(List.of(), a.dataset().incidents().get(1).quotes());
        Map<String, String> ucdp = ucdpRow("2");
        ucdp.put("source_article", "\"Rudaw,2020-01-02," + blank + "\"");
        ImportResult u = importAndValidate(ImportSource.UCDP, List.of(ucdpRow("1"), ucdp));
        assertEquals(List.of(), u.dataset().incidents().get(1).quotes());
        Map<String, String> place = ucdpRow("3");
        place.put("latitude", blank);
        assertTrue(skipsOnlyThisRow(ImportSource.UCDP, place).reason().equals("latitude is empty."));
    }

    // --- helpers --------------------------------------------------------------------------------------------

    record SkippedLine(long line, String reason) {
    }

    private static Map<String, String> good(ImportSource source, String n) {
        return source == ImportSource.UCDP ? ucdpRow(n) : acledRow("IRQ" + n);
    }

    private SkippedLine skipsOnlyTheBadRow(ImportSource source, String column, String value, String reason) throws Exception {
        Map<String, String> bad = good(source, "2");
        bad.put(column, value);
        SkippedLine s = skipsOnlyThisRow(source, bad);
        assertTrue(s.reason().contains(reason), source + " " + column + "=" + Fields.shown(value) + ": " + s.reason());
        return s;
    }

    /** Lines 2 and 4 good, line 3 this row: it alone is skipped, and the dataset validates. */
    private SkippedLine skipsOnlyThisRow(ImportSource source, Map<String, String> row) throws Exception {
        ImportResult r = importAndValidate(source, List.of(good(source, "1"), row, good(source, "3")));
        List<ImportReport.SkippedRow> skipped = r.report().skippedRows();
        assertEquals(1, skipped.size(), skipped.toString());
        assertEquals(3, skipped.get(0).line());
        assertEquals(2, r.report().imported());
        return new SkippedLine(skipped.get(0).line(), skipped.get(0).reason());
    }

    private ImportResult importAndValidate(ImportSource source, List<Map<String, String>> rows) throws Exception {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            p.printRecord(rows.get(0).keySet());
            for (Map<String, String> row : rows) {
                p.printRecord(row.values());
            }
        }
        ImportResult r = new Importer().importFile(source, write(csv.toString()), x -> { });
        validates(r);
        return r;
    }

    private void validates(ImportResult r) throws IOException {
        Path out = temp.resolve("imported-" + files + ".json");
        new DatasetWriter().write(r.dataset(), out);
        ReadResult read = new DatasetReader().read(out);
        assertTrue(read.ok(), read.errors().toString());
        assertEquals(r.dataset().incidents().stream().map(Incident::id).toList(),
                read.dataset().incidents().stream().map(Incident::id).toList());
    }

    private Path write(String text) throws IOException {
        Path f = temp.resolve("case-" + (++files) + ".csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private static String line(Iterable<String> cells) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.RFC4180.builder().setRecordSeparator("").get())) {
            p.printRecord(cells);
        }
        return sb.toString();
    }
}
