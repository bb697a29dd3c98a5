package org.incidentatlas.app;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.incidentatlas.filter.FilteredRows;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.ListCounts;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.filter.SearchIndex;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Incident;

/**
 * The open dataset's rows as the filter leaves them: every incident in the default order, the one filtered and
 * sorted list every view and export reads, the centres the filter keeps, and the list counts (the totals at open;
 * under a filter, counted in the background, a newer filter making an older count stop).
 */
final class FilteredState {

    private final Tasks tasks;
    private final PlaceVariants places;
    private final ObservableList<Incident> all = FXCollections.observableArrayList();
    /**
     * A live filtered view of every incident, filtered with {@link FilteredRows#keeps}: the same test the command
     * line and the briefing apply, without copying the kept rows into a second list on each change.
     */
    private final FilteredList<Incident> kept = new FilteredList<>(all);
    /** Unsorted (null comparator) in the default order: the kept rows already are in it, so nothing is re-sorted. */
    private final SortedList<Incident> rows = new SortedList<>(kept, null);
    private final ObservableList<Center> allCenters = FXCollections.observableArrayList();
    private final ObservableList<Center> centers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ListCounts> totals = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ListCounts> counts = new ReadOnlyObjectWrapper<>();
    private final AtomicLong countWanted = new AtomicLong();
    private SearchIndex index = SearchIndex.onDemand();
    /** The incidents as opened: an immutable list the background counts read without a copy per change. */
    private List<Incident> opened = List.of();
    /** The test of the filter applied last; null when it keeps everything. */
    private Predicate<Incident> test;

    FilteredState(Tasks tasks, PlaceVariants places) {
        this.tasks = tasks;
        this.places = places;
    }

    /** Takes an opened dataset's prepared rows and totals; {@link #apply} then filters them. */
    void take(OpenedDataset o) {
        index = o.index();
        opened = o.ordered();
        all.setAll(opened);
        allCenters.setAll(o.dataset().centers());
        totals.set(o.totals());
    }

    /** The centres the open dataset is shown and measured with: its own or the reference centres attached. */
    void setAllCenters(List<Center> chosen) {
        allCenters.setAll(chosen);
    }

    /** Filters with {@code f}: the list, the centres, then the counts in the background. */
    void apply(IncidentFilter f) {
        test = FilteredRows.keeps(f, index, places);
        kept.setPredicate(test);
        centers.setAll(FilteredRows.centers(allCenters, f, places));
        recount(f);
    }

    /** Whether the filter applied last keeps {@code i} (the selection stays only while it does). */
    boolean keeps(Incident i) {
        return test == null || test.test(i);
    }

    /** A column's order with date-then-id breaking ties; null: the default order, which the rows come in. */
    void sortBy(Comparator<Incident> c) {
        rows.setComparator(c == null ? null : c.thenComparing(Incident.BY_DATE_THEN_ID));
    }

    private void recount(IncidentFilter f) {
        long mine = countWanted.incrementAndGet();
        if (f.isEmpty()) {
            counts.set(totals.get());
            return;
        }
        List<Incident> incidents = opened;
        SearchIndex idx = index;
        tasks.quietly(() -> {
            ListCounts c = ListCounts.count(incidents, f, idx, places, () -> countWanted.get() != mine);
            if (c != null) {
                tasks.later(() -> {
                    if (countWanted.get() == mine) {
                        counts.set(c);
                    }
                });
            }
        });
    }

    /** "4 of 6 incidents, 1 of 2 centres" (the centres only when some are hidden). */
    String counted() {
        String c = centers.size() == allCenters.size() ? ""
                : String.format(", %,d of %,d centres", centers.size(), allCenters.size());
        return String.format("%,d of %,d incidents", kept.size(), all.size()) + c;
    }

    SortedList<Incident> rows() {
        return rows;
    }

    ObservableList<Incident> all() {
        return all;
    }

    ObservableList<Center> centers() {
        return centers;
    }

    ObservableList<Center> allCenters() {
        return allCenters;
    }

    ReadOnlyObjectProperty<ListCounts> totals() {
        return totals.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<ListCounts> counts() {
        return counts.getReadOnlyProperty();
    }
}
