package org.incidentatlas.map;

import org.incidentatlas.model.GeoBounds;
import org.incidentatlas.map.geo.Mercator;

/**
 * What the map shows: the zoom and the world pixel at the view's top-left corner.
 *
 * @param originX world pixels (at this zoom) from the antimeridian to the view's left edge
 * @param originY world pixels from the top of the world to the view's top edge
 */
record Viewport(double zoom, double originX, double originY, double width, double height) {

    double scale() {
        return Mercator.worldPixels(zoom);
    }

    double screenX(double lon) {
        return Mercator.x(lon) * scale() - originX;
    }

    double screenY(double lat) {
        return Mercator.y(lat) * scale() - originY;
    }

    double lon(double screenX) {
        return Mercator.lon((screenX + originX) / scale());
    }

    double lat(double screenY) {
        return Mercator.lat((screenY + originY) / scale());
    }

    GeoBounds bounds() {
        double s = Math.max(-Mercator.MAX_LAT, lat(height));
        double n = Math.min(Mercator.MAX_LAT, lat(0));
        double w = Math.max(-180, lon(0));
        double e = Math.min(180, lon(width));
        return new GeoBounds(Math.min(s, n), Math.min(w, e), n, e);
    }
}
