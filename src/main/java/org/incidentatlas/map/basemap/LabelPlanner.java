package org.incidentatlas.map.basemap;

import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.incidentatlas.map.geo.Mercator;

/**
 * Places the names for a whole zoom level at once, most important first, dropping any that would overlap one
 * already placed. Doing it per zoom rather than per tile is what lets a name cross a tile edge without being
 * cut off or drawn twice differently. A plan is made once per zoom and kept.
 */
final class LabelPlanner {

    /** Room kept clear around every name, in pixels. */
    private static final double PAD = 2.5;

    private record Candidate(String text, LabelStyle style, double x, double y, int minZoom, int maxZoom,
                             int rank, double areaWidth) {
        boolean point() {
            return areaWidth < 0;
        }
    }

    private final List<Candidate> candidates;
    private final Map<Integer, List<MapLabel>> plans = new ConcurrentHashMap<>();
    private final Map<Candidate, Lettering> letterings = new ConcurrentHashMap<>();

    LabelPlanner(BasemapData data) {
        List<Candidate> c = new ArrayList<>();
        for (Feature f : data.places) {
            int rank = (int) f.number("rank", 12);
            c.add(new Candidate(f.text("name"), LabelStyle.forPlaceRank(rank), f.x(), f.y(), 0, 99, rank, -1));
        }
        for (Feature f : data.worldPlaces) {
            if (!data.inBox(f.x(), f.y())) { // inside it the Iraq places, with their local spellings
                int rank = worldPlaceRank(f);
                c.add(new Candidate(f.text("name"), LabelStyle.forPlaceRank(rank), f.x(), f.y(), 0, 99, rank, -1));
            }
        }
        for (Feature f : data.airports) {
            String name = f.text("name");
            if (name != null) {
                // named from zoom 11, beside the symbol the tile draws; below villages in importance
                c.add(new Candidate(name + " airport", LabelStyle.AIRPORT, f.x(), f.y(), 11, 99, 13, -1));
            }
        }
        for (Feature f : data.world) {
            double[] p = LabelPoints.of(f);
            c.add(new Candidate(f.text("name").toUpperCase(Locale.ROOT), LabelStyle.COUNTRY, p[0], p[1], 3, 6, 3,
                    p[2]));
        }
        double[] kr = LabelPoints.of(data.kurdistanRegion);
        c.add(new Candidate("KURDISTAN REGION", LabelStyle.KURDISTAN, kr[0], kr[1], 6, 8, 5, kr[2]));
        for (Feature f : data.provinces) {
            if ("IRQ".equals(f.text("iso_a3"))) {
                double[] p = LabelPoints.of(f);
                c.add(new Candidate(f.text("name").toUpperCase(Locale.ROOT), LabelStyle.GOVERNORATE, p[0], p[1], 7,
                        9, 9, p[2]));
            }
        }
        for (Feature f : data.districts) {
            double[] p = LabelPoints.of(f);
            c.add(new Candidate(f.text("name").toUpperCase(Locale.ROOT), LabelStyle.DISTRICT, p[0], p[1],
                    TileRenderer.DISTRICT_ZOOM + 1, 12, 11, p[2]));
        }
        for (Feature f : data.lakes) {
            String name = f.text("name");
            double km2 = f.number("area_km2", 0);
            if (name != null && km2 > 20) {
                double[] p = LabelPoints.of(f);
                int from = km2 > 1000 ? 7 : km2 > 300 ? 8 : 9;
                c.add(new Candidate(name.replaceAll("\\s*\\(.*\\)", ""), LabelStyle.LAKE, p[0], p[1], from, 99, 10,
                        p[2] * 1.6));
            }
        }
        // Most important first, by rank: capitals (1-2), countries (3), cities, the region (5), towns,
        // governorates (9), lakes (10), districts (11) and villages.
        c.sort(Comparator.comparingInt(Candidate::rank).thenComparing(Candidate::text));
        this.candidates = List.copyOf(c);
    }

    /**
     * A Natural Earth place's rank on the Iraq layer's scale (1 capital ... 12 village), from the zoom Natural
     * Earth says it should first be named at, so the world's towns thin out with zoom as Iraq's do.
     */
    static int worldPlaceRank(Feature f) {
        String kind = f.text("featurecla");
        if (kind != null && kind.startsWith("Admin-0 capital")) {
            return 2;
        }
        double minZoom = f.number("min_zoom", 10);
        return (int) Math.max(3, Math.min(12, Math.round(minZoom + 0.5)));
    }

    /** The plan for {@code zoom} if it has been made, else null (it is made by the first tile of that zoom). */
    List<MapLabel> planIfMade(int zoom) {
        return plans.get(zoom);
    }

    List<MapLabel> plan(int zoom) {
        return plans.computeIfAbsent(zoom, this::place);
    }

