package org.incidentatlas.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.incidentatlas.importer.ImportReport.WarningKind;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;

/**
 * The import loop shared by the sources: reads the rows, turns each into an incident or a skipped row with its
 * reason, and collects the articles and the report. A subclass maps one row.
 */
abstract class CsvImporter {

    /**
     * The longest cell a row may hold, in characters. The longest real cells (UCDP source_article, ACLED notes)
     * run to a few thousand; a longer one is not an event's data, and a dataset string past the reader's limit
     * could not be opened. A row with such a cell is skipped, named by its line and column.
     */
    static final int MAX_CELL_CHARS = 100_000;

    /** What a row's mapping can do besides returning the incident: cite articles, note warnings. */
    static final class RowContext {
        private record Pending(WarningKind kind, String message) {
        }

        final ArticleBook articles;
        private final List<Pending> warnings = new ArrayList<>();

        RowContext(ArticleBook articles) {
            this.articles = articles;
        }

        /** A warning, reported only if the row is imported. */
        void warn(WarningKind kind, String message) {
            warnings.add(new Pending(kind, message));
        }
    }

    private record FirstSeen(long line, String id) {
    }

    private final ImportSource source;
    private final List<String> required;
    private final String attribution;
    private final String quotesAre;

    /**
     * @param required    the columns without which no row can be imported; their absence is one error naming them all
     * @param attribution the dataset's licence and credit line
     * @param quotesAre   what the dataset's quotes are, for its description
     */
    CsvImporter(ImportSource source, List<String> required, String attribution, String quotesAre) {
        this.source = source;
        this.required = List.copyOf(required);
        this.attribution = attribution;
        this.quotesAre = quotesAre;
    }

    /** The incident's id, read first so a repeated id is caught before anything else is done with the row. */
    abstract String incidentId(CsvTable.Row row) throws RowRejected;

    /** Maps one row. Throws {@link RowRejected} with the reason when the row cannot be imported. */
    abstract Incident incident(String id, CsvTable.Row row, RowContext context) throws RowRejected;

    /**
     * Sees every row before any is mapped, for what must be decided for a whole column (ACLED's day/month
     * order). Throws when the file as a whole cannot be imported.
     */
    void prepare(List<CsvTable.Row> rows) throws ImportException {
    }

    final ImportResult importFile(Path csv, DoubleConsumer progress) throws ImportException {
        ImportReport.Builder report = new ImportReport.Builder(source, csv);
        ArticleBook articles = new ArticleBook();
        List<Incident> incidents = new ArrayList<>();
        Map<String, FirstSeen> firstLine = new HashMap<>();
        progress.accept(0);
        try (SourceTable table = SourceTable.open(csv, required)) {
            List<CsvTable.Row> rows = new ArrayList<>();
            for (CsvTable.Row row = table.next(progress); row != null; row = table.next(progress)) {
                rows.add(row);
            }
            if (!rows.isEmpty() && rows.get(0).unreadable() == null && CsvTable.isTagRow(rows.get(0))) {
                CsvTable.Row tags = rows.remove(0);
                report.warn(tags.line(), null, WarningKind.NOT_DATA, "an HXL tag row (\"" + tags.record().get(tags.record().size() > 1 ? 1 : 0)
                        + "\"…): tags naming the columns, not an event; skipped.");
            }
            if (!rows.isEmpty()) {
                prepare(rows);
            }
            for (CsvTable.Row row : rows) {
                int mark = articles.mark();
                RowContext context = new RowContext(articles);
                try {
                    if (row.unreadable() != null) {
                        throw new RowRejected(row.unreadable());
                    }
                    if (row.record().size() != table.width()) {
                        throw new RowRejected("has " + row.record().size() + " cells where the header has " + table.width()
                                + "; its values cannot be matched to the columns.");
                    }
                    checkCellSizes(row, table);
                    String id = incidentId(row);
                    // the reader takes ids that differ only in case as the same id
                    String key = id.toLowerCase(Locale.ROOT);
                    FirstSeen earlier = firstLine.get(key);
                    if (earlier != null) {
                        throw new RowRejected("it gives the id \"" + id + "\" again (first imported from line " + earlier.line()
                                + (earlier.id().equals(id) ? ")." : " as \"" + earlier.id() + "\"; ids that differ only in case are the same id)."));
                    }
                    Incident incident = incident(id, row, context);
                    checkDates(incident);
                    incidents.add(incident);
                    firstLine.put(key, new FirstSeen(row.line(), id));
                    report.imported();
                    for (RowContext.Pending w : context.warnings) {
                        report.warn(row.line(), id, w.kind(), w.message());
                    }
                    if (incident.quotes().isEmpty()) {
                        report.warn(row.line(), id, WarningKind.NO_SOURCE_TEXT,
                                "the row carries no source text; imported without a quote.");
                    }
                } catch (RowRejected e) {
                    articles.rollBack(mark);
                    report.skipped(row.line(), e.getMessage());
                }
            }
        }
        progress.accept(1.0);
        if (report.rowsRead() == 0) {
            throw new ImportException(csv.getFileName() + " has a header but no data rows: there is nothing to import."
                    + " Export the events again, with their rows.", 1);
        }
        String name = csv.getFileName().toString();
        String description = String.format("%,d events imported from %s (%s). %s", incidents.size(), name, source.label(),
                quotesAre);
        List<Article> all = articles.all();
        Dataset dataset = new Dataset(null, source.label() + " events from " + name, description, attribution, all,
                List.of(), incidents);
        return new ImportResult(dataset, report.build());
    }

    private static void checkCellSizes(CsvTable.Row row, SourceTable table) throws RowRejected {
        for (int i = 0; i < row.record().size(); i++) {
            int length = row.record().get(i).length();
            if (length > MAX_CELL_CHARS) {
                throw new RowRejected(String.format("the %s cell (column %d) holds %,d characters, more than the %,d a cell"
                        + " may hold; no event's data is that long.", table.columnName(i), i + 1, length, MAX_CELL_CHARS));
            }
        }
    }

    /** The dataset format writes a date as YYYY-MM-DD: a year past 9999 (or before 1), once widened, cannot be. */
    private static void checkDates(Incident incident) throws RowRejected {
        for (LocalDate d : new LocalDate[] {incident.dateStart(), incident.dateEnd()}) {
            if (d != null && (d.getYear() < 1 || d.getYear() > 9999)) {
                throw new RowRejected("its dates run to " + d + ", outside the years 1 to 9999 a dataset can hold.");
            }
        }
    }
}
