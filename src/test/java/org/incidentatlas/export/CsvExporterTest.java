package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.incidentatlas.filter.NearestCenters;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {

    @TempDir
    Path temp;

    private static final Map<String, Article> ARTICLES = Map.of(
            "a1", new Article("a1", "Rudaw", "Clash in Kirkuk, \"at night\"", "2024-07-14", null, null, null, null, null),
            "a2", new Article("a2", null, null, null, null, null, null, null, null));

    private static final Incident TRICKY = new Incident("i-1", "=HYPERLINK(\"http://x\")", "clash",
            LocalDate.of(2024, 7, 14), LocalDate.of(2024, 7, 14), DatePrecision.DAY, "قرة هنجير, Qara Hanjir", "Kirkūk",
            35.47243, -5.25, GeoPrecision.SUBDISTRICT, 17.0, List.of("@ISIS", "Asayish"), new Casualties(2, null),
            Casualties.exactly(1), "First line,\nsecond line with a \"quote\"",
            List.of(new Quote("a1", "-1 said the statement", List.of()), new Quote("a2", "+ and more", List.of())),
            List.of(), null);

    private static final Incident UNKNOWN = new Incident("i-2", "Meeting", "meeting", LocalDate.of(2020, 12, 3), null,
            DatePrecision.YEAR, "Erbil", null, 36.19, 44.0, GeoPrecision.TOWN, null, List.of(), null, null, "", List.of(),
            List.of(), null);

    private Path export(List<Incident> rows, boolean excel) throws IOException {
        Path out = temp.resolve("out.csv");
        new CsvExporter(ARTICLES).write(rows, out, excel);
        return out;
    }

    private static List<CSVRecord> parse(Path p) throws IOException {
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }

    @Test
    void bidirectionalControlsInTextCellsAreShownNotObeyed() throws IOException {
        Incident tricked = new Incident("i-3", "Clash\u202E at gnirp", "clash", LocalDate.of(2024, 7, 14), null,
                DatePrecision.DAY, "\u2067Gwer\u2069", "Erbil\u200E", 36.0, 43.5, GeoPrecision.TOWN, null,
                List.of("Asayish\u061C"), null, null, "\u202D=SUM(A1)", List.of(new Quote("a1", "said \u202Bthis\u202C", List.of())),
                List.of(), null);
        CSVRecord r = parse(export(List.of(tricked), false)).get(0);
        assertEquals("Clash\u2039RLO\u203A at gnirp", r.get("title"));
        assertEquals("\u2039RLI\u203AGwer\u2039PDI\u203A", r.get("place"));
        assertEquals("Erbil\u2039LRM\u203A", r.get("province"));
        assertEquals("Asayish\u2039ALM\u203A", r.get("actors"));
        assertEquals("\u2039LRO\u203A=SUM(A1)", r.get("summary"), "shown, and no longer starts a formula");
        assertEquals("said \u2039RLE\u203Athis\u2039PDF\u203A", r.get("quotes"));
    }

    @Test
    void headerIsExactlyTheDocumentedColumns() throws IOException {
        String first = Files.readString(export(List.of(), false)).split("\r\n")[0];
        assertEquals("id,date_start,date_end,date_precision,type,title,place,province,latitude,longitude,geo_precision,"
                + "uncertainty_km,actors,killed_low,killed_high,injured_low,injured_high,summary,sources,quotes,nearest_center,"
                + "nearest_center_km", first);
    }

    @Test
    void nearestCentreAndItsDistance() throws IOException {
        // TRICKY is at (35.47243, -5.25); one degree of latitude north is 111.195 km on the reader's sphere
        Center north = new Center("n", "=North JCC", "jcc", 36.47243, -5.25, GeoPrecision.TOWN, null, null, null,
                List.of(), null);
        Center far = new Center("f", "Far JCC", "jcc", 10, 10, GeoPrecision.TOWN, null, null, null, List.of(), null);
        Path out = temp.resolve("near.csv");
        new CsvExporter(ARTICLES, new NearestCenters(List.of(far, north))).write(List.of(TRICKY), out, false);
        CSVRecord r = parse(out).get(0);
        assertEquals("'=North JCC", r.get("nearest_center"), "the centre's name, as any text cell");
        assertEquals("111.2", r.get("nearest_center_km"));
        CSVRecord none = parse(export(List.of(TRICKY), false)).get(0);
        assertEquals("", none.get("nearest_center"), "no centres: empty cells");
        assertEquals("", none.get("nearest_center_km"));
    }

    @Test
    void readsBackWithTheSameValues() throws IOException {
        List<CSVRecord> rows = parse(export(List.of(TRICKY, UNKNOWN), false));
        assertEquals(2, rows.size());
        CSVRecord r = rows.get(0);
        assertEquals("i-1", r.get("id"));
        assertEquals("'=HYPERLINK(\"http://x\")", r.get("title"), "a formula is neutralised");
        assertEquals("قرة هنجير, Qara Hanjir", r.get("place"), "Arabic survives, the comma is quoted");
        assertEquals("Kirkūk", r.get("province"));
        assertEquals("35.47243", r.get("latitude"));
        assertEquals("-5.25", r.get("longitude"), "numbers stay numbers, even negative ones");
        assertEquals("17", r.get("uncertainty_km"));
        assertEquals("'@ISIS; Asayish", r.get("actors"));
        assertEquals("2", r.get("killed_low"));
        assertEquals("", r.get("killed_high"), "open-ended: no upper figure");
        assertEquals("1", r.get("injured_high"));
        assertEquals("First line,\nsecond line with a \"quote\"", r.get("summary"), "newline and quotes survive");
        assertEquals("Rudaw, Clash in Kirkuk, \"at night\", 2024-07-14 | outlet not named, untitled, undated", r.get("sources"));
        assertEquals("'-1 said the statement | + and more", r.get("quotes"), "a quote starting with - is neutralised");
        CSVRecord u = rows.get(1);
        for (String unknown : List.of("date_end", "province", "uncertainty_km", "actors", "killed_low", "killed_high",
                "injured_low", "injured_high", "summary", "sources", "quotes")) {
            assertEquals("", u.get(unknown), unknown + " is unknown: an empty cell, never 0");
        }
    }

    @Test
    void rfc4180LineEndsAndQuotingAndTheExcelByteOrderMark() throws IOException {
        byte[] plain = Files.readAllBytes(export(List.of(TRICKY), false));
        String text = new String(plain, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"));
        assertEquals(3, text.split("\r\n", -1).length, "header and one record, each ended by CRLF (the summary's LF is inside quotes)");
        assertTrue(text.contains("\"First line,\nsecond line with a \"\"quote\"\"\""), "quotes doubled inside a quoted field");
        assertFalse(text.startsWith("\uFEFF"));
        byte[] excel = Files.readAllBytes(export(List.of(TRICKY), true));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(excel, 3));
        assertArrayEquals(plain, java.util.Arrays.copyOfRange(excel, 3, excel.length), "otherwise the same bytes");
    }

    @Test
    void aFailedExportLeavesTheOldFileAlone() throws IOException {
        Path out = temp.resolve("keep.csv");
        Files.writeString(out, "the analyst's earlier export");
        List<Incident> poisoned = new ArrayList<>(List.of(TRICKY));
        poisoned.add(null); // fails mid-way, after the first row was written to the temporary file
        assertThrows(NullPointerException.class, () -> new CsvExporter(ARTICLES).write(poisoned, out, false));
        assertEquals("the analyst's earlier export", Files.readString(out));
        try (var files = Files.list(temp)) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    /** A second, independent reader: Python's csv module must see the same cells. */
    @Test
    void pythonsCsvModuleReadsTheSameCells() throws Exception {
        assumeTrue(python() != null, "python3 not installed");
        Path out = export(List.of(TRICKY, UNKNOWN), true);
        Path json = temp.resolve("py.json");
        Process p = new ProcessBuilder(python(), "-c", "import csv,json,sys\n"
                + "rows=list(csv.reader(open(sys.argv[1],newline='',encoding='utf-8-sig')))\n"
                + "json.dump(rows,open(sys.argv[2],'w',encoding='utf-8'),ensure_ascii=False)",
                out.toString(), json.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), output);
        List<List<String>> py = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json.toFile(),
                new com.fasterxml.jackson.core.type.TypeReference<List<List<String>>>() { });
        String plain = new String(Files.readAllBytes(out), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> ours = CSVFormat.RFC4180.parse(new java.io.StringReader(plain)).getRecords();
        assertEquals(ours.size(), py.size());
        for (int i = 0; i < ours.size(); i++) {
            assertEquals(ours.get(i).toList(), py.get(i), "row " + i);
        }
        assertEquals("قرة هنجير, Qara Hanjir", py.get(1).get(6));
    }

    private static String python() {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                Process p = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() == 0) {
                    return candidate;
                }
            } catch (IOException | InterruptedException e) {
                // try the next
            }
        }
        return null;
    }
}
