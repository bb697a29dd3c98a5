package org.incidentatlas.map;

import java.util.List;
import org.incidentatlas.map.geo.Mercator;
import org.incidentatlas.model.AtlasRecord;

/**
 * Where a map looks: its centre and a whole zoom level (whole, so the basemap is drawn at its own size and never
 * stretched). The window's map and the briefing picture frame their views with it.
 */
public record MapFraming(double lat, double lon, int zoom) {

    public MapFraming {
        if (Math.abs(lat) > Mercator.MAX_LAT || Math.abs(lon) > 180) {
            throw new IllegalArgumentException("no map centre at " + lat + ", " + lon);
        }
        zoom = (int) MapCamera.clamp(zoom);
    }

    /** The highest zoom a fit goes to: closer in, one incident would fill the view with empty basemap. */
    static final int MAX_FIT_ZOOM = 12;

    /**
     * The view that shows every record in a {@code width} x {@code height} map with a margin (a tenth of the
     * size on each side); the whole data area when there are none.
     */
    public static MapFraming fitting(List<? extends AtlasRecord> records, double width, double height) {
        return fitting(records, width, height, 0, 0);
    }

    /**
     * The same, framed in the part of the map left free when {@code left} and {@code right} pixels along its sides
     * are covered (the legend): the data is fitted into that part and the centre moved so it sits there.
     */
    public static MapFraming fitting(List<? extends AtlasRecord> records, double width, double height, double left,
                                     double right) {
        return fitting(records, width, height, left, right, 0);
    }

    /**
     * The same, with {@code bottom} pixels along the foot of the map covered too (the credit line and the scale
     * bar): the data is fitted above them.
     */
    public static MapFraming fitting(List<? extends AtlasRecord> records, double width, double height, double left,
                                     double right, double bottom) {
        MapFraming fit = fitBox(records, Math.max(200, width - left - right), Math.max(150, height - bottom));
        double shift = (right - left) / 2; // the view's centre lies this far east of the free part's
        double scale = Mercator.worldPixels(fit.zoom);
        double lon = Mercator.lon(Math.max(0, Math.min(1, Mercator.x(fit.lon) + shift / scale)));
        // and this far south of it
        double lat = Mercator.lat(Math.max(0, Math.min(1, Mercator.y(fit.lat) + Math.min(bottom, height - 150) / 2 / scale)));
        return new MapFraming(lat, lon, fit.zoom);
    }

    /** The view that shows a circle of {@code km} around (lat, lon) whole, in the free part as above. */
    public static MapFraming circle(double lat, double lon, double km, double width, double height, double left,
                                    double right) {
        double w = Math.max(200, width - left - right) * 0.85;
        double h = Math.max(150, height) * 0.85;
        double metresPerPixelAtZoom0 = Mercator.metresPerPixel(lat, 0);
        double fit = Math.min(w, h) / (2 * km * 1000 / metresPerPixelAtZoom0);
        int zoom = (int) Math.max(3, Math.min(14, Math.floor(Math.log(fit) / Math.log(2))));
        double scale = Mercator.worldPixels(zoom);
        double shifted = Mercator.lon(Math.max(0, Math.min(1, Mercator.x(lon) + (right - left) / 2 / scale)));
        return new MapFraming(lat, shifted, zoom);
    }

    private static MapFraming fitBox(List<? extends AtlasRecord> records, double width, double height) {
        double x0 = records.stream().mapToDouble(r -> Mercator.x(r.lon())).min().orElse(Mercator.x(38));
        double x1 = records.stream().mapToDouble(r -> Mercator.x(r.lon())).max().orElse(Mercator.x(50));
        double y0 = records.stream().mapToDouble(r -> Mercator.y(r.lat())).min().orElse(Mercator.y(39));
        double y1 = records.stream().mapToDouble(r -> Mercator.y(r.lat())).max().orElse(Mercator.y(29));
        double w = Math.max(200, width) * 0.8;
        double h = Math.max(150, height) * 0.8;
        double fit = Math.min(w / Math.max(1e-9, (x1 - x0) * Mercator.TILE_SIZE),
                h / Math.max(1e-9, (y1 - y0) * Mercator.TILE_SIZE));
        int zoom = (int) Math.min(MAX_FIT_ZOOM, Math.floor(Math.log(fit) / Math.log(2)));
        return new MapFraming(Mercator.lat((y0 + y1) / 2), Mercator.lon((x0 + x1) / 2), zoom);
    }

    /** What {@code map} shows now: its centre and its zoom (rounded to a whole level). */
    public static MapFraming current(AtlasMap map) {
        Viewport v = map.viewport();
        return new MapFraming(v.lat(v.height() / 2), v.lon(v.width() / 2), (int) Math.round(v.zoom()));
    }

    /**
     * This centre, at the largest zoom (never closer than now) at which a {@code fromWidth} x {@code fromHeight}
     * view at this zoom fits into {@code toWidth} x {@code toHeight}: a bigger picture shows more around the same
     * place, a smaller one zooms out until all that was shown still is.
     */
    public MapFraming resizedFor(double fromWidth, double fromHeight, double toWidth, double toHeight) {
        double ratio = Math.min(toWidth / fromWidth, toHeight / fromHeight);
        int out = ratio >= 1 ? 0 : (int) Math.ceil(-Math.log(ratio) / Math.log(2) - 1e-9);
        return new MapFraming(lat, lon, zoom - out);
    }

    /** The view of a {@code width} x {@code height} map framed so, with its corner on a whole pixel. */
    Viewport viewport(int width, int height) {
        double scale = Mercator.worldPixels(zoom);
        return new Viewport(zoom, Math.round(Mercator.x(lon) * scale - width / 2.0),
                Math.round(Mercator.y(lat) * scale - height / 2.0), width, height);
    }
}
