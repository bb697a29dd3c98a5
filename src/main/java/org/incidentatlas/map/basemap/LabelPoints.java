package org.incidentatlas.map.basemap;

import java.awt.geom.Path2D;

/** Where an area's name goes: the centroid of its largest ring, or, when that falls outside, a point inside. */
final class LabelPoints {

    private LabelPoints() {
    }

    /** x, y in world units and the width of the largest ring, which caps how long the name may be. */
    static double[] of(Feature f) {
        double[] ring = largestRing(f);
        double a = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i + 3 < ring.length; i += 2) {
            double cross = ring[i] * ring[i + 3] - ring[i + 2] * ring[i + 1];
            a += cross;
            cx += (ring[i] + ring[i + 2]) * cross;
            cy += (ring[i + 1] + ring[i + 3]) * cross;
        }
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < ring.length; i += 2) {
            minX = Math.min(minX, ring[i]);
            maxX = Math.max(maxX, ring[i]);
            if (i == 0) {
                path.moveTo(ring[i], ring[i + 1]);
            } else {
                path.lineTo(ring[i], ring[i + 1]);
            }
        }
        cx /= 3 * a;
        cy /= 3 * a;
        if (!path.contains(cx, cy)) {
            cx = widestSpanMiddle(ring, cy, cx);
        }
        return new double[] {cx, cy, maxX - minX};
    }

    private static double[] largestRing(Feature f) {
        double[] best = f.part(0);
        double bestArea = 0;
        for (int p = 0; p < f.partCount(); p++) {
            double[] r = f.part(p);
            double a = 0;
            for (int i = 0; i + 3 < r.length; i += 2) {
                a += r[i] * r[i + 3] - r[i + 2] * r[i + 1];
            }
            if (Math.abs(a) > bestArea) {
                bestArea = Math.abs(a);
                best = r;
            }
        }
        return best;
    }

    /** The middle of the widest stretch of the ring's inside along the line y. */
    private static double widestSpanMiddle(double[] ring, double y, double fallback) {
        java.util.List<Double> xs = new java.util.ArrayList<>();
        for (int i = 0; i + 3 < ring.length; i += 2) {
            double y0 = ring[i + 1];
            double y1 = ring[i + 3];
            if ((y0 <= y) != (y1 <= y)) {
                xs.add(ring[i] + (y - y0) / (y1 - y0) * (ring[i + 2] - ring[i]));
            }
        }
        xs.sort(null);
        double best = -1;
        double mid = fallback;
        for (int i = 0; i + 1 < xs.size(); i += 2) {
            if (xs.get(i + 1) - xs.get(i) > best) {
                best = xs.get(i + 1) - xs.get(i);
                mid = (xs.get(i) + xs.get(i + 1)) / 2;
            }
        }
        return mid;
    }
}
