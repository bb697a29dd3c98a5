package org.incidentatlas.dataset;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.model.Casualties;

/**
 * One read's store of values that many records repeat: an incident type, a province, an actor, an article id in
 * a quote, a list of tags, a date, a casualty figure. The reader keeps one instance of each and hands that to
 * every record, so a dataset of a million incidents holds a few thousand actor names rather than a million copies
 * of them: less memory, and less for the garbage collector to copy while the records pile up during a read.
 *
 * <p>All the values are immutable, so sharing them is invisible to the model. The tables are bounded: once one is
 * full, new values are simply not shared. Not thread-safe; one per read.
 */
final class SharedValues {

    /** Longer strings are rarely a vocabulary; they are not worth a lookup. */
    private static final int MAX_SHARED_LENGTH = 80;
    /** Entries per table; past this, values are no longer shared (memory stays bounded on odd files). */
    private static final int MAX_ENTRIES = 1 << 16;
    private static final int FIRST_YEAR = 1800;
    private static final int YEARS = 300;
    /** Casualty figures from 0 to this (exclusive) are shared. */
    private static final int SMALL = 64;

    private final Map<String, String> strings = new HashMap<>();
    private final Map<List<String>, List<String>> lists = new HashMap<>();
    /** Day slots: (year - FIRST_YEAR) * 372 + (month - 1) * 31 + day - 1; filled as dates appear. */
    private LocalDate[] dates;
    /** Index low * (SMALL + 1) + high, with high SMALL meaning "open-ended". */
    private final Casualties[] casualties = new Casualties[SMALL * (SMALL + 1)];
    private final double[] numbers = new double[32];
    private final Double[] boxed = new Double[32];
    private int numberCount;

    String string(String s) {
        if (s == null || s.length() > MAX_SHARED_LENGTH) {
            return s;
        }
        String shared = strings.get(s);
        if (shared != null) {
            return shared;
        }
        if (strings.size() < MAX_ENTRIES) {
            strings.put(s, s);
        }
        return s;
    }

    /** The list as an immutable list of shared strings; one instance per distinct list. */
    List<String> strings(List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            values.set(i, string(values.get(i)));
        }
        List<String> shared = lists.get(values);
        if (shared != null) {
            return shared;
        }
        List<String> copy = List.copyOf(values);
        if (lists.size() < MAX_ENTRIES) {
            lists.put(copy, copy);
        }
        return copy;
    }

    /** The date; throws {@link java.time.DateTimeException} for one that does not exist, as LocalDate.of does. */
    LocalDate date(int year, int month, int day) {
        if (year < FIRST_YEAR || year >= FIRST_YEAR + YEARS || month < 1 || month > 12 || day < 1 || day > 31) {
            return LocalDate.of(year, month, day);
        }
        if (dates == null) {
            dates = new LocalDate[YEARS * 372];
        }
        int slot = (year - FIRST_YEAR) * 372 + (month - 1) * 31 + day - 1;
        LocalDate d = dates[slot];
        if (d == null) {
            d = LocalDate.of(year, month, day); // throws for a day the month does not have
            dates[slot] = d;
        }
        return d;
    }

    /** {@code low} to {@code high} ({@code high} negative: open-ended); both already checked. */
    Casualties casualties(int low, int high) {
        Integer boxedHigh = high < 0 ? null : high;
        if (low >= SMALL || high >= SMALL) {
            return new Casualties(low, boxedHigh);
        }
        int slot = low * (SMALL + 1) + (high < 0 ? SMALL : high);
        Casualties c = casualties[slot];
        if (c == null) {
            c = new Casualties(low, boxedHigh);
            casualties[slot] = c;
        }
        return c;
    }

    /** A boxed number; the first few distinct values (an uncertainty in km takes few) are shared. */
    Double number(double value) {
        for (int i = 0; i < numberCount; i++) {
            if (Double.doubleToLongBits(numbers[i]) == Double.doubleToLongBits(value)) {
                return boxed[i];
            }
        }
        Double b = value;
        if (numberCount < numbers.length) {
            numbers[numberCount] = value;
            boxed[numberCount++] = b;
        }
        return b;
    }
}
