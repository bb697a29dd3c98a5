package org.incidentatlas.model;

/**
 * A casualty figure as the sources give it: {@code low} to {@code high}, with {@code high} null when the
 * figure is open-ended ("at least one" is low 1, high null). An unknown figure is a null
 * {@code Casualties}, never zero.
 */
public record Casualties(int low, Integer high) {

    public Casualties {
        if (low < 0) {
            throw new IllegalArgumentException("low must be >= 0, was " + low);
        }
        if (high != null && high < low) {
            throw new IllegalArgumentException("high (" + high + ") is below low (" + low + ")");
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
