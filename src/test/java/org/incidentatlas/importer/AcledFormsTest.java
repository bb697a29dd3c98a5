package org.incidentatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ACLED files as analysts have them: every date form, day/month order from the whole column, semicolons, UTF-16
 * "Unicode text", .xlsx, newer columns present or absent. Each test writes its own made-up file.
 */
class AcledFormsTest {

    static final String HEADER = "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,admin1,"
            + "location,latitude,longitude,geo_precision,source,notes,fatalities";

    @TempDir
    Path temp;

    private static List<String> row(String id, String date) {
        return List.of(id, date, "1", "Battles", "Armed clash", "Military Forces of Iraq", "Islamic State (Iraq)", "Erbil",
                "Gwer", "36.0397", "43.4909", "1", "Rudaw", "A clash near Gwer.", "2");
    }

    private Path csv(String name, char sep, List<List<String>> rows, String header) throws Exception {
        StringBuilder sb = new StringBuilder(header.replace(',', sep)).append("\r\n");
        for (List<String> r : rows) {
            sb.append(String.join(String.valueOf(sep), r)).append("\r\n");
        }
        Path f = temp.resolve(name);
        Files.writeString(f, sb, StandardCharsets.UTF_8);
        return f;
    }

    private static ImportResult importAcled(Path f) throws ImportException {
        return new Importer().importFile(ImportSource.ACLED, f, x -> { });
    }

