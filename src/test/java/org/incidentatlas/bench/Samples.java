package org.incidentatlas.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Timings of one measure, in milliseconds: median, p95 and the count, as the tables show them. */
final class Samples {

    private final List<Double> values = new ArrayList<>();

    void add(double ms) {
        values.add(ms);
    }

    int count() {
        return values.size();
    }

    double median() {
        return pct(50);
    }

    double p95() {
        return pct(95);
    }

    double max() {
        return pct(100);
    }

    /** The nearest-rank percentile; NaN when empty. */
    double pct(int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v[Math.max(0, Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1))];
    }

    /** "412 ms" (median), with the p95 when asked: "412 ms (p95 450 ms, n=24)". */
    String cell(boolean withP95) {
        if (values.isEmpty()) {
            return "—";
        }
        String m = "**" + ms(median()) + "**";
        return withP95 ? m + " (p95 " + ms(p95()) + ", n=" + count() + ")" : m + " (n=" + count() + ")";
    }

    /** "0.84 ms", "12.6 ms", "412 ms", "1,234 ms". */
    static String ms(double ms) {
        if (Double.isNaN(ms)) {
            return "—";
        }
        String f = ms >= 100 ? "%,.0f" : ms >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, f, ms) + " ms";
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "median %s, p95 %s, max %s, n=%d", ms(median()), ms(p95()), ms(max()), count());
    }
}
