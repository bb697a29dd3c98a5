package org.incidentatlas.app;

import java.util.function.DoubleConsumer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.Problem;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.filter.Columns;
import org.incidentatlas.filter.FilteredRows;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.ListCounts;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.filter.SearchIndex;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;

/**
 * A dataset read and prepared for the window: everything heavy that opening needs (the read and check, the search
 * index, the incidents in the default order and their columns, the list totals, the articles by id) computed on a background thread
 * and handed to the workbench in one piece. When the read found errors only {@link #result()} is set.
 */
record OpenedDataset(Path file, ReadResult result, SearchIndex index, List<Incident> ordered, ListCounts totals,
                     Map<String, Article> articles, Columns columns) {

    /** Prepared without columns (the rows are then filtered by the plain test until they are built). */
    OpenedDataset(Path file, ReadResult result, SearchIndex index, List<Incident> ordered, ListCounts totals,
                  Map<String, Article> articles) {
        this(file, result, index, ordered, totals, articles, null);
    }

    boolean ok() {
        return result.ok();
    }

    Dataset dataset() {
        return result.dataset();
    }

    /** Reads {@code file} and prepares it; runs on a background thread. */
    static OpenedDataset read(Path file, PlaceVariants places, DoubleConsumer progress) {
        ReadResult read = new DatasetReader().read(file, f -> progress.accept(f * 0.85));
        return prepare(file, read, places);
    }

    /** Prepares a result that is already read (the benchmark, and tests that build a dataset in memory). */
    static OpenedDataset prepare(Path file, ReadResult read, PlaceVariants places) {
        if (!read.ok()) {
            return new OpenedDataset(file, read, null, List.of(), null, Map.of());
        }
        Dataset d = read.dataset();
        SearchIndex index = SearchIndex.build(d.incidents());
        List<Incident> ordered = FilteredRows.inDefaultOrder(d.incidents());
        // no columns yet: building them (4 s at 100k on a loaded machine) would hold back the window's first rows;
        // the first filter starts them in the background and uses the plain test until they are there
        ListCounts totals = ListCounts.count(d.incidents(), IncidentFilter.NONE, index, places, () -> false);
        return new OpenedDataset(file, read, index, ordered, totals, d.articlesById());
    }

    /** A failure the reader did not foresee, as a problem a person can act on instead of a stack trace. */
    static OpenedDataset unexpected(Path file, Throwable e) {
        return new OpenedDataset(file, new ReadResult(null, List.of(new Problem(Problem.Severity.ERROR,
                Problem.Code.FILE_UNREADABLE, file, 0, 0, null, null, "the file could not be read ("
                + Messages.reason(e) + ").", "Check the file; if it looks right, report this with the file attached."))),
                null, List.of(), null, Map.of());
    }
}
