package org.incidentatlas.map.basemap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A grid over the areas' extent that makes point-in-area a lookup. Scanning every area's box and then every
 * vertex of the candidates cost 14-21 s for a million incidents (districts have thousands of vertices each).
 *
 * <p>A cell that no edge's box touches lies wholly inside one area or outside all, so its answer is worked out
 * once, at its centre. Only cells an edge passes near keep a candidate list (the areas in the order the scan
 * would try them), and each candidate's even-odd test then runs over the edges of its horizontal band alone: an
 * edge can only flip the parity of a ray at height y if its y-range holds y, so the result is the full scan's,
 * bit for bit, at a few dozen edges instead of thousands.
 */
final class AreaIndex {

    private static final int CELLS = 256;
    private static final int BANDS = 1024;
    /** In {@link #cell}: a cell with a candidate list; other values are the answer itself (-1 outside). */
    private static final int MIXED = Integer.MIN_VALUE;

    private final List<Feature> areas;
    private final double x0;
    private final double y0;
    private final double cellW;
    private final double cellH;
    private final int[] cell = new int[CELLS * CELLS];
    private final int[][] candidates = new int[CELLS * CELLS][];
    private final Bands[] bands;

    AreaIndex(List<Feature> areas) {
        this.areas = areas;
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Feature f : areas) {
            minX = Math.min(minX, f.minX());
            minY = Math.min(minY, f.minY());
            maxX = Math.max(maxX, f.maxX());
            maxY = Math.max(maxY, f.maxY());
        }
        if (areas.isEmpty()) {
            minX = minY = 0;
            maxX = maxY = 1;
        }
        x0 = minX;
        y0 = minY;
        cellW = Math.max(maxX - minX, 1e-12) / CELLS;
        cellH = Math.max(maxY - minY, 1e-12) / CELLS;
        bands = new Bands[areas.size()];
        for (int a = 0; a < areas.size(); a++) {
            bands[a] = new Bands(areas.get(a));
        }
        build();
    }

    private void build() {
        // which areas have an edge near each cell (an edge's box, widened to whole cells)
        boolean[][] touched = new boolean[areas.size()][];
        for (int a = 0; a < areas.size(); a++) {
            touched[a] = new boolean[CELLS * CELLS];
            Feature f = areas.get(a);
            for (int p = 0; p < f.partCount(); p++) {
                double[] r = f.part(p);
                int n = r.length / 2;
                for (int i = 0, j = n - 1; i < n; j = i++) {
                    int cx0 = clamp(Math.floor((Math.min(r[2 * i], r[2 * j]) - x0) / cellW) - 1);
                    int cx1 = clamp(Math.floor((Math.max(r[2 * i], r[2 * j]) - x0) / cellW) + 1);
                    int cy0 = clamp(Math.floor((Math.min(r[2 * i + 1], r[2 * j + 1]) - y0) / cellH) - 1);
                    int cy1 = clamp(Math.floor((Math.max(r[2 * i + 1], r[2 * j + 1]) - y0) / cellH) + 1);
                    for (int cy = cy0; cy <= cy1; cy++) {
                        Arrays.fill(touched[a], cy * CELLS + cx0, cy * CELLS + cx1 + 1, true);
                    }
                }
            }
        }
        List<Integer> list = new ArrayList<>();
        for (int cy = 0; cy < CELLS; cy++) {
            for (int cx = 0; cx < CELLS; cx++) {
                int c = cy * CELLS + cx;
                double mx = x0 + (cx + 0.5) * cellW;
                double my = y0 + (cy + 0.5) * cellH;
                list.clear();
                int answer = -1;
                for (int a = 0; a < areas.size(); a++) {
                    Feature f = areas.get(a);
                    if (f.maxX() < x0 + cx * cellW || f.minX() > x0 + (cx + 1) * cellW
                            || f.maxY() < y0 + cy * cellH || f.minY() > y0 + (cy + 1) * cellH) {
                        continue;
                    }
                    if (touched[a][c]) {
                        list.add(a);
                    } else if (bands[a].contains(mx, my)) {
                        // no edge of this area comes near: the whole cell is inside it, and the scan stops here
                        answer = a;
                        break;
                    }
                }
                if (list.isEmpty()) {
                    cell[c] = answer;
                } else {
                    if (answer >= 0) {
                        list.add(answer);
                    }
                    cell[c] = MIXED;
                    candidates[c] = list.stream().mapToInt(Integer::intValue).toArray();
                }
            }
        }
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(CELLS - 1, v));
    }

    /** The first area (in the list's order) holding (x, y), or -1. */
    int areaOf(double x, double y) {
        double gx = (x - x0) / cellW;
        double gy = (y - y0) / cellH;
        if (!(gx >= 0 && gy >= 0 && gx <= CELLS && gy <= CELLS)) {
            return scan(x, y); // outside the grid: outside every box too, unless on its far edge
        }
        int c = Math.min((int) gy, CELLS - 1) * CELLS + Math.min((int) gx, CELLS - 1);
        if (cell[c] != MIXED) {
            return cell[c];
        }
        for (int a : candidates[c]) {
            Feature f = areas.get(a);
            if (x >= f.minX() && x <= f.maxX() && y >= f.minY() && y <= f.maxY() && bands[a].contains(x, y)) {
                return a;
            }
        }
        return -1;
    }

    private int scan(double x, double y) {
        for (int i = 0; i < areas.size(); i++) {
            Feature f = areas.get(i);
            if (x >= f.minX() && x <= f.maxX() && y >= f.minY() && y <= f.maxY() && bands[i].contains(x, y)) {
                return i;
            }
        }
        return -1;
    }

    /** One area's edges filed by horizontal band of its box: the even-odd test over the band's edges alone. */
    private static final class Bands {
        private final double minY;
        private final double bandH;
        /** Per band: edge coordinates xi, yi, xj, yj in the order the rings list them. */
        private final double[][] edges = new double[BANDS][];

        Bands(Feature f) {
            minY = f.minY();
            bandH = Math.max(f.maxY() - f.minY(), 1e-12) / BANDS;
            int[] count = new int[BANDS];
            forEachEdge(f, (b, xi, yi, xj, yj) -> count[b] += 4);
            for (int b = 0; b < BANDS; b++) {
                edges[b] = new double[count[b]];
            }
            int[] fill = new int[BANDS];
            forEachEdge(f, (b, xi, yi, xj, yj) -> {
                double[] e = edges[b];
                int k = fill[b];
                e[k] = xi;
                e[k + 1] = yi;
                e[k + 2] = xj;
                e[k + 3] = yj;
                fill[b] = k + 4;
            });
        }

        private interface EdgeSink {
            void edge(int band, double xi, double yi, double xj, double yj);
        }

        private void forEachEdge(Feature f, EdgeSink sink) {
            for (int p = 0; p < f.partCount(); p++) {
                double[] r = f.part(p);
                int n = r.length / 2;
                for (int i = 0, j = n - 1; i < n; j = i++) {
                    double yi = r[2 * i + 1];
                    double yj = r[2 * j + 1];
                    int b0 = band(Math.min(yi, yj));
                    int b1 = band(Math.max(yi, yj));
                    for (int b = b0; b <= b1; b++) {
                        sink.edge(b, r[2 * i], yi, r[2 * j], yj);
                    }
                }
            }
        }

        private int band(double y) {
            return (int) Math.max(0, Math.min(BANDS - 1, Math.floor((y - minY) / bandH)));
        }

        boolean contains(double x, double y) {
            double[] e = edges[band(y)];
            boolean inside = false;
            for (int k = 0; k < e.length; k += 4) {
                double xi = e[k];
                double yi = e[k + 1];
                double xj = e[k + 2];
                double yj = e[k + 3];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
            return inside;
        }
    }
}
