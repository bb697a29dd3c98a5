package org.incidentatlas.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Places the briefing's incident numbers so that no two overlap: each number goes on a small tag beside its
 * marker, or, where that spot is taken, further out on a ring of spots with a leader line back to the marker.
 * Pure geometry on screen pixels, so it is tested without drawing.
 */
final class NumberPlacer {

    /** How many rings of spots are tried, each {@link #RING_STEP} tag heights further out. */
    static final int RINGS = 24;
    static final double RING_STEP = 0.9;
    /** Spots per ring: the first ring is the eight compass points, then more as the ring grows. */
    private static final int FIRST_SPOTS = 8;

    /** A number's tag: its box (x, y of the top left corner, width, height) and whether it needs a leader line. */
    record Tag(int number, double x, double y, double w, double h, double pointX, double pointY, boolean leader) {

        boolean overlaps(double ox, double oy, double ow, double oh) {
            return x < ox + ow && x + w > ox && y < oy + oh && y + h > oy;
        }

        boolean overlaps(Tag t) {
            return overlaps(t.x, t.y, t.w, t.h);
        }
    }

    /** What is to be placed: the number, where its marker is, and the marker's radius. */
    record Wanted(int number, double x, double y, double markerRadius) { }

    private NumberPlacer() {
    }

    /**
     * Tags for every wanted number, in the order given, none overlapping another nor the markers of the others
     * where a free spot exists, all inside {@code width} x {@code height} when they fit. A number whose point is
     * outside the view is left out (the key says so).
     *
     * @param tagHeight the tag's height; its width follows the number's digits
     */
    static List<Tag> place(List<Wanted> wanted, double width, double height, double tagHeight) {
        return place(wanted, width, height, tagHeight, List.of());
    }

    /** The same, keeping off {@code keepOff} (boxes: x, y, width, height) where a free spot exists. */
    static List<Tag> place(List<Wanted> wanted, double width, double height, double tagHeight, List<double[]> keepOff) {
        List<Tag> placed = new ArrayList<>(wanted.size());
        for (Wanted w : wanted) {
            if (w.x() < 0 || w.y() < 0 || w.x() > width || w.y() > height) {
                continue;
            }
            double tw = tagWidth(w.number(), tagHeight);
            Tag best = null;
            for (int ring = 0; ring < RINGS && best == null; ring++) {
                double d = w.markerRadius() + 1 + ring * RING_STEP * tagHeight;
                int spots = FIRST_SPOTS * (1 + ring / 3);
                for (int s = 0; s < spots && best == null; s++) {
                    // start at the upper right, where a label is read first, and go round
                    double a = -Math.PI / 4 + 2 * Math.PI * s / spots;
                    double cx = w.x() + Math.cos(a) * (d + tw / 2);
                    double cy = w.y() + Math.sin(a) * (d + tagHeight / 2);
                    Tag t = new Tag(w.number(), cx - tw / 2, cy - tagHeight / 2, tw, tagHeight, w.x(), w.y(), ring > 0);
                    if (t.x() >= 0 && t.y() >= 0 && t.x() + tw <= width && t.y() + tagHeight <= height
                            && free(t, placed, wanted, keepOff)) {
                        best = t;
                    }
                }
            }
            if (best == null) {
                best = anywhereFree(w, tw, tagHeight, width, height, placed);
            }
            if (best != null) {
                placed.add(best);
            }
        }
        return placed;
    }

    /** A tag's width for a number of so many digits: the digits at about 0.62 of the height each, and padding. */
    static double tagWidth(int number, double tagHeight) {
        return tagHeight * (0.5 + 0.62 * Integer.toString(number).length());
    }

    private static boolean free(Tag t, List<Tag> placed, List<Wanted> markers, List<double[]> keepOff) {
        for (double[] b : keepOff) {
            if (t.overlaps(b[0], b[1], b[2], b[3])) {
                return false;
            }
        }
        for (Tag p : placed) {
            if (t.overlaps(p)) {
                return false;
            }
        }
        for (Wanted m : markers) {
            double r = m.markerRadius();
            if (t.overlaps(m.x() - r, m.y() - r, 2 * r, 2 * r)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The last resort in a crowded view: the free spot nearest the point on a grid over the whole view, ignoring
     * markers (numbers must still not overlap each other). Null only when the view is full of tags.
     */
    private static Tag anywhereFree(Wanted w, double tw, double th, double width, double height, List<Tag> placed) {
        Tag best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (double y = 0; y + th <= height; y += th / 2) {
            for (double x = 0; x + tw <= width; x += tw / 2) {
                double d = Math.hypot(x + tw / 2 - w.x(), y + th / 2 - w.y());
                if (d < bestD) {
                    Tag t = new Tag(w.number(), x, y, tw, th, w.x(), w.y(), true);
                    boolean clear = true;
                    for (Tag p : placed) {
                        if (t.overlaps(p)) {
                            clear = false;
                            break;
                        }
                    }
                    if (clear) {
                        best = t;
                        bestD = d;
                    }
                }
            }
        }
        return best;
    }
}
