package org.incidentatlas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import org.incidentatlas.map.basemap.MapLabel;
import org.incidentatlas.map.basemap.MbtilesSource;
import org.incidentatlas.map.geo.Mercator;

/**
 * The basemap's names, drawn above the incident layer's marks after them, so they give way: a name whose
 * planned spot would cover a marker, a stack, a cluster, a centre, a centre tag or a stack's name is moved
 * around its place (right, left, above, below, a little further out each round) or, when no spot is free,
 * left out for this view. The tiles keep the place dots, under the markers. Names are placed most important
 * first, so a moved town name never pushes a capital out.
 *
 * <p>A name the records spell otherwise near the same spot (the data's Makhmour for the basemap's Mexmur) is
 * lettered as the records spell it ({@link RecordSpellings}); one that a stack's name beside it already says
 * is not written twice. Where the analyst's MBTiles raster covers the map its own names show, so the bundled
 * ones are not drawn over it. Each name's lettering is a small picture made once (Java2D, as the tiles letter
 * them) and kept, so a redraw only copies pictures.
 */
final class PlaceLabelPainter {

    /** Room kept clear around a name, in pixels: from marks, and (wider, so two names do not read as one) from text. */
    private static final double PAD = 1.5;
    private static final double TEXT_PAD = 5;
    private static final int PICTURES = 4000;
    /**
     * A stack's name this close to a place (its marker on the place's dot) already says the place's name; one
     * further off (a district centroid a few km away) does not, and the basemap's name stays by its dot.
     */
    private static final double SAID_NEAR = 30;
    private static final double[] GAPS = {0, 8, 16, 26, 38};

    /** A name as drawn this time: its text box on screen (for tests and checks). */
    record Drawn(String text, double x0, double y0, double x1, double y1) {
    }

    private final Map<String, Image> pictures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > PICTURES;
        }
    };
    private final List<Drawn> drawn = new ArrayList<>();
    private final Map<String, String> looseNames = new HashMap<>();

    /**
     * Draws the names of {@code plan} (made for zoom {@code planZoom}) that fall in the view, where they cover
     * nothing in {@code hits} or {@code taken}; adds each to {@code taken}.
     */
    void draw(GraphicsContext g, Viewport v, List<MapLabel> plan, int planZoom, HitIndex hits, ScreenBoxes taken,
              RecordSpellings spellings, MbtilesSource raster, int density) {
        drawn.clear();
        if (plan == null) {
            return;
        }
        double planScale = Mercator.worldPixels(planZoom);
        double scale = v.scale();
        for (MapLabel planned : plan) {
            double px = planned.placeX() * scale - v.originX();
            double py = planned.placeY() * scale - v.originY();
            double reach = planned.width() + 40;
            if (px < -reach || py < -reach || px > v.width() + reach || py > v.height() + reach
                    || underRaster(raster, planZoom, planned)) {
                continue;
            }
            MapLabel l = planned;
            if (planned.point() && spellings != null) {
                String own = spellings.spellingOf(planned, planned.text(), planned.placeX(), planned.placeY());
                if (own != null) {
                    l = planned.respelled(own);
                }
            }
            if (l.point() && taken.saysNear(looseNames.computeIfAbsent(l.text(), RecordSpellings::loose), px, py, SAID_NEAR)) {
                continue; // a stack's name beside the place says it already
            }
            // where the plan put it, relative to its place, then the other spots
            double ox = l.textBox().getX() - planned.placeX() * planScale;
            double oy = l.textBox().getY() - planned.placeY() * planScale;
            double[] spot = l == planned ? free(px + ox, py + oy, l, hits, taken, v) : null;
            if (spot == null) {
                spot = l.point() ? around(px, py, l, hits, taken, v) : shifted(px + ox, py + oy, l, hits, taken, v);
            }
            if (spot != null) {
                paint(g, l, spot[0], spot[1], density);
                double w = l.width();
                double h = l.ascent() + l.descent();
                taken.add(l.text(), spot[0], spot[1], spot[0] + w, spot[1] + h);
                drawn.add(new Drawn(l.text(), spot[0], spot[1], spot[0] + w, spot[1] + h));
            }
        }
    }

    /** The names drawn by the last {@link #draw}. */
    List<Drawn> drawn() {
        return List.copyOf(drawn);
    }

    private static boolean underRaster(MbtilesSource raster, int zoom, MapLabel l) {
        if (raster == null) {
            return false;
        }
        long n = 1L << zoom;
        return raster.covers(zoom, (long) Math.floor(l.placeX() * n), (long) Math.floor(l.placeY() * n));
    }

    /** Right, left, above and below the place, a little further out each round, clear of its dot or symbol. */
    private static double[] around(double px, double py, MapLabel l, HitIndex hits, ScreenBoxes taken, Viewport v) {
        double w = l.width();
        double a = l.ascent();
        double d = l.descent();
        double r = Math.max(l.dotR(), 2) + 3;
        for (double extra : GAPS) {
            double gap = r + extra;
            double[][] spots = {{px + gap, py - (a + d) / 2}, {px - gap - w, py - (a + d) / 2},
                {px - w / 2, py - gap - a - d}, {px - w / 2, py + gap}};
            for (double[] s : spots) {
                double[] ok = free(s[0], s[1], l, hits, taken, v);
                if (ok != null) {
                    return ok;
                }
            }
        }
        return null;
    }

    /** An area's name: on its point, else a line or two above or below. */
    private static double[] shifted(double x, double y, MapLabel l, HitIndex hits, ScreenBoxes taken, Viewport v) {
        double h = l.ascent() + l.descent();
        for (double shift : new double[] {-1.6, 1.6, -3.2, 3.2}) {
            double[] ok = free(x, y + shift * h, l, hits, taken, v);
            if (ok != null) {
                return ok;
            }
        }
        return null;
    }

    /** The spot's top-left corner when the name there covers nothing and is at least partly in view, else null. */
    private static double[] free(double x, double y, MapLabel l, HitIndex hits, ScreenBoxes taken, Viewport v) {
        double x1 = x + l.width();
        double y1 = y + l.ascent() + l.descent();
        if (x1 < 0 || y1 < 0 || x > v.width() || y > v.height()) {
            return null;
        }
        if (hits.overlapsAny(x - PAD, y - PAD, x1 + PAD, y1 + PAD)
                || taken.meets(x - TEXT_PAD, y - PAD, x1 + TEXT_PAD, y1 + PAD)) {
            return null;
        }
        return new double[] {x, y};
    }

    private void paint(GraphicsContext g, MapLabel l, double x, double y, int density) {
        String key = l.text() + '\u0000' + l.style() + '\u0000' + density;
        Image picture = pictures.computeIfAbsent(key, k -> SwingFXUtils.toFXImage(l.picture(density), null));
        g.drawImage(picture, x - MapLabel.PAD, y - MapLabel.PAD, picture.getWidth() / density,
                picture.getHeight() / density);
    }
}
