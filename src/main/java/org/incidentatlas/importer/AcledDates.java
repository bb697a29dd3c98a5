package org.incidentatlas.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.model.DatePrecision;

/**
 * ACLED's event dates in every form its export tool, its API and spreadsheets write them (see
 * docs/import-mapping.md), and the span each time_precision allows. Day-first or month-first ({@code 03/04/2020})
 * cannot be told from one date, so it is decided once for the whole column by {@link #orderOf}.
 */
final class AcledDates {

    /** Which of two leading numbers is the day, for numeric dates that do not start with the year. */
    enum Order { DAY_FIRST, MONTH_FIRST }

    private static final String TIME = "(?:[T ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?"
            + "(?: ?[AaPp][Mm])?(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?";
    /** 2024-07-14, 2024/7/14, 2024.07.14, with an optional time (2024-07-14T00:00:00Z, 2024-07-14 00:00:00). */
    private static final Pattern YEAR_FIRST = Pattern.compile("([0-9]{4})([-/.])([0-9]{1,2})\\2([0-9]{1,2})" + TIME);
    /** 14/07/2024, 7/14/24, 14.07.2024, 14-07-2024, with an optional time (7/14/2024 0:00). */
    private static final Pattern NUMERIC = Pattern.compile("([0-9]{1,2})([-/.])([0-9]{1,2})\\2([0-9]{2}|[0-9]{4})" + TIME);
    /** 20240714; or 14072024 / 07142024, day or month first. */
    private static final Pattern COMPACT = Pattern.compile("([0-9]{2})([0-9]{2})([0-9]{4})");
    /** 14 July 2024, 14-Jul-24, 14 Jul. 2024, 14-July-2024. */
    private static final Pattern DAY_MONTH_NAME = Pattern.compile("([0-9]{1,2})[ -]([A-Za-z]{3,9})\\.?,?[ -]\\s*([0-9]{2}|[0-9]{4})");
    /** July 14, 2024; Jul 14 2024. */
    private static final Pattern MONTH_NAME_DAY = Pattern.compile("([A-Za-z]{3,9})\\.? ([0-9]{1,2}),? ([0-9]{4})");
    /** A spreadsheet's serial day number (days since 1899-12-30), with an optional fraction of a day: 45487, 45487.5. */
    private static final Pattern SERIAL = Pattern.compile("([0-9]{5})(?:\\.[0-9]{1,17})?");
    private static final LocalDate SERIAL_ZERO = LocalDate.of(1899, 12, 30);

    private static final Map<String, Integer> MONTHS = months();

    static final String FORMS = "2024-07-14 (a time after it is allowed), 14 July 2024, 14-Jul-24, July 14, 2024,"
            + " 14/07/2024 or 07/14/2024 (the order taken from the whole column), 20240714, or a spreadsheet day number";

    private AcledDates() {
    }

    /**
     * Decides day-first or month-first for the whole column: the order that its numeric dates with a day past 12
     * show; null when no date in it needs an order.
     *
     * @param lines the physical line of each value, for the message
     * @throws ImportException when dates need an order and none shows it (every one could be either), or when some
     *                         show one order and some the other: a guess would misdate events, so nothing is imported
     */
    static Order orderOf(String column, List<String> values, List<Long> lines) throws ImportException {
        long dayFirstLine = 0;
        long monthFirstLine = 0;
        long ambiguousLine = 0;
        String ambiguous = null;
        for (int i = 0; i < values.size(); i++) {
            int[] pair = leadingPair(values.get(i));
            if (pair == null) {
                continue;
            }
            if (pair[0] > 12 && pair[1] <= 12 && dayFirstLine == 0) {
                dayFirstLine = lines.get(i);
            } else if (pair[1] > 12 && pair[0] <= 12 && monthFirstLine == 0) {
                monthFirstLine = lines.get(i);
            } else if (pair[0] <= 12 && pair[1] <= 12 && ambiguous == null) {
                ambiguous = values.get(i);
                ambiguousLine = lines.get(i);
            }
        }
        if (dayFirstLine > 0 && monthFirstLine > 0) {
            throw new ImportException(column + " has day-first dates (line " + dayFirstLine + ") and month-first dates"
                    + " (line " + monthFirstLine + ") in one column, so no date in it can be read safely; save the"
                    + " column as YYYY-MM-DD (a spreadsheet's yyyy-mm-dd cell format) and import again.", dayFirstLine);
        }
        if (dayFirstLine > 0) {
            return Order.DAY_FIRST;
        }
        if (monthFirstLine > 0) {
            return Order.MONTH_FIRST;
        }
        if (ambiguous != null) {
            throw new ImportException(column + " cannot be read: its dates (\"" + Fields.shown(ambiguous) + "\" on line "
                    + ambiguousLine + ", and every other) could be day-first or month-first and none has a day past 12"
                    + " to tell which, so save the column as YYYY-MM-DD (a spreadsheet's yyyy-mm-dd cell format) and"
                    + " import again.", ambiguousLine);
        }
        return null;
    }