    private List<MapLabel> place(int zoom) {
        double scale = Mercator.worldPixels(zoom);
        int maxRank = BasemapStyle.maxPlaceRank(zoom);
        List<MapLabel> placed = new ArrayList<>();
        Taken taken = new Taken();
        for (Candidate c : candidates) {
            if (zoom < c.minZoom() || zoom > c.maxZoom() || (c.point() && c.rank() > maxRank && c.rank() <= 12)
                    || c.text() == null) {
                continue;
            }
            double px = c.x() * scale;
            double py = c.y() * scale;
            double r = LabelStyle.dotRadius(c.rank());
            Rectangle2D dot = new Rectangle2D.Double(px - r, py - r, 2 * r, 2 * r);
            if (c.point() && !free(dot, taken)) {
                continue; // checked before the lettering is worked out: most small places end here
            }
            Lettering layout = letterings.computeIfAbsent(c, Lettering::of);
            double w = layout.advance();
            double ascent = layout.ascent();
            double descent = layout.descent();
            if (!c.point()) {
                if (w > c.areaWidth() * scale) {
                    continue; // the area is too small at this zoom to hold its name
                }
                // centred on the area's point, else a line or two above or below it
                double x = px - w / 2;
                for (double shift : new double[] {0, -1.6, 1.6, -3.2, 3.2}) {
                    double y = py + (ascent - descent) / 2 + shift * (ascent + descent);
                    Rectangle2D box = new Rectangle2D.Double(x, y - ascent, w, ascent + descent);
                    if (free(box, taken)) {
                        taken.add(box);
                        placed.add(label(c, layout, x, y, box, 0, 0, 0));
                        break;
                    }
                }
                continue;
            }
            double gap = r + 3;
            double mid = py + (ascent - descent) / 2;
            double[][] spots = {
                {px + gap, mid}, {px - gap - w, mid}, {px - w / 2, py - gap - descent}, {px - w / 2, py + gap + ascent}};
            for (double[] s : spots) {
                Rectangle2D box = new Rectangle2D.Double(s[0], s[1] - ascent, w, ascent + descent);
                if (free(box, taken)) {
                    taken.add(box);
                    taken.add(dot);
                    placed.add(label(c, layout, s[0], s[1], box.createUnion(dot), px, py, c.rank() > 12 ? 0 : r));
                    break;
                }
            }
        }
        return List.copyOf(placed);
    }

    private static MapLabel label(Candidate c, Lettering layout, double x, double y, Rectangle2D box,
                                  double dotX, double dotY, double dotR) {
        Rectangle2D bounds = new Rectangle2D.Double(box.getX() - 3, box.getY() - 3, box.getWidth() + 6,
                box.getHeight() + 6);
        Rectangle2D text = new Rectangle2D.Double(x, y - layout.ascent(), layout.advance(),
                layout.ascent() + layout.descent());
        return new MapLabel(c.text(), layout.outline(), x, y, bounds, text, c.style().colour,
                LabelStyle.HALO, dotX, dotY, dotR, c.style(), c.x(), c.y(), c.point(), layout.ascent(),
                layout.descent());
    }

    /** A name's letters as a shape and its measures: the same at every zoom, so worked out once per name. */
    private record Lettering(Shape outline, double advance, double ascent, double descent) {
        static Lettering of(Candidate c) {
            TextLayout layout = c.style().layout(c.text());
            return new Lettering(layout.getOutline(new AffineTransform()), layout.getAdvance(), layout.getAscent(),
                    layout.getDescent());
        }
    }

    private static boolean free(Rectangle2D box, Taken taken) {
        return taken.free(box.getMinX() - PAD, box.getMinY() - PAD, box.getMaxX() + PAD, box.getMaxY() + PAD);
    }

    /**
     * The boxes placed so far, in a grid of cells in world pixels, so a name is checked against its neighbours
     * only: the whole world's thousands of names are placed in a few tens of milliseconds, not seconds.
     */
    private static final class Taken {
        private static final double CELL = 256;
        private final Map<Long, List<Rectangle2D>> cells = new HashMap<>();

        void add(Rectangle2D box) {
            for (long i = cell(box.getMinX()); i <= cell(box.getMaxX()); i++) {
                for (long j = cell(box.getMinY()); j <= cell(box.getMaxY()); j++) {
                    cells.computeIfAbsent(key(i, j), k -> new ArrayList<>(4)).add(box);
                }
            }
        }

        boolean free(double x0, double y0, double x1, double y1) {
            for (long i = cell(x0); i <= cell(x1); i++) {
                for (long j = cell(y0); j <= cell(y1); j++) {
                    for (Rectangle2D t : cells.getOrDefault(key(i, j), List.of())) {
                        if (t.getMaxX() > x0 && t.getMinX() < x1 && t.getMaxY() > y0 && t.getMinY() < y1) {
                            return false;
                        }
                    }
                }
            }
            return true;
        }

        private static long cell(double v) {
            return (long) Math.floor(v / CELL);
        }

        private static long key(long i, long j) {
            return (i << 32) ^ (j & 0xFFFFFFFFL);
        }
    }
}
