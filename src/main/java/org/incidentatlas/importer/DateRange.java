package org.incidentatlas.importer;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.incidentatlas.model.DatePrecision;

/** An incident's dates as the source fixes them. */
record DateRange(LocalDate start, LocalDate end, DatePrecision precision) {

    /**
     * The range with the coarser of the precision the source codes and the one its span implies (a span of more
     * than 6 days is not "within a week", of more than 31 not "within a month"), so a row never claims a finer
     * date than its own start and end allow.
     */
    static DateRange of(LocalDate start, LocalDate end, DatePrecision coded) throws RowRejected {
        if (end.isBefore(start)) {
            throw new RowRejected("the end date " + end + " is before the start date " + start + ".");
        }
        long days = ChronoUnit.DAYS.between(start, end);
        DatePrecision bySpan = days == 0 ? DatePrecision.DAY
                : days <= 6 ? DatePrecision.WEEK
                : days <= 31 ? DatePrecision.MONTH
                : DatePrecision.YEAR;
        return new DateRange(start, end, bySpan.compareTo(coded) > 0 ? bySpan : coded);
    }
}
