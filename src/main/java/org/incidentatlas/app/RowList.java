package org.incidentatlas.app;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javafx.collections.ObservableListBase;
import org.incidentatlas.model.Incident;

/**
 * The rows the table, the map, the counts and every export read: one flat array in the table's order, set anew by a
 * filter or a sort (one change) and patched exactly by an edit (a replaced row is one replacement, an added or
 * removed row one addition or removal), so that nothing downstream re-indexes a hundred thousand rows for one
 * record. It replaces JavaFX's FilteredList and SortedList, whose index maps were rebuilt on each edit.
 * Read-only for its users: only {@link FilteredState} changes it.
 */
final class RowList extends ObservableListBase<Incident> {

    private Incident[] items = new Incident[0];
    private int size;
    /** The order the rows are in: a column's with date-then-id after it, or date-then-id alone. */
    private Comparator<Incident> order = Incident.BY_DATE_THEN_ID;

    @Override
    public Incident get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("row " + index + " of " + size);
        }
        return items[index];
    }

    @Override
    public int size() {
        return size;
    }

    Comparator<Incident> order() {
        return order;
    }

    /** Every row at once, already in {@link #order()}: one change for the table and the map. Takes {@code rows}. */
    void setRows(Incident[] rows) {
        // the old array is never written again once replaced, so it can stand for the removed rows uncopied
        List<Incident> before = Arrays.asList(items).subList(0, size);
        items = rows;
        size = rows.length;
        beginChange();
        if (!before.isEmpty()) {
            nextRemove(0, before);
        }
        if (size > 0) {
            nextAdd(0, size);
        }
        endChange();
    }

    /** Sorts the rows by {@code c} (null: the default order), in parallel for a large list; one change. */
    void sortBy(Comparator<Incident> c) {
        order = c == null ? Incident.BY_DATE_THEN_ID : c;
        Incident[] sorted = Arrays.copyOf(items, size);
        Arrays.parallelSort(sorted, order);
        setRows(sorted);
    }

    /** Where {@code i} is, or -1: a binary search by the order, then a scan if the order does not find it. */
    int positionOf(Incident i) {
        int at = Arrays.binarySearch(items, 0, size, i, order);
        if (at >= 0 && items[at] == i) {
            return at;
        }
        for (int k = 0; k < size; k++) {
            if (items[k] == i) {
                return k;
            }
        }
        return -1;
    }

    /** Where {@code i} goes in the order (after equal rows). */
    private int insertionPoint(Incident i) {
        int at = Arrays.binarySearch(items, 0, size, i, order);
        return at < 0 ? -at - 1 : at + 1;
    }

    /**
     * Follows one edited record: {@code before} leaves (if shown), {@code after} comes in at its place (if the
     * filter keeps it; null for a deletion). The same place is one replacement.
     */
    void patch(Incident before, Incident after) {
        int at = before == null ? -1 : positionOf(before);
        if (at >= 0 && after != null) {
            boolean fitsBefore = at == 0 || order.compare(items[at - 1], after) <= 0;
            boolean fitsAfter = at == size - 1 || order.compare(after, items[at + 1]) <= 0;
            if (fitsBefore && fitsAfter) {
                items[at] = after;
                beginChange();
                nextSet(at, before);
                endChange();
                return;
            }
        }
        if (at >= 0) {
            System.arraycopy(items, at + 1, items, at, size - at - 1);
            items[--size] = null;
            beginChange();
            nextRemove(at, before);
            endChange();
        }
        if (after != null) {
            int in = insertionPoint(after);
            if (size == items.length) {
                items = Arrays.copyOf(items, Math.max(16, size + (size >> 1)));
            }
            System.arraycopy(items, in, items, in + 1, size - in);
            items[in] = after;
            size++;
            beginChange();
            nextAdd(in, in + 1);
            endChange();
        }
    }
}
