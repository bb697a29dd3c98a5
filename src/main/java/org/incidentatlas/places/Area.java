package org.incidentatlas.places;

import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.model.Geo;

/**
 * An administrative area's outline: polygons, each an outer ring and its holes, as {@code lon, lat} pairs in one
 * array per ring. Answers what the lookup needs: whether a point is inside, a point that is surely inside (to
 * place an incident "somewhere in" the area), and how far the area reaches from that point.
 */
final class Area {

    /** Each polygon's rings; ring 0 is the outer one. */
    private final List<double[][]> polygons;
    private final double minLon;
    private final double minLat;
    private final double maxLon;
    private final double maxLat;

    Area(List<double[][]> polygons) {
        if (polygons.isEmpty()) {
            throw new IllegalArgumentException("an area needs a polygon");
        }
        this.polygons = List.copyOf(polygons);
        double x0 = Double.POSITIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (double[][] p : polygons) {
            double[] outer = p[0];
            for (int i = 0; i < outer.length; i += 2) {
                x0 = Math.min(x0, outer[i]);
                x1 = Math.max(x1, outer[i]);
                y0 = Math.min(y0, outer[i + 1]);
                y1 = Math.max(y1, outer[i + 1]);
            }
        }
        minLon = x0;
        minLat = y0;
        maxLon = x1;
        maxLat = y1;
    }

    /** Even-odd rule over each polygon's rings, so a hole is outside; a point on the edge may fall either way. */
    boolean contains(double lat, double lon) {
        if (lon < minLon || lon > maxLon || lat < minLat || lat > maxLat) {
            return false;
        }
        for (double[][] p : polygons) {
            boolean inside = false;
            for (double[] ring : p) {
                if (crossings(ring, lon, lat) % 2 == 1) {
                    inside = !inside;
                }
            }
            if (inside) {
                return true;
            }
        }
        return false;
    }

    private static int crossings(double[] ring, double x, double y) {
        int n = 0;
        int count = ring.length / 2;
        for (int i = 0, j = count - 1; i < count; j = i++) {
            double xi = ring[2 * i];
            double yi = ring[2 * i + 1];
            double xj = ring[2 * j];
            double yj = ring[2 * j + 1];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                n++;
            }
        }
        return n;
    }

    /**
     * A point inside the area, {lat, lon}: the centroid of its largest polygon when that lies inside it (most
     * areas), else the middle of the widest stretch of the polygon along the parallel through the centroid (a
     * crescent or a U-shaped district, whose centroid and bounding-box centre fall outside).
     */
    double[] interiorPoint() {
        double[][] largest = polygons.get(0);
        double best = -1;
        for (double[][] p : polygons) {
            double a = Math.abs(signedArea(p[0]));
            if (a > best) {
                best = a;
                largest = p;
            }
        }
        double[] c = centroid(largest[0]);
        if (contains(c[0], c[1])) {
            return c;
        }
        double[] along = widestStretch(largest, c[0]);
        if (along != null) {
            return along;
        }
        // a parallel that only grazes a vertex: any parallel strictly between the extremes crosses the polygon
        double mid = (minLat + maxLat) / 2;
        along = widestStretch(largest, mid + (maxLat - minLat) * 1e-3);
        return along != null ? along : new double[] {largest[0][1], largest[0][0]};
    }

    /** {lat, lon} of the middle of the widest inside stretch of the parallel {@code lat}, or null if it misses. */
    private static double[] widestStretch(double[][] polygon, double lat) {
        List<Double> xs = new ArrayList<>();
        for (double[] ring : polygon) {
            int count = ring.length / 2;
            for (int i = 0, j = count - 1; i < count; j = i++) {
                double yi = ring[2 * i + 1];
                double yj = ring[2 * j + 1];
                if ((yi > lat) != (yj > lat)) {
                    double xi = ring[2 * i];
                    double xj = ring[2 * j];
                    xs.add(xi + (lat - yi) * (xj - xi) / (yj - yi));
                }
            }
        }
        xs.sort(null);
        double bestWidth = 0;
        double[] out = null;
        for (int k = 0; k + 1 < xs.size(); k += 2) {
            double w = xs.get(k + 1) - xs.get(k);
            if (w > bestWidth) {
                bestWidth = w;
                out = new double[] {lat, (xs.get(k) + xs.get(k + 1)) / 2};
            }
        }
        return out;
    }

    /** The farthest the area's outline gets from {@code lat, lon}, km: where in the area an event may be. */
    double reachKm(double lat, double lon) {
        double far = 0;
        for (double[][] p : polygons) {
            double[] outer = p[0];
            for (int i = 0; i < outer.length; i += 2) {
                far = Math.max(far, Geo.distanceKm(lat, lon, outer[i + 1], outer[i]));
            }
        }
        return far;
    }

    /** The area in km², from the rings projected to the plane at their mean latitude (ample at this scale). */
    double areaKm2() {
        double total = 0;
        for (double[][] p : polygons) {
            for (int r = 0; r < p.length; r++) {
                double a = Math.abs(signedArea(p[r])) * kmPerDegree2((minLat + maxLat) / 2);
                total += r == 0 ? a : -a;
            }
        }
        return total;
    }

    private static double kmPerDegree2(double lat) {
        double kmPerDegree = Math.toRadians(Geo.EARTH_RADIUS_KM);
        return kmPerDegree * kmPerDegree * Math.cos(Math.toRadians(lat));
    }

    /** Shoelace formula in degrees² (sign by orientation). */
    private static double signedArea(double[] ring) {
        double s = 0;
        int count = ring.length / 2;
        for (int i = 0, j = count - 1; i < count; j = i++) {
            s += ring[2 * j] * ring[2 * i + 1] - ring[2 * i] * ring[2 * j + 1];
        }
        return s / 2;
    }

    /** {lat, lon} of a ring's area centroid; its vertices' mean when it has no area. */
    private static double[] centroid(double[] ring) {
        double a = signedArea(ring);
        int count = ring.length / 2;
        if (Math.abs(a) < 1e-12) {
            double sx = 0;
            double sy = 0;
            for (int i = 0; i < count; i++) {
                sx += ring[2 * i];
                sy += ring[2 * i + 1];
            }
            return new double[] {sy / count, sx / count};
        }
        double cx = 0;
        double cy = 0;
        for (int i = 0, j = count - 1; i < count; j = i++) {
            double cross = ring[2 * j] * ring[2 * i + 1] - ring[2 * i] * ring[2 * j + 1];
            cx += (ring[2 * j] + ring[2 * i]) * cross;
            cy += (ring[2 * j + 1] + ring[2 * i + 1]) * cross;
        }
        return new double[] {cy / (6 * a), cx / (6 * a)};
    }
}
