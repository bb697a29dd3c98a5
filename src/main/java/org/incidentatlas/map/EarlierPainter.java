package org.incidentatlas.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws a playback's earlier frames faded: each incident a small dot in its type's colour at under half its
 * strength, under the current frame's markers. One dot per 3 px cell at most: 100,000 earlier incidents over a
 * city are a few thousand cells, so the draw stays within a frame however long the playback has run.
 */
final class EarlierPainter {

    /** How strong a faded dot is: plain against the basemap, yet never taken for a current marker. */
    static final double ALPHA = 0.45;
    static final double RADIUS = 3.5;
    private static final int CELL = 3;

    private EarlierPainter() {
    }

    /** Draws {@code p} for view {@code v} (the canvas is not cleared); returns how many of them are in view. */
    static int paint(GraphicsContext g, Viewport v, EarlierPoints p) {
        if (p.size() == 0) {
            return 0;
        }
        int cols = (int) Math.ceil(v.width() / CELL) + 1;
        int rows = (int) Math.ceil(v.height() / CELL) + 1;
        boolean[] taken = new boolean[cols * rows];
        double s = v.scale();
        double d = 2 * RADIUS;
        int inView = 0;
        Color last = null;
        g.save();
        g.setGlobalAlpha(ALPHA);
        for (int i = 0; i < p.size(); i++) {
            double sx = p.x[i] * s - v.originX();
            double sy = p.y[i] * s - v.originY();
            if (sx < -RADIUS || sy < -RADIUS || sx > v.width() + RADIUS || sy > v.height() + RADIUS) {
                continue;
            }
            inView++;
            int cx = (int) Math.max(0, Math.min(cols - 1, sx / CELL));
            int cy = (int) Math.max(0, Math.min(rows - 1, sy / CELL));
            int cell = cy * cols + cx;
            if (taken[cell]) {
                continue;
            }
            taken[cell] = true;
            if (p.colour[i] != last) {
                last = p.colour[i];
                g.setFill(last);
            }
            g.fillOval(sx - RADIUS, sy - RADIUS, d, d);
        }
        g.restore();
        return inView;
    }

    /** The legend's symbol: three faded dots. */
    static void symbol(GraphicsContext g) {
        g.save();
        g.setGlobalAlpha(ALPHA + 0.15);
        g.setFill(Color.web("#CC3311"));
        g.fillOval(2, 8, 6, 6);
        g.setFill(Color.web("#EE7733"));
        g.fillOval(9, 4, 6, 6);
        g.setFill(Color.web("#0077BB"));
        g.fillOval(10, 11, 6, 6);
        g.restore();
    }
}
