package org.incidentatlas.trend;

import java.util.Locale;

/**
 * What a trend chart shows: incidents or killed, per week or month, stacked by type or split by province.
 */
public record TrendSpec(Bucket bucket, Measure measure, Split split) {

    public static final TrendSpec DEFAULT = new TrendSpec(Bucket.MONTH, Measure.INCIDENTS, Split.TYPE);

    /** The period of one bar: ISO weeks (Monday to Sunday) or calendar months. */
    public enum Bucket { WEEK, MONTH }

    /** What a bar adds up: incidents, or their lower figure of killed (an unknown figure adds nothing). */
    public enum Measure { INCIDENTS, KILLED }

    /** What the bars are divided by. */
    public enum Split { TYPE, PROVINCE }

    public TrendSpec {
        if (bucket == null || measure == null || split == null) {
            throw new IllegalArgumentException("a trend needs a bucket, a measure and a split");
        }
    }

    public TrendSpec withBucket(Bucket b) {
        return new TrendSpec(b, measure, split);
    }

    public TrendSpec withMeasure(Measure m) {
        return new TrendSpec(bucket, m, split);
    }

    public TrendSpec withSplit(Split s) {
        return new TrendSpec(bucket, measure, s);
    }

    /** "Incidents per month by type". */
    public String describe() {
        return (measure == Measure.INCIDENTS ? "Incidents" : "Killed") + " per " + bucket.name().toLowerCase(Locale.ROOT)
                + " by " + split.name().toLowerCase(Locale.ROOT);
    }
}
