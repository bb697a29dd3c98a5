package org.incidentatlas.map;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.FillRule;

/**
 * The uncertainty rings of one redraw. Hundreds of district- or province-precision events share one centroid
 * and one radius: drawn one by one, their see-through fills stacked into a solid wash over a city. So the rings
 * are gathered first and drawn together:
 * <ul>
 *   <li>the same ring (same centre and radius, to the pixel) is drawn once;</li>
 *   <li>the fills of all rings up to {@link #FILL_MAX} px are one path filled once with the non-zero rule: the
 *       union of the discs gets one faint tint, however many overlap, so the map under them always shows;</li>
 *   <li>a ring larger than that, or one holding the whole view, is an outline only: at a city's scale a
 *       province-wide ring says "somewhere out there", and a fill would cover the whole view; and when more
 *       than {@link #MAX_OUTLINES} such outlines cross the view, none is drawn (their markers' dashed edges
 *       say it), so they never weave a web over the map;</li>
 *   <li>every ring keeps its dashed outline in its type's colour, so the precision stays visible.</li>
 * </ul>
 */
final class RingPainter {

    /** Rings smaller than this (radius, px) sit under the marker itself: not drawn. */
    static final double MIN_RADIUS = 8;
    /** Rings larger than this (radius, px) are outlines only. */
    static final double FILL_MAX = 160;
    /**
     * More outline-only rings than this crossing the view are not drawn at all: at zoom 11 over Mosul a dozen
     * district rings 250 px and more across crossed into a web over the city. Their markers carry the dashed
     * edge that says "an area, not a point" ({@link MarkerPen#coarse}), so the precision still shows.
     */
    static final int MAX_OUTLINES = 3;
    /** The one tint of the union of the filled rings: the wash can never be darker than this. */
    static final Color FILL = Color.web("#4A5A70", 0.07);

    private record Ring(double x, double y, double r, Color colour) {
    }

    private final List<Ring> rings = new ArrayList<>();
    private final Set<Long> seen = new HashSet<>();

    void clear() {
        rings.clear();
        seen.clear();
    }

    /** Adds a ring of radius {@code r} px about (x, y); one already added at the same pixel and size is skipped. */
    void add(double x, double y, double r, Color colour) {
        if (r < MIN_RADIUS) {
            return;
        }
        long key = (Math.round(x) & 0xFFFFFL) << 40 | (Math.round(y) & 0xFFFFFL) << 20 | (Math.round(r) & 0xFFFFFL);
        if (seen.add(key ^ ((long) colour.hashCode() << 7))) {
            rings.add(new Ring(x, y, r, colour));
        }
    }

    int size() {
        return rings.size();
    }

    /** Draws the rings added since {@link #clear}; returns how many were drawn as outlines only. */
    int draw(GraphicsContext g, double width, double height) {
        if (rings.isEmpty()) {
            return 0;
        }
        g.beginPath();
        boolean anyFill = false;
        for (Ring ring : rings) {
            if (filled(ring, width, height)) {
                // all arcs the same way round, so with the non-zero rule overlaps are inside once: a union
                g.moveTo(ring.x + ring.r, ring.y);
                g.arc(ring.x, ring.y, ring.r, ring.r, 0, 360);
                g.closePath();
                anyFill = true;
            }
        }
        if (anyFill) {
            g.setFillRule(FillRule.NON_ZERO);
            g.setFill(FILL);
            g.fill();
        }
        int outlines = 0;
        for (Ring ring : rings) {
            if (ring.r > FILL_MAX && visible(ring, width, height)) {
                outlines++;
            }
        }
        boolean outlinesShown = outlines <= MAX_OUTLINES;
        g.beginPath();
        g.setLineWidth(1.2);
        g.setLineDashes(5, 4);
        for (Ring ring : rings) {
            if (visible(ring, width, height) && (ring.r <= FILL_MAX || outlinesShown)) {
                // a ring wider than the fill limit is context, not the subject: a lighter line
                boolean large = ring.r > FILL_MAX;
                g.setLineWidth(large ? 1 : 1.2);
                g.setStroke(ring.colour.deriveColor(0, 1, 0.85, large ? 0.4 : 0.7));
                g.strokeArc(ring.x - ring.r, ring.y - ring.r, 2 * ring.r, 2 * ring.r, 0, 360, ArcType.OPEN);
            }
        }
        g.setLineDashes((double[]) null);
        return outlinesShown ? outlines : 0;
    }

    private static boolean filled(Ring ring, double width, double height) {
        return ring.r <= FILL_MAX && !holdsView(ring, width, height);
    }

    /** True when the whole view lies inside the ring: its outline is off screen and a fill would cover all. */
    static boolean holdsView(double x, double y, double r, double width, double height) {
        double far = 0;
        for (double[] c : new double[][] {{0, 0}, {width, 0}, {0, height}, {width, height}}) {
            far = Math.max(far, Math.hypot(c[0] - x, c[1] - y));
        }
        return far < r;
    }

    private static boolean holdsView(Ring ring, double width, double height) {
        return holdsView(ring.x, ring.y, ring.r, width, height);
    }

    /** The outline crosses the view (a ring wholly off screen or wholly around it draws nothing). */
    private static boolean visible(Ring ring, double width, double height) {
        double nx = Math.max(0, Math.min(width, ring.x));
        double ny = Math.max(0, Math.min(height, ring.y));
        return Math.hypot(nx - ring.x, ny - ring.y) <= ring.r && !holdsView(ring, width, height);
    }
}
