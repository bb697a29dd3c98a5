package org.incidentatlas.map.geo;

/**
 * Web Mercator (EPSG:3857) as slippy-map tiles use it. "World units" run from 0 to 1 across the whole world,
 * west to east and north to south; at zoom {@code z} the world is {@code 256 * 2^z} pixels wide.
 */
public final class Mercator {

    /** The latitude where Web Mercator's square world ends. */
    public static final double MAX_LAT = 85.05112878;
    public static final int TILE_SIZE = 256;
    private static final double EARTH_CIRCUMFERENCE_M = 40_075_016.686;

    private Mercator() {
    }

    public static double x(double lon) {
        return (lon + 180) / 360;
    }

    public static double y(double lat) {
        double sin = Math.sin(Math.toRadians(Math.max(-MAX_LAT, Math.min(MAX_LAT, lat))));
        // the same as (1 - ln(tan + sec) / pi) / 2 with one sine and one logarithm: cheaper for 100,000 points
        return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }

    public static double lon(double x) {
        return x * 360 - 180;
    }

    public static double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
    }

    /** Width of the whole world in pixels at {@code zoom} (fractional zooms allowed). */
    public static double worldPixels(double zoom) {
        return TILE_SIZE * Math.pow(2, zoom);
    }

    /** Ground metres one pixel covers at {@code lat} and {@code zoom}. */
    public static double metresPerPixel(double lat, double zoom) {
        return EARTH_CIRCUMFERENCE_M * Math.cos(Math.toRadians(lat)) / worldPixels(zoom);
    }
}