    /** The two leading numbers of a numeric date that does not start with the year, or null for any other form. */
    private static int[] leadingPair(String value) {
        Matcher m = NUMERIC.matcher(value);
        if (m.matches()) {
            return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3))};
        }
        m = COMPACT.matcher(value);
        if (m.matches() && yearFirst(value) == null) {
            return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
        }
        return null;
    }

    /** The date, or a rejection naming the forms that are understood. {@code order} is the column's, or null. */
    static LocalDate parse(String column, String value, Order order) throws RowRejected {
        LocalDate d = read(value, order);
        if (d == null) {
            throw new RowRejected(column + " is \"" + Fields.shown(value) + "\", which is not a calendar date in a form"
                    + " this importer reads (" + FORMS + ").");
        }
        return d;
    }

    private static LocalDate read(String value, Order order) {
        try {
            Matcher m = YEAR_FIRST.matcher(value);
            if (m.matches()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            }
            m = NUMERIC.matcher(value);
            if (m.matches()) {
                return ordered(order, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), m.group(4));
            }
            m = COMPACT.matcher(value);
            if (m.matches()) {
                LocalDate ymd = yearFirst(value);
                return ymd != null ? ymd : ordered(order, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
            }
            m = DAY_MONTH_NAME.matcher(value);
            if (m.matches()) {
                Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
                return month == null ? null : LocalDate.of(year(m.group(3)), month, Integer.parseInt(m.group(1)));
            }
            m = MONTH_NAME_DAY.matcher(value);
            if (m.matches()) {
                Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
                return month == null ? null : LocalDate.of(Integer.parseInt(m.group(3)), month, Integer.parseInt(m.group(2)));
            }
            m = SERIAL.matcher(value);
            if (m.matches()) {
                return SERIAL_ZERO.plusDays(Long.parseLong(m.group(1)));
            }
        } catch (DateTimeException e) {
            return null; // 31 June, 29 February of a common year, month 13
        }
        return null;
    }

    /** 20240714 read year first, when its year is 1900 to 2099 and it is a calendar date; otherwise null. */
    private static LocalDate yearFirst(String compact) {
        int y = Integer.parseInt(compact.substring(0, 4));
        if (y < 1900 || y > 2099) {
            return null;
        }
        try {
            return LocalDate.of(y, Integer.parseInt(compact.substring(4, 6)), Integer.parseInt(compact.substring(6, 8)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDate ordered(Order order, int first, int second, String year) {
        if (order == null) {
            return null; // orderOf found no order for the column, so this value cannot be numeric-ambiguous; be safe
        }
        return order == Order.DAY_FIRST ? LocalDate.of(year(year), second, first) : LocalDate.of(year(year), first, second);
    }

    /** Two-digit years are 1950-2049 (ACLED starts in 1997). */
    private static int year(String digits) {
        int y = Integer.parseInt(digits);
        return digits.length() == 2 ? (y >= 50 ? 1900 + y : 2000 + y) : y;
    }

    private static Map<String, Integer> months() {
        String[] names = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"};
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            out.put(names[i], i + 1);
            out.put(names[i].substring(0, 3), i + 1);
        }
        out.put("sept", 9);
        return Map.copyOf(out);
    }

    /**
     * time_precision 1: that day. 2: ACLED codes the middle of the week or similar period, so 3 days either side.
     * 3: ACLED codes the middle of the month or period, so 15 days before to 16 after, which covers the whole
     * calendar month when the date is its 15th or 16th.
     */
    static DateRange range(LocalDate date, String code) throws RowRejected {
        return switch (code) {
            case "1" -> DateRange.of(date, date, DatePrecision.DAY);
            case "2" -> DateRange.of(date.minusDays(3), date.plusDays(3), DatePrecision.WEEK);
            case "3" -> DateRange.of(date.minusDays(15), date.plusDays(16), DatePrecision.MONTH);
            default -> throw new RowRejected("time_precision is \"" + code + "\"; ACLED uses 1 to 3.");
        };
    }

    static String meaning(String code) {
        return switch (code) {
            case "1" -> "the source gives the day";
            case "2" -> "the source gives only the week or a similar period; ACLED codes its middle day";
            default -> "the source gives only the month or a few weeks; ACLED codes the middle day";
        };
    }
}
