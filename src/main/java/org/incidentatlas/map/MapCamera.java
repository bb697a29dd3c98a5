package org.incidentatlas.map;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.maps.MapView;
import org.incidentatlas.map.geo.Mercator;

/**
 * Moves Gluon's map. {@code MapView.setZoom} re-centres on the last {@code setCenter} (not where a drag has
 * moved the map since) and ignores a value equal to its last one, so the camera works on the tile group's
 * translation and its pivot zoom directly: the view is then always exactly what these methods say.
 */
final class MapCamera {

    static final double MIN_ZOOM = 3;
    static final double MAX_ZOOM = 14;

    private final MapView view;
    private final BaseMap base;
    private double[] pending;

    MapCamera(MapView view, BaseMap base) {
        this.view = view;
        this.base = base;
    }

    Viewport viewport() {
        return new Viewport(zoom(), -base.getTranslateX(), -base.getTranslateY(), view.getWidth(), view.getHeight());
    }

    double zoom() {
        return base.zoom().get();
    }

    boolean ready() {
        return view.getWidth() > 0 && view.getHeight() > 0 && view.getScene() != null;
    }

    /** Centres the map on (lat, lon) at {@code zoom}; before the map has a size, as soon as it has one. */
    void setView(double lat, double lon, double zoom) {
        double z = clamp(zoom);
        if (!ready()) {
            pending = new double[] {lat, lon, z};
            return;
        }
        pending = null;
        double w = view.getWidth();
        double h = view.getHeight();
        if (z != zoom()) {
            base.zoom(z - zoom(), w / 2, h / 2);
        }
        double scale = Mercator.worldPixels(z);
        base.setTranslateX(w / 2 - Mercator.x(lon) * scale);
        base.setTranslateY(h / 2 - Mercator.y(lat) * scale);
        base.moveX(0); // only to make Gluon load the tiles for the new view
    }

    /** Applies a view asked for before the map had a size. */
    void applyPending() {
        if (pending != null && ready()) {
            setView(pending[0], pending[1], pending[2]);
        }
    }

    /** Zooms by {@code dz} levels keeping the point under (x, y) still, within the zoom range. */
    void zoomAt(double dz, double x, double y) {
        double target = clamp(Math.round(zoom() + dz));
        if (target != zoom()) {
            base.zoom(target - zoom(), x, y);
        }
    }

    void panBy(double dx, double dy) {
        base.moveX(dx);
        base.moveY(dy);
    }

    double centerLat() {
        return viewport().lat(view.getHeight() / 2);
    }

    double centerLon() {
        return viewport().lon(view.getWidth() / 2);
    }

    static double clamp(double zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }
}
