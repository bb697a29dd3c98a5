package org.incidentatlas.app;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.incidentatlas.filter.ColumnFilter;
import org.incidentatlas.filter.FilteredRows;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.filter.SearchIndex;
import org.incidentatlas.model.Incident;

/**
 * One filter's rows, computed from what was open when it was asked for (so it may run on another thread while
 * the analyst goes on): by the columns when they are there, else by the plain test; then put in the table's order.
 */
record RowComputation(List<Incident> opened, IncidentFilter filter, ColumnFilter columns, SearchIndex index,
                      PlaceVariants places, Comparator<Incident> order) {

    /** From this many rows a filter is computed off the FX thread (a million rows is a scan of tens of ms). */
    static final int BACKGROUND_FROM = 200_000;
    /** Below this many rows no columns are built (at open or after an edit): the plain test is as fast. */
    static final int COLUMNS_FROM = 20_000;

    /** The kept rows in {@link #order()}; null when {@code stale} became true on the way. */
    Incident[] rows(BooleanSupplier stale) {
        Incident[] kept;
        if (filter.isEmpty()) {
            kept = opened.toArray(Incident[]::new);
        } else if (columns != null) {
            int[] ids = columns.keptRows(filter, places, stale);
            if (ids == null) {
                return null;
            }
            kept = new Incident[ids.length];
            for (int k = 0; k < ids.length; k++) {
                kept[k] = columns.columns().incident(ids[k]);
            }
        } else {
            List<Incident> plain = FilteredRows.incidents(opened, filter, index, places, stale);
            if (plain == null) {
                return null;
            }
            kept = plain.toArray(Incident[]::new);
        }
        if (order != Incident.BY_DATE_THEN_ID) {
            Arrays.parallelSort(kept, order); // the rows come in the default order; a column's order sorts them
        }
        return kept;
    }
}
