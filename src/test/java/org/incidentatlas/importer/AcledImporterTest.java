package org.incidentatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.DatasetWriter;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.importer.ImportReport.SkippedRow;
import org.incidentatlas.importer.ImportReport.WarningKind;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ACLED data may not be redistributed, so these tests write their own small ACLED-shaped files (made-up events):
 * a byte-order mark, CRLF, columns reordered and extra ones, every date form, bad rows.
 */
class AcledImporterTest {

    /** ACLED's columns, reordered, with two it does not use (iso, disorder_type). */
    static final String HEADER = "iso,event_date,event_id_cnty,year,time_precision,disorder_type,event_type,sub_event_type,"
            + "actor1,assoc_actor_1,actor2,assoc_actor_2,admin1,admin2,admin3,location,latitude,longitude,geo_precision,"
            + "source,source_scale,notes,fatalities";

    @TempDir
    Path temp;

    static String row(String date, String id, String year, String timePrecision, String lat, String geoPrecision,
                      String notes, String fatalities) {
        return String.join(",", "368", date, id, year, timePrecision, "Political violence", "Battles", "Armed clash",
                "Military Forces of Iraq (2022-)", "Police Forces of Iraq (2022-); Sahwa", "Islamic State (Iraq)", "",
                "Erbil", "Makhmour", "Qaraj", "Gwer", lat, "43.4909", geoPrecision, "Rudaw; Kurdistan 24", "National",
                notes, fatalities);
    }

    /** Writes the lines as an ACLED export: a byte-order mark, CRLF after every line. */
    static Path acledFile(Path dir, String... lines) throws Exception {
        Path f = dir.resolve("acled-export.csv");
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Files.write(f, all);
        return f;
    }

    static ImportResult importAcled(Path f) throws ImportException {
        return new Importer().importFile(ImportSource.ACLED, f, x -> { });
    }

    @Test
    void everyDateFormBomAndReorderedColumns() throws Exception {
        Path f = acledFile(temp, HEADER,
                row("14 July 2024", "IRQ1", "2024", "1", "36.0397", "1", "Clash near Gwer; 2 killed.", "2"),
                row("2024-07-14", "IRQ2", "2024", "2", "36.0397", "2", "\"On 14 July 2024, a clash, \"\"heavy\"\", near Gwer.\"", "0"),
                row("14-Jul-24", "IRQ3", "2024", "3", "36.0397", "3", "Fighting in July.", "5"));
        ImportResult r = importAcled(f);
        assertEquals(List.of(), r.report().skippedRows());
        assertEquals(3, r.report().imported());
        List<Incident> in = r.dataset().incidents();
        Incident day = in.get(0);
        assertEquals("acled-IRQ1", day.id());
        assertEquals(List.of(LocalDate.of(2024, 7, 14), LocalDate.of(2024, 7, 14)), List.of(day.dateStart(), day.dateEnd()));
        assertEquals(DatePrecision.DAY, day.datePrecision());
        assertEquals(GeoPrecision.TOWN, day.geoPrecision());
        assertEquals(5.0, day.uncertaintyKm());
        assertEquals("battles", day.type());
        assertEquals("Armed clash, Gwer", day.title());
        assertEquals("Gwer", day.place());
        assertEquals("Erbil", day.province());
        assertEquals(36.0397, day.lat());
        assertEquals(List.of("Military Forces of Iraq (2022-)", "Police Forces of Iraq (2022-)", "Sahwa",
                "Islamic State (Iraq)"), day.actors());
        assertEquals(Casualties.exactly(2), day.killed());
        assertNull(day.injured());
        assertEquals(List.of("ACLED", "Armed clash"), day.tags());

        Incident week = in.get(1);
        assertEquals(List.of(LocalDate.of(2024, 7, 11), LocalDate.of(2024, 7, 17)), List.of(week.dateStart(), week.dateEnd()));
        assertEquals(DatePrecision.WEEK, week.datePrecision());
        assertEquals(GeoPrecision.SUBDISTRICT, week.geoPrecision());
        assertEquals(25.0, week.uncertaintyKm());
        assertEquals(Casualties.exactly(0), week.killed(), "ACLED's 0 is its figure, not unknown");
        assertEquals("On 14 July 2024, a clash, \"heavy\", near Gwer.", week.quotes().get(0).text());

        Incident month = in.get(2);
        assertEquals(List.of(LocalDate.of(2024, 6, 29), LocalDate.of(2024, 7, 30)), List.of(month.dateStart(), month.dateEnd()));
        assertEquals(DatePrecision.MONTH, month.datePrecision());
        assertEquals(GeoPrecision.PROVINCE, month.geoPrecision());
        assertNull(month.uncertaintyKm());
    }

