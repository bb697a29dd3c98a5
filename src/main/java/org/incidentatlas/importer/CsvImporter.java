package org.incidentatlas.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    final ImportResult importFile(Path csv, DoubleConsumer progress) throws ImportException {
        ImportReport.Builder report = new ImportReport.Builder(source, csv);
        ArticleBook articles = new ArticleBook();
        List<Incident> incidents = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        progress.accept(0);
        try (CsvTable table = CsvTable.open(csv, required)) {
            CsvTable.Row row = table.next(progress);
            if (row != null && CsvTable.isTagRow(row)) {
                report.warn(row.line(), null, WarningKind.NOT_DATA, "an HXL tag row (\"" + row.record().get(row.record().size() > 1 ? 1 : 0)
                        + "\"…): tags naming the columns, not an event; skipped.");
                row = table.next(progress);
            }
            for (; row != null; row = table.next(progress)) {
                int mark = articles.mark();
                RowContext context = new RowContext(articles);
                try {
                    if (row.record().size() != table.width()) {
                        throw new RowRejected("has " + row.record().size() + " cells where the header has " + table.width()
                                + "; its values cannot be matched to the columns.");
                    }
                    String id = incidentId(row);
                    Long earlier = firstLine.get(id);
                    if (earlier != null) {
                        throw new RowRejected("it gives the id \"" + id + "\" again (first imported from line " + earlier + ").");
                    }
                    Incident incident = incident(id, row, context);
                    incidents.add(incident);
                    firstLine.put(id, row.line());
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
        String name = csv.getFileName().toString();
        String description = String.format("%,d events imported from %s (%s). %s", incidents.size(), name, source.label(),
                quotesAre);
        List<Article> all = articles.all();
        Dataset dataset = new Dataset(null, source.label() + " events from " + name, description, attribution, all,
                List.of(), incidents);
        return new ImportResult(dataset, report.build());
    }
}
