package org.incidentatlas.model;

/** A latitude/longitude box, as the map's visible area. Does not cross the antimeridian. */
public record GeoBounds(double south, double west, double north, double east) {

    public GeoBounds {
        if (south > north || west > east) {
            throw new IllegalArgumentException("empty bounds: " + south + "," + west + " to " + north + "," + east);
        }
    }

    public boolean contains(double lat, double lon) {
        return lat >= south && lat <= north && lon >= west && lon <= east;
    }
}
