package org.incidentatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.export.CsvExporter;
import org.incidentatlas.filter.SearchIndex;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;

/** The measures without a window: load and check, the parse floor, the search index, the CSV export. */
final class LoadBench {

    /** What the window holds once a dataset is open. */
    record Loaded(Dataset dataset, SearchIndex index) { }

    private final Report report;
    private final Reps reps;
    private final int size;

    LoadBench(Report report, Reps reps, int size) {
        this.report = report;
        this.reps = reps;
        this.size = size;
    }

    /** Load and check, the two parse floors and their ratio, and the index; returns the last load. */
    Loaded load(Path file) throws IOException {
        DatasetReader reader = new DatasetReader();
        Samples load = new Samples();
        ReadResult last = null;
        for (int i = 0; i < reps.warm() + reps.timed(); i++) {
            last = null;
            System.gc();
            long t = System.nanoTime();
            ReadResult r = reader.read(file);
            double ms = (System.nanoTime() - t) / 1e6;
            if (!r.ok() || r.dataset().incidents().size() != size) {
                throw new IllegalStateException(file + " did not load cleanly: " + r.errors());
            }
            if (i >= reps.warm()) {
                load.add(ms);
            }
            last = r;
        }
        Samples values = timed(() -> ParseFloor.everyValue(file));
        Samples tokens = timed(() -> ParseFloor.tokensOnly(file));
        Dataset d = last.dataset();
        Samples index = new Samples();
        SearchIndex idx = null;
        for (int i = 0; i < reps.warm() + reps.timed(); i++) {
            idx = null;
            System.gc();
            long t = System.nanoTime();
            idx = SearchIndex.build(d.incidents());
            if (i >= reps.warm()) {
                index.add((System.nanoTime() - t) / 1e6);
            }
        }
        long warnings = last.problems().size() - last.errors().size();
        report.say(String.format(Locale.ROOT, "load and check: %s (%,d warnings); bare parse, every value: %s; tokens only: %s;"
                + " index: %s", load, warnings, values, tokens, index));
        report.put("load", size, load.cell(false), size == 100_000 ? load.median() < 2000 : null);
        report.put("parseValues", size, values.cell(false));
        report.put("parseTokens", size, tokens.cell(false));
        double ratio = load.median() / values.median();
        report.put("ratio", size, String.format(Locale.ROOT, "**%.1f×** (%.1f× tokens only)", ratio,
                load.median() / tokens.median()), size == 100_000 ? ratio <= 3 : null);
        report.put("index", size, index.cell(false));
        report.put("loadIndex", size, "**" + Samples.ms(load.median() + index.median()) + "**");
        return new Loaded(d, idx);
    }

    /** One untimed read and index, for the other measures when the load is not measured. */
    static Loaded loadOnce(Path file) {
        ReadResult r = new DatasetReader().read(file);
        if (!r.ok()) {
            throw new IllegalStateException(file + " did not load cleanly: " + r.errors());
        }
        return new Loaded(r.dataset(), SearchIndex.build(r.dataset().incidents()));
    }

    /** Every incident, in the table's default order, to a CSV file, as File > Export CSV writes it. */
    void export(Dataset d, Path dir) throws IOException {
        List<Incident> rows = d.incidents().stream().sorted(Incident.BY_DATE_THEN_ID).toList();
        CsvExporter exporter = new CsvExporter(d.articlesById());
        Path target = dir.resolve("export-" + size + ".csv");
        Samples times = timed(() -> {
            exporter.write(rows, target, false);
            return 0;
        });
        long bytes = Files.size(target);
        double rowsPerSecond = rows.size() / (times.median() / 1000);
        report.say(String.format(Locale.ROOT, "CSV export: %s, %,.0f rows/s, %.1f MB (%.0f MB/s)", times, rowsPerSecond,
                bytes / 1e6, bytes / 1e6 / (times.median() / 1000)));
        report.put("csv", size, String.format(Locale.ROOT, "%s; %,.0f rows/s, %.0f MB", times.cell(false), rowsPerSecond,
                bytes / 1e6), size == 100_000 ? times.median() < 1000 : null);
        Files.delete(target);
    }

    private Samples timed(IoWork work) throws IOException {
        Samples s = new Samples();
        long sink = 0;
        for (int i = 0; i < reps.warm() + reps.timed(); i++) {
            System.gc();
            long t = System.nanoTime();
            sink += work.run();
            if (i >= reps.warm()) {
                s.add((System.nanoTime() - t) / 1e6);
            }
        }
        if (sink == 42) {
            System.out.print("");
        }
        return s;
    }

    @FunctionalInterface
    interface IoWork {
        long run() throws IOException;
    }
}
