package org.incidentatlas.map.density;

import org.incidentatlas.map.geo.Mercator;

/** Small helpers shared by the density views. */
final class ViewBoxes {

    private ViewBoxes() {
    }

    static double scale(double zoom) {
        return Mercator.worldPixels(zoom);
    }
}