    @Test
    void eachSourceIsAnArticleQuotedWithTheNote() throws Exception {
        ImportResult r = importAcled(acledFile(temp, HEADER,
                row("2024-07-14", "IRQ1", "2024", "1", "36.0397", "1", "Clash near Gwer; 2 killed.", "2")));
        Incident i = r.dataset().incidents().get(0);
        assertEquals(2, i.sourceCount());
        List<Article> articles = r.dataset().articles();
        assertEquals(List.of("acled-IRQ1-src-1", "acled-IRQ1-src-2"), articles.stream().map(Article::id).toList());
        assertEquals(List.of("Rudaw", "Kurdistan 24"), articles.stream().map(Article::outlet).toList());
        assertTrue(articles.stream().allMatch(a -> a.title() == null && a.published() == null && a.textPath() == null));
        assertTrue(i.quotes().stream().allMatch(q -> q.text().equals("Clash near Gwer; 2 killed.")));
        assertTrue(r.dataset().attribution().contains("ACLED"));
    }

    @Test
    void badRowsAreReportedWithTheirLinesAndTheRestImports() throws Exception {
        Path f = acledFile(temp, HEADER,
                row("2024-07-14", "IRQ1", "2024", "1", "36.0397", "1", "\"A note\nover two lines.\"", "1"),
                row("31 June 2024", "IRQ2", "2024", "1", "36.0397", "1", "Bad date.", "1"),
                row("2024-07-15", "IRQ3", "2024", "1", "136.5", "1", "Bad latitude.", "1"),
                row("2024-07-16", "IRQ4", "2024", "1", "36.0397", "1", "", "1"),
                row("2024-07-16", "IRQ1", "2024", "1", "36.0397", "1", "Same id again.", "1"),
                row("2024-07-17", "IRQ5", "2024", "4", "36.0397", "1", "Unknown time precision.", "1"),
                row("2024-07-18", "IRQ6", "2023", "1", "36.0397", "1", "Year disagrees.", "1"),
                row("2024-07-19", "IRQ7", "2024", "1", "36.0397", "1", "Fine.", "-3"));
        ImportResult r = importAcled(f);
        // line 1 header; IRQ1 takes lines 2-3; so IRQ2 starts on line 4
        List<Long> lines = new ArrayList<>();
        r.report().skippedRows().forEach(s -> lines.add(s.line()));
        assertEquals(List.of(4L, 5L, 7L, 8L, 9L, 10L), lines, r.report().skippedRows().toString());
        List<SkippedRow> skipped = r.report().skippedRows();
        assertEquals("line 4: event_date is \"31 June 2024\", which is not a calendar date in a form this importer reads ("
                + AcledDates.FORMS + ").", skipped.get(0).toString());
        assertEquals("line 5: latitude is 136.5, outside the latitude range -90 to 90.", skipped.get(1).toString());
        assertTrue(skipped.get(2).reason().contains("\"acled-IRQ1\" again (first imported from line 2)"), skipped.get(2).reason());
        assertTrue(skipped.get(3).reason().startsWith("time_precision is \"4\""), skipped.get(3).reason());
        assertTrue(skipped.get(4).reason().contains("the year column says 2023"), skipped.get(4).reason());
        assertTrue(skipped.get(5).reason().startsWith("fatalities is \"-3\""), skipped.get(5).reason());
        assertEquals(8, r.report().rowsRead());
        assertEquals(2, r.report().imported());
        assertEquals(List.of("acled-IRQ1", "acled-IRQ4"), r.dataset().incidents().stream().map(Incident::id).toList());
        // IRQ4 has no note: imported without a quote or articles, with a warning on its line
        assertEquals(1, r.report().count(WarningKind.NO_SOURCE_TEXT));
        assertEquals(6, r.report().warnings().get(0).line());
        assertEquals(List.of(), r.dataset().incidents().get(1).quotes());
        assertTrue(r.dataset().incidents().get(1).notes().contains("Sources named by ACLED: Rudaw; Kurdistan 24."));
        assertEquals(2, r.dataset().articles().size(), "a skipped row leaves no articles behind");
        assertTrue(r.report().summary().endsWith("8 rows read, 2 imported, 6 skipped. Warnings: 1 imported without a quote"
                + " (the row carries no source text)."), r.report().summary());
    }

    @Test
    void theWrittenDatasetReadsBack() throws Exception {
        ImportResult r = importAcled(acledFile(temp, HEADER,
                row("14-Jul-24", "IRQ1", "2024", "2", "36.0397", "2", "Clash near Gwer.", "2")));
        Path out = temp.resolve("acled.json");
        new DatasetWriter().write(r.dataset(), out);
        ReadResult read = new DatasetReader().read(out);
        assertTrue(read.ok(), read.errors().toString());
        assertEquals(r.dataset().incidents(), read.dataset().incidents());
        assertEquals(2, read.warnings().size(), "one unverified quote per source: " + read.warnings());
    }

    @Test
    void missingRequiredColumnsAreOneClearError() throws Exception {
        Path f = acledFile(temp, "event_id_cnty,event_date,location,notes,fatalities", "IRQ1,2024-07-14,Gwer,x,1");
        ImportException e = assertThrows(ImportException.class, () -> importAcled(f));
        assertEquals("acled-export.csv lacks the required columns time_precision, event_type, sub_event_type, actor1,"
                + " actor2, admin1, latitude, longitude, geo_precision, source (its header is line 1). Is it the right kind"
                + " of file?", e.getMessage());
        assertEquals(1, e.line());
    }

