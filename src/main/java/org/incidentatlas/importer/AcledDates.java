package org.incidentatlas.importer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import org.incidentatlas.model.DatePrecision;

/** ACLED's event dates, in the three forms its exports use, and the span each time_precision allows. */
final class AcledDates {

    /** "14 July 2024", "2024-07-14" and "14-Jul-24" (two-digit years are 1950-2049; ACLED starts in 1997). */
    private static final List<DateTimeFormatter> FORMS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d MMMM uuuu")
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("d-MMM-")
                    .appendValueReduced(ChronoField.YEAR, 2, 2, 1950)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT));

    private AcledDates() {
    }

    /** The date, or a rejection naming the forms that are understood. */
    static LocalDate parse(String column, String value) throws RowRejected {
        for (DateTimeFormatter f : FORMS) {
            try {
                return LocalDate.parse(value, f);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        throw new RowRejected(column + " is \"" + Fields.shown(value) + "\", not a date in a form ACLED uses"
                + " (14 July 2024, 2024-07-14 or 14-Jul-24) or not a calendar date.");
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
