package org.incidentatlas.model;

import java.util.Locale;

/** How exactly the sources fix an incident's date. Ordered finest first. */
public enum DatePrecision {
    DAY, WEEK, MONTH, YEAR;

    /** The name used in the dataset file, e.g. {@code "day"}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatePrecision fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }
}
