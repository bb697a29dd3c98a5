package org.incidentatlas.model;

/**
 * A casualty figure as the sources give it: {@code low} to {@code high}, with {@code high} null when the
 * figure is open-ended ("at least one" is low 1, high null). An unknown figure is a null
 * {@code Casualties}, never zero.
 *
 * @param best the source's best estimate where it gives one (UCDP's {@code best}), within low..high; else null
 */
public record Casualties(int low, Integer high, Integer best) {

    public Casualties {
        if (low < 0) {
            throw new IllegalArgumentException("low must be >= 0, was " + low);
        }
        if (high != null && high < low) {
            throw new IllegalArgumentException("high (" + high + ") is below low (" + low + ")");
        }
        if (best != null && (best < low || high != null && best > high)) {
            throw new IllegalArgumentException("best (" + best + ") is outside low (" + low + ") to high (" + high + ")");
        }
    }

    /** A figure without a best estimate. */
    public Casualties(int low, Integer high) {
        this(low, high, null);
    }

    /**
     * Whether the figure reaches {@code n} ("at least n killed") by the figure chosen: the low; the best where the
     * source gives one, else the low (an exact figure is its own best); the high, an open-ended figure ("at
     * least 3") reaching any n, since nothing bounds it.
     */
    public boolean reaches(int n, Figure which) {
        return switch (which) {
            case LOW -> low >= n;
            case BEST -> (best != null ? best : low) >= n;
            case HIGH -> high == null || high >= n;
        };
    }

    /** The figure itself: the low, the best (null where not given) or the high (null when open-ended). */
    public Integer figure(Figure which) {
        return switch (which) {
            case LOW -> low;
            case BEST -> best;
            case HIGH -> high;
        };
    }

    /** Which of a range's figures a comparison uses. */
    public enum Figure {
        LOW("low"), BEST("best"), HIGH("high");

        private final String key;

        Figure(String key) {
            this.key = key;
        }

        /** "low", "best", "high": as the command line and exports name it. */
        public String key() {
            return key;
        }

        /** How a filter description says it: "low figure", "best figure (low where none is given)", "high figure". */
        public String described() {
            return this == BEST ? "best figure, low where none is given" : key + " figure";
        }

        public static Figure fromKey(String key) {
            for (Figure f : values()) {
                if (f.key.equals(key)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("not a figure: " + key);
        }
    }

    public static Casualties exactly(int n) {
        return new Casualties(n, n);
    }

    public static Casualties atLeast(int n) {
        return new Casualties(n, null);
    }

    public boolean isExact() {
        return high != null && high == low;
    }

    /** "3", "≥1" or "2–4": how a table cell or a briefing shows the figure. */
    public String display() {
        if (high == null) {
            return "\u2265" + low;
        }
        return isExact() ? Integer.toString(low) : low + "\u2013" + high;
    }

    /** Display of a possibly unknown figure: "?" when the sources give none. */
    public static String display(Casualties c) {
        return c == null ? "?" : c.display();
    }
}
