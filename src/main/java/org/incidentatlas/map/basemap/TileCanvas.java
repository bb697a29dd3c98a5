package org.incidentatlas.map.basemap;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Path2D;
import java.util.List;
import org.incidentatlas.map.geo.Mercator;

/** One tile being drawn: turns projected features into pixel paths, skipping what lies off the tile. */
final class TileCanvas {

    /** Vertices closer than this to the previous one (in pixels) add nothing visible and are skipped. */
    private static final double MIN_STEP_SQ = 0.35 * 0.35;
    /** Margin around the tile, in pixels, so wide strokes and halos just outside still reach in. */
    private static final double MARGIN = 24;

    final Graphics2D g;
    final int zoom;
    final double scale;
    final double originX;
    final double originY;
    final double x0;
    final double y0;
    final double x1;
    final double y1;

    TileCanvas(Graphics2D g, int zoom, long tileX, long tileY) {
        this.g = g;
        this.zoom = zoom;
        this.scale = Mercator.worldPixels(zoom);
        this.originX = tileX * (double) Mercator.TILE_SIZE;
        this.originY = tileY * (double) Mercator.TILE_SIZE;
        this.x0 = (originX - MARGIN) / scale;
        this.y0 = (originY - MARGIN) / scale;
        this.x1 = (originX + Mercator.TILE_SIZE + MARGIN) / scale;
        this.y1 = (originY + Mercator.TILE_SIZE + MARGIN) / scale;
    }

    boolean touches(Feature f) {
        return f.intersects(x0, y0, x1, y1);
    }

    /** The feature as a pixel path, or null when none of it reaches this tile. */
    Path2D path(Feature f) {
        if (!touches(f)) {
            return null;
        }
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        boolean any = false;
        for (int p = 0; p < f.partCount(); p++) {
            if (f.partIntersects(p, x0, y0, x1, y1)) {
                append(path, f.part(p), f.isArea());
                any = true;
            }
        }
        return any ? path : null;
    }

    private void append(Path2D.Double path, double[] xy, boolean close) {
        double lastX = xy[0] * scale - originX;
        double lastY = xy[1] * scale - originY;
        path.moveTo(lastX, lastY);
        int n = xy.length;
        for (int i = 2; i < n; i += 2) {
            double x = xy[i] * scale - originX;
            double y = xy[i + 1] * scale - originY;
            double dx = x - lastX;
            double dy = y - lastY;
            if (dx * dx + dy * dy >= MIN_STEP_SQ || i == n - 2) {
                path.lineTo(x, y);
                lastX = x;
                lastY = y;
            }
        }
        if (close) {
            path.closePath();
        }
    }

    void fill(Feature f, Color colour) {
        Shape s = path(f);
        if (s != null) {
            g.setColor(colour);
            g.fill(s);
        }
    }

    void stroke(Feature f, Stroke stroke, Color colour) {
        Shape s = path(f);
        if (s != null) {
            g.setStroke(stroke);
            g.setColor(colour);
            g.draw(s);
        }
    }

    void strokeAll(List<Feature> features, Stroke stroke, Color colour) {
        for (Feature f : features) {
            stroke(f, stroke, colour);
        }
    }

    /** x in tile pixels of a world-unit x. */
    double px(double worldX) {
        return worldX * scale - originX;
    }

    double py(double worldY) {
        return worldY * scale - originY;
    }
}