    private static List<LocalDate> dates(ImportResult r) {
        return r.dataset().incidents().stream().map(Incident::dateStart).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "14 July 2024|2024-07-14", "14 Jul 2024|2024-07-14", "14-Jul-24|2024-07-14", "14-Jul-2024|2024-07-14",
        "14-July-2024|2024-07-14", "14 July, 2024|2024-07-14", "July 14, 2024|2024-07-14", "Jul 14 2024|2024-07-14",
        "2024-07-14|2024-07-14", "2024-07-14T00:00:00|2024-07-14", "2024-07-14T00:00:00.000Z|2024-07-14",
        "2024-07-14 00:00:00|2024-07-14", "2024/07/14|2024-07-14", "2024.7.14|2024-07-14", "20240714|2024-07-14",
        "14/07/2024|2024-07-14", "14.07.2024|2024-07-14", "14-07-2024|2024-07-14", "14/07/24|2024-07-14",
        "7/14/2024|2024-07-14", "7/14/24 0:00|2024-07-14", "07/14/2024 12:00 AM|2024-07-14", "14072024|2024-07-14",
        "45487|2024-07-14", "45487.5|2024-07-14", "01-Jan-98|1998-01-01"})
    void everyDateForm(String written, String expected) throws Exception {
        ImportResult r = importAcled(csv("one.csv", ',', List.of(row("IRQ1", quoted(written))), HEADER));
        assertEquals(List.of(LocalDate.parse(expected)), dates(r), r.report().skippedRows().toString());
    }

    private static String quoted(String cell) {
        return cell.contains(",") ? "\"" + cell + "\"" : cell;
    }

    @Test
    void dayFirstIsTakenFromTheRowThatShowsIt() throws Exception {
        ImportResult r = importAcled(csv("dmy.csv", ',', List.of(row("IRQ1", "03/04/2020"), row("IRQ2", "25/04/2020"),
                row("IRQ3", "01.02.2020")), HEADER));
        assertEquals(List.of(LocalDate.of(2020, 4, 3), LocalDate.of(2020, 4, 25), LocalDate.of(2020, 2, 1)), dates(r));
    }

    @Test
    void monthFirstIsTakenFromTheRowThatShowsIt() throws Exception {
        ImportResult r = importAcled(csv("mdy.csv", ',', List.of(row("IRQ1", "03/04/2020"), row("IRQ2", "04/25/2020")), HEADER));
        assertEquals(List.of(LocalDate.of(2020, 3, 4), LocalDate.of(2020, 4, 25)), dates(r));
    }

    @Test
    void aColumnWhoseOrderCannotBeToldIsRefusedInOneSentence() throws Exception {
        Path f = csv("ambiguous.csv", ',', List.of(row("IRQ1", "01/02/2020"), row("IRQ2", "01/02/2020"),
                row("IRQ3", "2020-03-01")), HEADER);
        ImportException e = assertThrows(ImportException.class, () -> importAcled(f));
        assertEquals("event_date cannot be read: its dates (\"01/02/2020\" on line 2, and every other) could be day-first"
                + " or month-first and none has a day past 12 to tell which, so save the column as YYYY-MM-DD (a"
                + " spreadsheet's yyyy-mm-dd cell format) and import again.", e.getMessage());
        assertEquals(2, e.line());
    }

    @Test
    void aColumnWithBothOrdersIsRefused() throws Exception {
        Path f = csv("both.csv", ',', List.of(row("IRQ1", "25/04/2020"), row("IRQ2", "04/25/2020")), HEADER);
        ImportException e = assertThrows(ImportException.class, () -> importAcled(f));
        assertTrue(e.getMessage().startsWith("event_date has day-first dates (line 2) and month-first dates (line 3)"),
                e.getMessage());
    }

    @Test
    void semicolonSeparatedWithDecimalCommas() throws Exception {
        List<String> r = new ArrayList<>(row("IRQ1", "14.07.2024"));
        r.set(9, "36,0397");
        r.set(10, "43,4909");
        ImportResult result = importAcled(csv("european.csv", ';', List.of(r), HEADER));
        Incident i = result.dataset().incidents().get(0);
        assertEquals(36.0397, i.lat());
        assertEquals(43.4909, i.lon());
        assertEquals(LocalDate.of(2024, 7, 14), i.dateStart());
    }

    @Test
    void aDecimalCommaInACommaSeparatedFileIsNotANumber() throws Exception {
        List<String> r = new ArrayList<>(row("IRQ1", "2024-07-14"));
        r.set(9, "\"36,0397\"");
        ImportResult result = importAcled(csv("comma.csv", ',', List.of(r), HEADER));
        assertEquals(0, result.report().imported());
        assertTrue(result.report().skippedRows().get(0).reason().startsWith("latitude is \"36,0397\", not a decimal number"));
    }

    @Test
    void utf16UnicodeTextTabSeparatedBothByteOrders() throws Exception {
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            List<String> r = new ArrayList<>(row("IRQ1", "14/07/2024"));
            r.set(8, "\"Kirkūk,\ncity\"");
            StringBuilder sb = new StringBuilder("\uFEFF").append(HEADER.replace(',', '\t')).append("\r\n")
                    .append(String.join("\t", r)).append("\r\n").append(String.join("\t", row("IRQ2", "31/12/2023")))
                    .append("\r\n");
            Path f = temp.resolve("unicode-" + cs.name() + ".txt");
            Files.write(f, sb.toString().getBytes(cs));
            ImportResult result = importAcled(f);
            assertEquals(List.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 7, 14)),
                    dates(result).stream().sorted().toList(), result.report().skippedRows().toString());
            Incident kirkuk = result.dataset().incidents().stream().filter(i -> i.id().equals("acled-IRQ1")).findFirst().orElseThrow();
            assertEquals("Kirkūk, city", kirkuk.place());
            // the second row starts on line 4: the quoted line break counts, as in a UTF-8 file
            assertEquals(0, result.report().skipped());
        }
    }

    @Test
    void utf16WithABrokenSurrogateIsOneClearError() throws Exception {
        byte[] head = ("\uFEFF" + HEADER.replace(',', '\t') + "\r\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] bad = {(byte) 0x00, (byte) 0xD8, 'A', 0}; // a high surrogate followed by 'A'
        Path f = temp.resolve("broken.txt");
        Files.write(f, concat(head, bad));
        ImportException e = assertThrows(ImportException.class, () -> importAcled(f));
        assertTrue(e.getMessage().startsWith("broken.txt starts as UTF-16 text"), e.getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void utf8WithoutAByteOrderMarkAndNewerColumnsInAnyCaseAndOrder() throws Exception {
        String header = "TIMESTAMP,Tags,population_best,Event_Date,region,disorder_type,civilian_targeting,ISO,country,"
                + "EVENT_ID_CNTY,time_precision,event_type,sub_event_type,actor1,actor2,admin1,location,latitude,"
                + "longitude,geo_precision,source,notes,fatalities";
        List<String> base = row("IRQ1", "2024-07-14");
        List<String> r = new ArrayList<>(List.of("1721000000", "crowd size=no report", "1200", "2024-07-14", "Middle East",
                "Political violence", "", "368", "Iraq", "IRQ1"));
        r.addAll(base.subList(2, base.size()));
        ImportResult result = importAcled(csv("newer.csv", ',', List.of(r), header));
        assertEquals(1, result.report().imported(), result.report().skippedRows().toString());
        Incident i = result.dataset().incidents().get(0);
        assertEquals("Iraq", i.country());
        assertEquals("IRQ1", i.sourceId());
        assertEquals("Erbil", i.province());
        assertTrue(i.notes().contains("ISO 3166 country code: 368."), i.notes());
    }

    @Test
    void anXlsxWorkbookWithDateCellsAndNumbers() throws Exception {
        Path f = temp.resolve("acled.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            Workbook wb = new Workbook(out, "IncidentAtlasTest", "1.0");
            Worksheet ws = wb.newWorksheet("Export");
            String[] names = HEADER.split(",");
            for (int c = 0; c < names.length; c++) {
                ws.value(0, c, names[c].toUpperCase());
            }
            writeXlsxRow(ws, 1, "IRQ1", LocalDate.of(2024, 7, 14), 36.0397, 3);
            writeXlsxRow(ws, 2, "IRQ2", LocalDate.of(2023, 12, 31), 36.5, 0);
            ws.value(3, 0, "IRQ3"); // a row with most cells missing: skipped, named by its sheet row
            wb.finish();
        }
        ImportResult r = importAcled(f);
        assertEquals(List.of(LocalDate.of(2024, 7, 14), LocalDate.of(2023, 12, 31)), dates(r));
        assertEquals(36.0397, r.dataset().incidents().get(0).lat());
        assertEquals(3, r.dataset().incidents().get(0).killed().low());
        assertEquals(0, r.dataset().incidents().get(1).killed().low());
        assertEquals(4, r.report().skippedRows().get(0).line());
    }

    private static void writeXlsxRow(Worksheet ws, int r, String id, LocalDate date, double lat, int killed) {
        List<String> cells = row(id, "x");
        for (int c = 0; c < cells.size(); c++) {
            switch (c) {
                case 1 -> {
                    ws.value(r, c, date);
                    ws.style(r, c).format("dd/mm/yyyy").set();
                }
                case 2, 11 -> ws.value(r, c, 1);
                case 9 -> ws.value(r, c, lat);
                case 10 -> ws.value(r, c, 43.4909);
                case 14 -> ws.value(r, c, killed);
                default -> ws.value(r, c, cells.get(c));
            }
        }
    }

    @Test
    void aZipThatIsNotAWorkbookIsOneClearError() throws Exception {
        Path f = temp.resolve("not-a-workbook.xlsx");
        Files.write(f, new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        ImportException e = assertThrows(ImportException.class, () -> importAcled(f));
        assertTrue(e.getMessage().contains("cannot be read as an Excel workbook"), e.getMessage());
    }

    @Test
    void whenEveryRowFailsForOneReasonTheReportSaysItOnceAtTheTop() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            rows.add(row("IRQ" + i, "31-12-2020x"));
        }
        List<String> badLat = new ArrayList<>(row("IRQ99", "2020-12-31"));
        badLat.set(9, "95");
        rows.add(badLat);
        ImportResult r = importAcled(csv("allfail.csv", ',', rows, HEADER));
        List<String> lines = SkipReasons.lines(r.report());
        assertEquals("30 of 31 rows: event_date is \"31-12-2020x\", which is not a calendar date in a form this importer"
                + " reads (" + AcledDates.FORMS + "). (lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, …)", lines.get(0));
        assertEquals("Other reasons:", lines.get(1));
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(2).startsWith("  1 row: "), lines.get(2));
    }
}
