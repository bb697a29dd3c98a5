package org.incidentatlas.map.density;

import org.incidentatlas.map.geo.Mercator;

/**
 * A map view as the density views need it, without JavaFX: the zoom, the world pixel at the view's top-left
 * corner, its size in pixels.
 */
public record ViewBox(double zoom, double originX, double originY, double width, double height) {

    public double scale() {
        return Mercator.worldPixels(zoom);
    }

    /** Ground metres per pixel at the view's middle latitude (what the scale bar shows too). */
    public double metresPerPixel() {
        double midLat = Mercator.lat((originY + height / 2) / scale());
        return Mercator.metresPerPixel(midLat, zoom);
    }
}
