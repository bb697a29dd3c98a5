package org.incidentatlas.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.incidentatlas.filter.NearestCenters;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.incidentatlas.dataset.AtomicFiles;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.DisplayText;
import org.incidentatlas.model.Incident;

/**
 * Writes incidents as RFC 4180 CSV (UTF-8, CRLF, quoted where needed), one row per incident, in the order
 * given. Unknown values are empty cells, never 0. Text that a spreadsheet would run as a formula (starting with
 * {@code = + - @}, tab or carriage return) is prefixed with {@code '}; numbers are written as numbers.
 * Bidirectional controls in text are made visible ({@link DisplayText#safe}), so a cell reads as it is.
 */
public final class CsvExporter {

    public static final List<String> HEADER = List.of("id", "date_start", "date_end", "date_precision", "type", "title",
            "place", "province", "latitude", "longitude", "geo_precision", "uncertainty_km", "actors", "killed_low",
            "killed_high", "injured_low", "injured_high", "summary", "sources", "quotes", "nearest_center", "nearest_center_km");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get();

    private final ExportValues values;

    /** Without centres: the nearest-centre columns stay empty. */
    public CsvExporter(Map<String, Article> articles) {
        this(articles, NearestCenters.NONE);
    }

    /**
     * @param articles the dataset's articles by id, for the "sources" column
     * @param nearest  the dataset's centres (its own or the reference centres attached to it), for the
     *                 "nearest_center" (the centre's name) and "nearest_center_km" columns
     */
    public CsvExporter(Map<String, Article> articles, NearestCenters nearest) {
        this.values = new ExportValues(articles, nearest);
    }

    /**
     * Writes {@code rows} to {@code target} through a temporary file, so a failure leaves any old file as it was.
     *
     * @param forExcel start with a byte-order mark, so that Excel reads the UTF-8 (Arabic and Kurdish names)
     */
    public void write(List<Incident> rows, Path target, boolean forExcel) throws IOException {
        AtomicFiles.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            if (forExcel) {
                w.write('\uFEFF');
            }
            write(rows, w);
            w.flush();
        });
    }

    /** Writes to {@code out} and flushes it; closing {@code out} is the caller's business. */
    public void write(List<Incident> rows, Appendable out) throws IOException {
        @SuppressWarnings("resource") // closing the printer would close the caller's stream
        CSVPrinter csv = new CSVPrinter(out, FORMAT);
        for (Incident i : rows) {
            csv.printRecord(row(i));
        }
        csv.flush();
    }

    /** The shared values ({@link ExportValues}) as cells: unknown as empty, text safe from spreadsheet formulas. */
    private List<Object> row(Incident i) {
        List<Object> r = values.of(i);
        r.replaceAll(v -> v == null ? "" : v instanceof String t ? text(t) : v);
        return r;
    }

    /** A text cell as this export writes it, for other CSV writers: formula-guarded, controls shown, null as "". */
    public static String cell(String raw) {
        return text(raw);
    }

    /** Neutralises spreadsheet formula injection in a text cell, and shows its bidirectional controls. */
    static String text(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String s = DisplayText.safe(raw);
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
