package org.incidentatlas.trend;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.Incident;

/**
 * The series of a trend chart over a list: one value per period (week or month, from the list's first to its
 * last) for each of the largest groups (types or provinces; the rest summed as {@value #OTHER}). An incident is
 * counted in the period of its start date. One dated no better than the period (a year-dated record in a monthly
 * chart, a month-dated one in a weekly chart) would be a guess there: it is not placed, and counted in
 * {@link #notPlaced()} so the chart can say so.
 *
 * @param periods  the first day of each period, oldest first
 * @param names    the groups, largest total first, {@value #OTHER} last when there is one
 * @param values   {@code values[group][period]}
 */
public record TrendSeries(TrendSpec spec, List<LocalDate> periods, List<String> names, double[][] values, int notPlaced) {

    public static final String OTHER = "Other";
    public static final String NO_PROVINCE = "(no province)";
    /** Groups shown on their own; the rest are summed as "Other". */
    public static final int MAX_GROUPS = 6;

    public TrendSeries {
        periods = List.copyOf(periods);
        names = List.copyOf(names);
    }

    public static TrendSeries of(List<? extends Incident> incidents, TrendSpec spec) {
        List<Incident> placed = new ArrayList<>();
        int notPlaced = 0;
        for (Incident i : incidents) {
            if (coarser(i.datePrecision(), spec.bucket())) {
                notPlaced++;
            } else {
                placed.add(i);
            }
        }
        if (placed.isEmpty()) {
            return new TrendSeries(spec, List.of(), List.of(), new double[0][0], notPlaced);
        }
        LocalDate first = null;
        LocalDate last = null;
        Map<String, Double> totals = new HashMap<>();
        for (Incident i : placed) {
            LocalDate d = start(i.dateStart(), spec.bucket());
            first = first == null || d.isBefore(first) ? d : first;
            last = last == null || d.isAfter(last) ? d : last;
            totals.merge(group(i, spec.split()), weight(i, spec.measure()), Double::sum);
        }
        List<String> ranked = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).toList();
        List<String> names = new ArrayList<>(ranked.subList(0, Math.min(MAX_GROUPS, ranked.size())));
        boolean other = ranked.size() > MAX_GROUPS;
        if (other) {
            names.add(OTHER);
        }
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < names.size(); k++) {
            index.put(names.get(k), k);
        }
        int n = (int) between(first, last, spec.bucket()) + 1;
        List<LocalDate> periods = new ArrayList<>(n);
        for (int p = 0; p < n; p++) {
            periods.add(spec.bucket() == TrendSpec.Bucket.WEEK ? first.plusWeeks(p) : first.plusMonths(p));
        }
        double[][] values = new double[names.size()][n];
        for (Incident i : placed) {
            Integer g = index.get(group(i, spec.split()));
            int row = g == null ? names.size() - 1 : g;
            int p = (int) between(first, start(i.dateStart(), spec.bucket()), spec.bucket());
            values[row][p] += weight(i, spec.measure());
        }
        return new TrendSeries(spec, periods, names, values, notPlaced);
    }

    /** The last day of period {@code p}. */
    public LocalDate periodEnd(int p) {
        LocalDate s = periods.get(p);
        return spec.bucket() == TrendSpec.Bucket.WEEK ? s.plusDays(6) : s.with(TemporalAdjusters.lastDayOfMonth());
    }

    /** The sum over the groups of period {@code p}. */
    public double total(int p) {
        double t = 0;
        for (double[] row : values) {
            t += row[p];
        }
        return t;
    }

    /** The highest period total (the chart's scale). */
    public double maxTotal() {
        double m = 0;
        for (int p = 0; p < periods.size(); p++) {
            m = Math.max(m, total(p));
        }
        return m;
    }

    static boolean coarser(DatePrecision precision, TrendSpec.Bucket bucket) {
        return switch (precision) {
            case YEAR -> true;
            case MONTH -> bucket == TrendSpec.Bucket.WEEK;
            default -> false;
        };
    }

    static LocalDate start(LocalDate d, TrendSpec.Bucket bucket) {
        return bucket == TrendSpec.Bucket.WEEK ? d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : d.withDayOfMonth(1);
    }

    private static long between(LocalDate a, LocalDate b, TrendSpec.Bucket bucket) {
        return bucket == TrendSpec.Bucket.WEEK ? ChronoUnit.WEEKS.between(a, b) : ChronoUnit.MONTHS.between(a, b);
    }

    static String group(Incident i, TrendSpec.Split split) {
        if (split == TrendSpec.Split.TYPE) {
            return i.type();
        }
        return i.province() == null || i.province().isBlank() ? NO_PROVINCE : i.province();
    }

    static double weight(Incident i, TrendSpec.Measure m) {
        return m == TrendSpec.Measure.INCIDENTS ? 1 : i.killed() == null ? 0 : i.killed().low();
    }
}
