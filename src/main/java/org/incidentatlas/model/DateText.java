package org.incidentatlas.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Writes an incident's date range as a person reads it, showing how exact it is. */
public final class DateText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private DateText() {
    }

    /**
     * "14 Jul 2024" (a known day), "Apr 2024" (within a month), "2021" (within a year), "~Apr 2024" or "~2021"
     * (about), "from 28 Nov 2020" (end open) or "3–9 Mar 2021" (a range of days).
     */
    public static String of(LocalDate start, LocalDate end, DatePrecision precision) {
        if (end == null) {
            return "from " + DAY.format(start);
        }
        if (start.equals(end)) {
            return DAY.format(start);
        }
        boolean sameMonth = start.getYear() == end.getYear() && start.getMonth() == end.getMonth();
        boolean wholeMonth = sameMonth && start.getDayOfMonth() == 1 && end.equals(start.withDayOfMonth(start.lengthOfMonth()));
        return switch (precision) {
            case DAY, WEEK -> sameMonth
                    ? start.getDayOfMonth() + "\u2013" + DAY.format(end)
                    : DAY.format(start) + " \u2013 " + DAY.format(end);
            case MONTH -> (wholeMonth ? "" : "~") + MONTH.format(sameMonth ? start : start.plusDays(start.until(end).getDays() / 2));
            case YEAR -> (start.getYear() == end.getYear() && start.getDayOfYear() == 1
                    && end.getDayOfYear() == end.lengthOfYear() ? "" : "~")
                    + (start.getYear() == end.getYear() ? Integer.toString(start.getYear())
                    : start.getYear() + "\u2013" + end.getYear());
        };
    }

    public static String of(Incident i) {
        return of(i.dateStart(), i.dateEnd(), i.datePrecision());
    }
}
