package org.incidentatlas.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentatlas.filter.ColumnFilter;
import org.incidentatlas.filter.Columns;
import org.incidentatlas.filter.FilteredRows;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.ListCounts;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.filter.SearchIndex;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;

/**
 * The open dataset's rows as the filter leaves them: every incident in the default order, the one filtered and
 * sorted list every view and export reads, the centres the filter keeps, and the list counts (the totals at open;
 * under a filter, counted in the background, a newer filter making an older count stop).
 */
final class FilteredState {

    private final Tasks tasks;
    /** The search's spellings: the gazetteer's and the open dataset's alias table's (they change with it). */
    private PlaceVariants places;
    private final ObservableList<Incident> all = FXCollections.observableArrayList();
    /**
     * What the filter keeps ({@link FilteredRows#keeps}: the same test the command line and the briefing apply),
     * in the table's order; set anew by a filter, patched by an edit.
     */
    private final RowList rows = new RowList();
    /** The columns of {@link #opened}; null after an edit until they are built again (the plain test meanwhile). */
    private ColumnFilter columns;
    /** The rows whose columns are being built or were built last (on this thread only). */
    private List<Incident> columnsBuiltFor;
    /** Counts filter computations: a result still being computed for an older one is dropped. */
    private final AtomicLong rowsWanted = new AtomicLong();
    /** The computation whose rows are shown. */
    private long rowsShown;
    /** Told when rows computed in the background are shown (the status line says the new count). */
    private Runnable rowsChanged = () -> { };
    /** From this many rows a filter is computed in the background. */
    private int backgroundFrom = RowComputation.BACKGROUND_FROM;
    private final ObservableList<Center> allCenters = FXCollections.observableArrayList();
    private final ObservableList<Center> centers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ListCounts> totals = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ListCounts> counts = new ReadOnlyObjectWrapper<>();
    private final AtomicLong countWanted = new AtomicLong();
    /** The filter the counts shown were counted for (an edit adjusts them only when it is the current one). */
    private IncidentFilter countedFor;
    private boolean centresShown = true;
    private IncidentFilter lastFilter;
    private SearchIndex index = SearchIndex.onDemand();
    /** The incidents as opened: an immutable list the background counts read without a copy per change. */
    private List<Incident> opened = List.of();
    /** The test of the filter applied last; null when it keeps everything. */
    private Predicate<Incident> test;

    FilteredState(Tasks tasks, PlaceVariants places) {
        this.tasks = tasks;
        this.places = places;
    }

    /** The spellings the search uses from the next {@link #apply} on (the open dataset's aliases changed). */
    void setPlaces(PlaceVariants p) {
        places = p;
    }

    /** Takes an opened dataset's prepared rows and totals; {@link #apply} then filters them. */
    void take(OpenedDataset o) {
        index = o.index();
        opened = o.ordered();
        columns = o.columns() == null ? null : new ColumnFilter(o.columns(), index);
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
        test = testFor(f);
        refilter(f);
        refreshCentres(f);
        recount(f);
    }

    /** Filters of this many rows or more are computed in the background (tests lower it to race small lists). */
    void filterInBackgroundFrom(int n) {
        backgroundFrom = n;
    }

    /** Told when rows that were computed in the background are shown. */
    void onRowsChanged(Runnable r) {
        rowsChanged = r;
    }

    /**
     * The kept rows computed anew: by the columns when they are of the rows open, else by the plain test (and the
     * columns built again in the background). From {@link RowComputation#BACKGROUND_FROM} rows on, off this
     * thread, the newest filter's rows alone shown; below it (and with a same-thread executor) at once.
     */
    private void refilter(IncidentFilter f) {
        long mine = rowsWanted.incrementAndGet();
        if (columns == null) {
            rebuildColumns();
        }
        RowComputation job = new RowComputation(opened, f, columns, index, places, rows.order());
        if (opened.size() < backgroundFrom) {
            show(mine, job.rows(() -> false), job);
            return;
        }
        tasks.quietly(() -> {
            Incident[] kept = job.rows(() -> rowsWanted.get() != mine);
            if (kept != null) {
                tasks.later(() -> show(mine, kept, job));
            }
        });
    }

