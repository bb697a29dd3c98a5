package org.incidentatlas.map.density;

import java.util.Arrays;

/**
 * Incidents (or killed) counted per hexagon of a grid fixed to the world at one zoom: pointy-top hexagons of
 * {@code radius} screen pixels laid over the world's pixels at that zoom, so a pan moves them with the map and
 * only a zoom (or a new list) bins again. Every point is binned, not only those in view, so the counts always
 * add up to the list's total.
 */
public final class HexBins {

    private static final double SQRT3 = Math.sqrt(3);

    private final double zoom;
    private final double radius;
    private final int[] q;
    private final int[] r;
    private final double[] value;
    private final double max;

    private HexBins(double zoom, double radius, int[] q, int[] r, double[] value) {
        this.zoom = zoom;
        this.radius = radius;
        this.q = q;
        this.r = r;
        this.value = value;
        double m = 0;
        for (double v : value) {
            m = Math.max(m, v);
        }
        max = m;
    }

    /** Bins every point at {@code zoom} into hexagons of {@code radius} px. */
    public static HexBins of(WeightedPoints points, double zoom, double radius) {
        double scale = ViewBoxes.scale(zoom);
        LongDoubleTable table = new LongDoubleTable(Math.max(16, points.size() / 8));
        double[] x = points.x;
        double[] y = points.y;
        double[] w = points.w;
        for (int i = 0; i < x.length; i++) {
            if (w[i] != 0) {
                table.add(key(x[i] * scale, y[i] * scale, radius), w[i]);
            }
        }
        int n = table.size();
        int[] q = new int[n];
        int[] r = new int[n];
        double[] v = new double[n];
        int[] at = {0};
        table.forEach((k, value) -> {
            q[at[0]] = (int) (k >> 32);
            r[at[0]] = (int) k;
            v[at[0]] = value;
            at[0]++;
        });
        return new HexBins(zoom, radius, q, r, v);
    }

    /** The hexagon holding world pixel (px, py): axial coordinates, cube-rounded, packed in a long. */
    static long key(double px, double py, double radius) {
        double fq = (SQRT3 / 3 * px - py / 3) / radius;
        double fr = (2.0 / 3 * py) / radius;
        double fs = -fq - fr;
        long rq = Math.round(fq);
        long rr = Math.round(fr);
        long rs = Math.round(fs);
        double dq = Math.abs(rq - fq);
        double dr = Math.abs(rr - fr);
        double ds = Math.abs(rs - fs);
        if (dq > dr && dq > ds) {
            rq = -rr - rs;
        } else if (dr > ds) {
            rr = -rq - rs;
        }
        return (rq << 32) | (rr & 0xFFFFFFFFL);
    }

    /** The zoom these bins are for. */
    public double zoom() {
        return zoom;
    }

    public double radius() {
        return radius;
    }

    /** How many hexagons hold something. */
    public int size() {
        return value.length;
    }

    /** The centre of hexagon {@code i} in world pixels at {@link #zoom()}. */
    public double centreX(int i) {
        return radius * (SQRT3 * q[i] + SQRT3 / 2 * r[i]);
    }

    public double centreY(int i) {
        return radius * 1.5 * r[i];
    }

    /** What hexagon {@code i} counts (incidents, or killed). */
    public double value(int i) {
        return value[i];
    }

    /** The largest count of one hexagon. */
    public double max() {
        return max;
    }

    /** The sum over every hexagon. */
    public double total() {
        return Arrays.stream(value).sum();
    }

    /** Whether these are the bins {@code points} would give at {@code zoom} and {@code radius}: nothing to redo. */
    public boolean isFor(double z, double rad) {
        return zoom == z && radius == rad;
    }

    /** The hexagon (index) that holds world pixel (px, py) at this zoom, or -1 when it counts nothing. */
    public int at(double px, double py) {
        long k = key(px, py, radius);
        int qk = (int) (k >> 32);
        int rk = (int) k;
        for (int i = 0; i < q.length; i++) {
            if (q[i] == qk && r[i] == rk) {
                return i;
            }
        }
        return -1;
    }
}
