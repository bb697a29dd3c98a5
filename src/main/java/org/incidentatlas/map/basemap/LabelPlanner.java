package org.incidentatlas.map.basemap;

import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
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

    LabelPlanner(BasemapData data) {
        List<Candidate> c = new ArrayList<>();
        for (Feature f : data.places) {
            int rank = (int) f.number("rank", 12);
            c.add(new Candidate(f.text("name"), LabelStyle.forPlaceRank(rank), f.x(), f.y(), 0, 99, rank, -1));
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

    List<MapLabel> plan(int zoom) {
        return plans.computeIfAbsent(zoom, this::place);
    }

    private List<MapLabel> place(int zoom) {
        double scale = Mercator.worldPixels(zoom);
        int maxRank = BasemapStyle.maxPlaceRank(zoom);
        List<MapLabel> placed = new ArrayList<>();
        List<Rectangle2D> taken = new ArrayList<>();
        for (Candidate c : candidates) {
            if (zoom < c.minZoom() || zoom > c.maxZoom() || (c.point() && c.rank() > maxRank) || c.text() == null) {
                continue;
            }
            TextLayout layout = c.style().layout(c.text());
            double w = layout.getAdvance();
            double ascent = layout.getAscent();
            double descent = layout.getDescent();
            double px = c.x() * scale;
            double py = c.y() * scale;
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
            double r = LabelStyle.dotRadius(c.rank());
            Rectangle2D dot = new Rectangle2D.Double(px - r, py - r, 2 * r, 2 * r);
            if (!free(dot, taken)) {
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
                    placed.add(label(c, layout, s[0], s[1], box.createUnion(dot), px, py, r));
                    break;
                }
            }
        }
        return List.copyOf(placed);
    }

    private static MapLabel label(Candidate c, TextLayout layout, double x, double y, Rectangle2D box,
                                  double dotX, double dotY, double dotR) {
        Rectangle2D bounds = new Rectangle2D.Double(box.getX() - 3, box.getY() - 3, box.getWidth() + 6,
                box.getHeight() + 6);
        Rectangle2D text = new Rectangle2D.Double(x, y - layout.getAscent(), layout.getAdvance(),
                layout.getAscent() + layout.getDescent());
        return new MapLabel(c.text(), layout.getOutline(new AffineTransform()), x, y, bounds, text, c.style().colour,
                LabelStyle.HALO, dotX, dotY, dotR);
    }

    private static boolean free(Rectangle2D box, List<Rectangle2D> taken) {
        double x0 = box.getMinX() - PAD;
        double y0 = box.getMinY() - PAD;
        double x1 = box.getMaxX() + PAD;
        double y1 = box.getMaxY() + PAD;
        for (Rectangle2D t : taken) {
            if (t.getMaxX() > x0 && t.getMinX() < x1 && t.getMaxY() > y0 && t.getMinY() < y1) {
                return false;
            }
        }
        return true;
    }
}