    private void show(long mine, Incident[] kept, RowComputation job) {
        if (rowsWanted.get() != mine) {
            return; // a newer filter (or an edit) came after this one
        }
        if (job.order() != rows.order()) {
            Arrays.parallelSort(kept, rows.order()); // the analyst sorted by another column meanwhile
        }
        rowsShown = mine;
        rows.setRows(kept);
        rowsChanged.run();
    }

    /**
     * The columns of the rows now open, built in the background; kept only if no edit came in between. One build
     * for one version of the rows: the filters typed while it runs do not start more (each is seconds at 100k).
     */
    private void rebuildColumns() {
        List<Incident> of = opened;
        SearchIndex idx = index;
        if (of.size() < RowComputation.COLUMNS_FROM || columnsBuiltFor == of) {
            return; // a plain scan of a few thousand rows costs less than building columns for it
        }
        columnsBuiltFor = of;
        tasks.quietly(() -> {
            Columns built = Columns.of(of, idx);
            tasks.later(() -> {
                if (opened == of && columns == null) {
                    columns = new ColumnFilter(built, idx);
                }
            });
        });
    }

    /** The centres shown: those the filter keeps, none while the analyst has switched them off. */
    private void refreshCentres(IncidentFilter f) {
        centers.setAll(centresShown ? FilteredRows.centers(allCenters, f, places) : List.of());
        lastFilter = f;
    }

    /** View > Show coordination centres: their own toggle (no text or actor filter hides them). */
    void showCentres(boolean on) {
        centresShown = on;
        if (lastFilter != null) {
            refreshCentres(lastFilter);
        }
    }

    /**
     * Follows an edit: each changed incident leaves the list and its new version goes in at its place in the default
     * order (a change that keeps date and id is one replacement, so the table keeps its scroll and selection), and
     * the rows shown are patched by the same few rows, each tested against the filter. The totals and counts are counted again in the
     * background, as after a filter change.
     */
    void edited(Edit e, Dataset edited, IncidentFilter f) {
        boolean whole = e.changes().size() > 1000;
        boolean pending = rowsShown != rowsWanted.get();
        if (whole) {
            // a whole update: one list set anew costs less than thousands of insertions into 100,000 rows
            all.setAll(FilteredRows.inDefaultOrder(edited.incidents()));
        }
        for (Edit.Change c : whole ? List.<Edit.Change>of() : e.changes()) {
            if (!(c.either() instanceof Incident)) {
                continue;
            }
            Incident before = (Incident) c.before();
            Incident after = (Incident) c.after();
            Incident shownBefore = before != null && keeps(before) ? before : null;
            Incident shownAfter = after != null && keeps(after) ? after : null;
            if (!pending && (shownBefore != null || shownAfter != null)) {
                rows.patch(shownBefore, shownAfter);
            }
            int at = before == null ? -1 : positionOf(before);
            if (at >= 0 && after != null && Incident.BY_DATE_THEN_ID.compare(before, after) == 0) {
                all.set(at, after);
                continue;
            }
            if (at >= 0) {
                all.remove(at);
            }
            if (after != null) {
                int in = Collections.binarySearch(all, after, Incident.BY_DATE_THEN_ID);
                all.add(in < 0 ? -in - 1 : in, after);
            }
        }
        opened = List.copyOf(all);
        columns = null; // of the rows before the edit; built again when a filter next needs them
        if (whole || pending) {
            refilter(f); // the rows anew, and a computation still running for the rows before the edit dropped
        }
        if (e.touchesCenters()) {
            // the changed centres in place; reference centres attached to the dataset stay
            List<Center> now = new ArrayList<>(allCenters);
            for (Edit.Change c : e.changes()) {
                if (c.before() instanceof Center b) {
                    int at = now.indexOf(b);
                    if (at >= 0 && c.after() instanceof Center a) {
                        now.set(at, a);
                    } else if (at >= 0) {
                        now.remove(at);
                    }
                } else if (c.after() instanceof Center a) {
                    now.add(a);
                }
            }
            allCenters.setAll(now);
            refreshCentres(f);
        }
        List<Incident> removed = new ArrayList<>();
        List<Incident> added = new ArrayList<>();
        for (Edit.Change c : e.changes()) {
            if (c.before() instanceof Incident i) {
                removed.add(i);
            }
            if (c.after() instanceof Incident i) {
                added.add(i);
            }
        }
        ListCounts t = totals.get();
        ListCounts c = counts.get();
        if (t == null || c == null || !f.equals(countedFor) || removed.size() + added.size() > 1000) {
            recount(f, true); // many records changed at once: one pass in the background is cheaper
            return;
        }
        countWanted.incrementAndGet(); // a count still running for the version before the edit is stale
        totals.set(t.adjusted(removed, added, IncidentFilter.NONE, index, places));
        counts.set(f.isEmpty() ? totals.get() : c.adjusted(removed, added, f, index, places));
    }

