package org.incidentatlas.changes;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.incidentatlas.dataset.AtomicFiles;
import org.incidentatlas.export.CsvExporter;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Incident;

/**
 * A diff as CSV, one row per changed incident: what happened, its ids, the fields that differ, and its title,
 * date, place and deaths (now, or as it was when gone), with the deaths before for a changed figure. Text cells
 * are guarded as the CSV export's are ({@link CsvExporter#cell}).
 */
public final class ChangesCsv {

    public static final List<String> HEADER = List.of("change", "id", "source_id", "changed_fields", "title", "date_start",
            "place", "killed", "killed_before");

    private ChangesCsv() {
    }

    public static void write(DatasetDiff diff, Path target) throws IOException {
        AtomicFiles.write(target, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(diff, w);
            w.flush();
        });
    }

    public static void write(DatasetDiff diff, Appendable out) throws IOException {
        @SuppressWarnings("resource") // closing the printer would close the caller's stream
        CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
        for (DatasetDiff.Change c : diff.changes()) {
            Incident i = c.incident();
            csv.printRecord(c.kind().name().toLowerCase(Locale.ROOT), CsvExporter.cell(i.id()), CsvExporter.cell(i.sourceId()),
                    String.join(" ", c.fields()), CsvExporter.cell(i.title()), i.dateStart().toString(),
                    CsvExporter.cell(i.place()), killed(i.killed()),
                    c.kind() == DatasetDiff.Kind.CHANGED ? killed(c.before().killed()) : "");
        }
        csv.flush();
    }

    private static String killed(Casualties k) {
        return k == null ? "" : k.display();
    }
}
