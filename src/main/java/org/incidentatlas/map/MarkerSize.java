package org.incidentatlas.map;

import org.incidentatlas.model.Casualties;

/**
 * Marker size by the number killed, in a few classes a legend can show (the lower figure of a range counts;
 * an unknown figure is drawn like none, and the legend says so).
 */
enum MarkerSize {
    NONE("none or unknown", 4.5),
    FEW("1\u20134", 6.5),
    SEVERAL("5\u201319", 8.5),
    MANY("20\u201399", 11),
    MASS("100 or more", 14);

    final String label;
    final double radius;

    MarkerSize(String label, double radius) {
        this.label = label;
        this.radius = radius;
    }

    static MarkerSize of(Casualties killed) {
        int n = killed == null ? 0 : killed.low();
        if (n >= 100) {
            return MASS;
        }
        if (n >= 20) {
            return MANY;
        }
        if (n >= 5) {
            return SEVERAL;
        }
        return n >= 1 ? FEW : NONE;
    }
}
