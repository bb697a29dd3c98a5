package org.incidentatlas.model;

/**
 * A latitude/longitude box in WGS 84 degrees: what the map shows, for the "only what is in the map view" filter.
 * The box never crosses the antimeridian (the map does not wrap), so {@code west <= east}.
 */
public record GeoBounds(double south, double west, double north, double east) {

    public GeoBounds {
        if (south > north || west > east) {
            throw new IllegalArgumentException("empty bounds: " + south + "," + west + " to " + north + "," + east);
        }
    }

    /** True when the point lies inside the box or on its edge. */
    public boolean contains(double lat, double lon) {
        return lat >= south && lat <= north && lon >= west && lon <= east;
    }

    public double centerLat() {
        return (south + north) / 2;
    }

    public double centerLon() {
        return (west + east) / 2;
    }
}
