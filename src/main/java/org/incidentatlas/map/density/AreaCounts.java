package org.incidentatlas.map.density;

import org.incidentatlas.map.basemap.AdminAreas;

/**
 * Incidents (or killed) per administrative area of a list: what the choropleth colours. Each incident's area
 * comes from {@link PointCache#areas}, worked out by point-in-polygon once per incident and dataset; a filter
 * change only adds up. Incidents outside every area (outside Iraq) are counted apart.
 */
public final class AreaCounts {

    private final AdminAreas areas;
    private final double[] values;
    private final double outside;
    private final double max;

    private AreaCounts(AdminAreas areas, double[] values, double outside) {
        this.areas = areas;
        this.values = values;
        this.outside = outside;
        double m = 0;
        for (double v : values) {
            m = Math.max(m, v);
        }
        max = m;
    }

    /** Sums {@code weights} by {@code areaOf} (an area index per point, -1 outside every area). */
    public static AreaCounts of(AdminAreas areas, int[] areaOf, double[] weights) {
        double[] v = new double[areas.size()];
        double out = 0;
        for (int i = 0; i < areaOf.length; i++) {
            if (areaOf[i] >= 0) {
                v[areaOf[i]] += weights[i];
            } else {
                out += weights[i];
            }
        }
        return new AreaCounts(areas, v, out);
    }

    public AdminAreas areas() {
        return areas;
    }

    public double value(int area) {
        return values[area];
    }

    /** What fell outside every area. */
    public double outside() {
        return outside;
    }

    public double max() {
        return max;
    }
}
