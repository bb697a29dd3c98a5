package org.incidentatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.DatasetWriter;
import org.incidentatlas.dataset.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded loop over CSVs whose cells are drawn from the kinds of bad value a corpus holds, in any mix: whatever
 * the rows, the import either fails the file with an ImportException or gives a report whose rows add up and a
 * dataset that its own reader accepts once written.
 */
class ImportThenValidateTest {

    private static final List<String> NASTY = List.of("", " ", "\u00A0", "\u200B", "\u3000\u2009", "0x1.1p5", "36.5f",
            "1e3", "NaN", "-Infinity", "+1", "-1", "1.5", "٣", "36,5", "99999999999", "\u202Eevil", "IRQ1-src-1", "irq1",
            "IRQ1", "src-00aa", "a\"b", "line\nbreak", "=SUM(A1)", "\uFEFFx", "2024-02-30", "+12345-01-01", "9999-12-31",
            "14 July 2024", "0", "1", "2", "3", "7", "36.0397", "43.4909", "-90", "180", "Iraq", "Syria", "Atlantis",
            "\u0000", "x".repeat(300), "ucdp-1", "1\u0301", "\u00e9", "e\u0301", "\t", "#tag");

    @TempDir
    Path temp;

    @Test
    void anyMixOfBadCellsGivesADatasetTheReaderAccepts() throws Exception {
        Random random = new Random(18);
        for (int file = 0; file < 120; file++) {
            ImportSource source = file % 2 == 0 ? ImportSource.UCDP : ImportSource.ACLED;
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 1; i <= 8; i++) {
                Map<String, String> row = source == ImportSource.UCDP ? StrictCellsTest.ucdpRow(Integer.toString(i))
                        : StrictCellsTest.acledRow("IRQ" + i);
                List<String> columns = new ArrayList<>(row.keySet());
                for (int m = random.nextInt(3); m > 0; m--) {
                    row.put(columns.get(random.nextInt(columns.size())), NASTY.get(random.nextInt(NASTY.size())));
                }
                rows.add(row);
            }
            Path csv = temp.resolve("mix-" + file + ".csv");
            StringBuilder text = new StringBuilder();
            try (CSVPrinter p = new CSVPrinter(text, CSVFormat.RFC4180)) {
                p.printRecord(rows.get(0).keySet());
                for (Map<String, String> row : rows) {
                    p.printRecord(row.values());
                }
            }
            Files.writeString(csv, text, StandardCharsets.UTF_8);
            ImportResult r;
            try {
                r = new Importer().importFile(source, csv, x -> { });
            } catch (ImportException e) {
                assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
                continue;
            }
            String seen = csv.getFileName() + ": " + r.report().skippedRows();
            assertEquals(r.report().rowsRead(), r.report().imported() + r.report().skipped(), seen);
            assertEquals(r.report().imported(), r.dataset().incidents().size(), seen);
            Path out = temp.resolve("mix-" + file + ".json");
            new DatasetWriter().write(r.dataset(), out);
            ReadResult read = new DatasetReader().read(out);
            assertTrue(read.ok(), seen + "\n" + read.errors());
        }
    }
}
