package org.incidentatlas.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.incidentatlas.dataset.AtomicFiles;
import org.incidentatlas.trend.TrendSeries;

/**
 * A trend chart's series as CSV: one row per period ({@code period_start}, {@code period_end}, ISO dates), a column
 * per group in the chart's order, and the period's {@code total}. Group names are the dataset's words: a name a
 * spreadsheet would run as a formula is written with a leading apostrophe, as in the incidents export.
 */
public final class TrendCsv {

    private TrendCsv() {
    }

    public static void write(TrendSeries s, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(s, w);
            w.flush();
        });
    }

    public static void write(TrendSeries s, Writer w) throws IOException {
        List<String> header = new ArrayList<>(List.of("period_start", "period_end"));
        s.names().forEach(n -> header.add(CsvExporter.text(n)));
        header.add("total");
        CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get());
        for (int p = 0; p < s.periods().size(); p++) {
            List<Object> row = new ArrayList<>();
            row.add(s.periods().get(p).toString());
            row.add(s.periodEnd(p).toString());
            for (double[] values : s.values()) {
                row.add(figure(values[p]));
            }
            row.add(figure(s.total(p)));
            csv.printRecord(row);
        }
        csv.flush();
    }

    private static Object figure(double v) {
        return v == Math.rint(v) ? (Object) (long) v : v;
    }
}