    @Test
    void uppercaseHeadersAndNoByteOrderMarkAlsoWork() throws Exception {
        Path f = temp.resolve("plain.csv");
        Files.writeString(f, HEADER.toUpperCase() + "\n" + row("2024-07-14", "IRQ1", "2024", "1", "36.0397", "1", "n", "1") + "\n");
        assertEquals(1, importAcled(f).report().imported());
    }

    @Test
    void aFileThatIsNotUtf8IsOneClearError() throws Exception {
        Path f = temp.resolve("latin1.csv");
        Files.write(f, (HEADER + "\r\n" + row("2024-07-14", "IRQ1", "2024", "1", "36.0397", "1", "ok", "1") + "\r\n"
                + row("2024-07-15", "IRQ2", "2024", "1", "36.0397", "1", "caf\u00e9", "1") + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        ImportException e = assertThrows(ImportException.class, () -> importAcled(f));
        assertEquals("latin1.csv is not UTF-8 text (line 3 has bytes that are not UTF-8). Save or export it as UTF-8 and"
                + " import again.", e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void aQuoteLeftOpenOverLaterRowsIsOneErrorAtTheRowItStarts() throws Exception {
        Path f = acledFile(temp, HEADER, row("2024-07-14", "IRQ1", "2024", "1", "36.0397", "1", "fine", "1"),
                row("2024-07-15", "IRQ2", "2024", "1", "36.0397", "1", "\"never closed", "1"),
                row("2024-07-16", "IRQ3", "2024", "1", "36.0397", "1", "inside the open quote", "1"));
        ImportException e = assertThrows(ImportException.class, () -> importAcled(f));
        assertTrue(e.getMessage().startsWith("acled-export.csv is not well-formed CSV: the row starting at line 3"), e.getMessage());
    }

    @Test
    void aQuoteLeftOpenOnTheLastRowSkipsThatRow() throws Exception {
        Path f = acledFile(temp, HEADER, row("2024-07-14", "IRQ1", "2024", "1", "36.0397", "1", "fine", "1"),
                row("2024-07-15", "IRQ2", "2024", "1", "36.0397", "1", "\"never closed", "1"));
        ImportResult r = importAcled(f);
        assertEquals(1, r.report().imported());
        assertEquals(3, r.report().skippedRows().get(0).line());
        assertTrue(r.report().skippedRows().get(0).reason().startsWith("is not well-formed CSV (line 3)"),
                r.report().skippedRows().toString());
    }

    @Test
    void aStrayQuoteInOneRowSkipsThatRowAndTheRestImports() throws Exception {
        Path f = acledFile(temp, HEADER, row("2024-07-14", "IRQ1", "2024", "1", "36.0397", "1", "fine", "1"),
                row("2024-07-15", "IRQ2", "2024", "1", "36.0397", "1", "\"quoted\" and then not", "1"),
                row("2024-07-16", "IRQ3", "2024", "1", "36.0397", "1", "\"over\ntwo lines\"", "1"),
                row("2024-07-17", "IRQ4", "2024", "1", "36.0397", "1", "\"two\nlines\"x", "1"),
                row("2024-07-18", "IRQ5", "2024", "1", "36.0397", "1", "fine again", "1"),
                row("2024-07-19", "IRQ6", "2024", "1", "36.0397", "1", "\"last\"!", "1"));
        ImportResult r = importAcled(f);
        assertEquals(List.of("acled-IRQ1", "acled-IRQ3", "acled-IRQ5"), r.dataset().incidents().stream().map(Incident::id).toList());
        List<SkippedRow> skipped = r.report().skippedRows();
        assertEquals(List.of(3L, 6L, 9L), skipped.stream().map(SkippedRow::line).toList(), skipped.toString());
        assertTrue(skipped.get(0).reason().startsWith("is not well-formed CSV (line 3):"), skipped.get(0).reason());
        assertTrue(skipped.get(1).reason().startsWith("is not well-formed CSV (lines 6 to 7):"), skipped.get(1).reason());
        assertEquals(6, r.report().rowsRead());
        ReadResult read = readBack(r);
        assertTrue(read.ok(), read.errors().toString());
    }

    private ReadResult readBack(ImportResult r) throws Exception {
        Path out = temp.resolve("read-back.json");
        new DatasetWriter().write(r.dataset(), out);
        return new DatasetReader().read(out);
    }

    @Test
    void aMissingFileOrAFolderIsOneClearError() {
        ImportException e = assertThrows(ImportException.class, () -> importAcled(temp.resolve("nope.csv")));
        assertTrue(e.getMessage().endsWith("nope.csv does not exist."), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"));
        ImportException folder = assertThrows(ImportException.class, () -> importAcled(temp));
        assertEquals(temp + " is a folder, not a CSV file.", folder.getMessage());
    }
}