    /** Where {@code i} is in the default order; -1 when it is not there. */
    private int positionOf(Incident i) {
        int at = Collections.binarySearch(all, i, Incident.BY_DATE_THEN_ID);
        if (at >= 0 && all.get(at) == i) {
            return at;
        }
        return all.indexOf(i);
    }

    /** Whether the filter applied last keeps {@code i} (the selection stays only while it does). */
    boolean keeps(Incident i) {
        return test == null || test.test(i);
    }

    /** A column's order with date-then-id breaking ties; null: the default order, which the rows come in. */
    void sortBy(Comparator<Incident> c) {
        rows.sortBy(c == null ? null : c.thenComparing(Incident.BY_DATE_THEN_ID));
    }

    private void recount(IncidentFilter f) {
        recount(f, false);
    }

    /**
     * Counts the lists under {@code f} in the background (and the totals too, after an edit too large to adjust);
     * a newer count makes an older one stop, and only the newest is shown.
     */
    private void recount(IncidentFilter f, boolean totalsToo) {
        long mine = countWanted.incrementAndGet();
        if (!totalsToo && f.isEmpty()) {
            counts.set(totals.get());
            countedFor = f;
            return;
        }
        List<Incident> incidents = opened;
        SearchIndex idx = index;
        ListCounts knownTotals = totals.get();
        ColumnFilter cols = columns; // of these incidents, or null after an edit
        PlaceVariants spellings = places;
        tasks.quietly(() -> {
            BooleanSupplier stale = () -> countWanted.get() != mine;
            // by the columns' bitmaps when they are of these incidents, else in one pass over them
            Function<IncidentFilter, ListCounts> count = g -> cols != null ? cols.counts(g, spellings, stale)
                    : ListCounts.count(incidents, g, idx, spellings, stale);
            ListCounts t = totalsToo ? count.apply(IncidentFilter.NONE) : knownTotals;
            ListCounts c = t == null || f.isEmpty() ? t : count.apply(f);
            if (c != null) {
                tasks.later(() -> {
                    if (countWanted.get() == mine) {
                        if (totalsToo) {
                            totals.set(t);
                        }
                        counts.set(c);
                        countedFor = f;
                    }
                });
            }
        });
    }

    /** "4 of 6 incidents, 1 of 2 centres" (the centres only when some are hidden). */
    String counted() {
        String c = centers.size() == allCenters.size() ? ""
                : String.format(", %,d of %,d centres", centers.size(), allCenters.size());
        return String.format("%,d of %,d incidents", rows.size(), all.size()) + c;
    }

    ObservableList<Incident> rows() {
        return rows;
    }

    /** The test the rows of {@code f} pass with the open dataset's prepared search (null: everything). */
    Predicate<Incident> testFor(IncidentFilter f) {
        return FilteredRows.keeps(f, index, places);
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
