package org.incidentatlas.model;

import java.util.Locale;

/** What a coordinate stands for, finest first. */
public enum GeoPrecision {
    EXACT, TOWN, SUBDISTRICT, DISTRICT, PROVINCE, REGION;

    /** The name used in the dataset file, e.g. {@code "subdistrict"}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GeoPrecision fromKey(String key) {
        return valueOf(key.toUpperCase(Locale.ROOT));
    }

    /** True when the point stands for something larger than a town (the map draws an uncertainty ring). */
    public boolean coarserThanTown() {
        return compareTo(TOWN) > 0;
    }
}
