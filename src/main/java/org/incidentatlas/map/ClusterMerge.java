package org.incidentatlas.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Counted clusters whose discs would overlap become one. Clusters are the means of the incidents in fixed grid
 * cells, so two neighbouring cells can put their discs (up to 45 px across for thousands) on top of each other
 * and their counts over each other ("1.7k" under "33"). Merged largest first into the larger one, at the
 * members' mean; each cell's position comes from world coordinates alone, so a pan still does not reshuffle.
 */
final class ClusterMerge {

    /** Room kept between two discs, in pixels. */
    private static final double GAP = 2;

    private ClusterMerge() {
    }

    /**
     * The clusters to draw, as {x, y, count}, from the cells holding more than {@code smallest} incidents
     * ({@code count[c]} of them, their screen positions summing to {@code sumX[c]}, {@code sumY[c]}).
     */
    static List<double[]> merge(int[] count, double[] sumX, double[] sumY, int smallest) {
        List<double[]> cells = new ArrayList<>(); // {sumX, sumY, count}
        for (int c = 0; c < count.length; c++) {
            if (count[c] > smallest) {
                cells.add(new double[] {sumX[c], sumY[c], count[c]});
            }
        }
        cells.sort(Comparator.<double[]>comparingDouble(c -> -c[2]).thenComparingDouble(c -> c[0] / c[2])
                .thenComparingDouble(c -> c[1] / c[2]));
        List<double[]> kept = new ArrayList<>();
        for (double[] c : cells) {
            double[] into = null;
            for (double[] k : kept) {
                if (overlap(k, c)) {
                    into = k;
                    break;
                }
            }
            if (into == null) {
                kept.add(c.clone());
            } else {
                into[0] += c[0];
                into[1] += c[1];
                into[2] += c[2];
            }
        }
        // a merge moves and grows a disc: merge again until no two overlap (a few rounds at most)
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int i = 0; i < kept.size() && !changed; i++) {
                for (int j = i + 1; j < kept.size(); j++) {
                    if (overlap(kept.get(i), kept.get(j))) {
                        double[] a = kept.get(i);
                        double[] b = kept.remove(j);
                        a[0] += b[0];
                        a[1] += b[1];
                        a[2] += b[2];
                        changed = true;
                        break;
                    }
                }
            }
        }
        List<double[]> out = new ArrayList<>(kept.size());
        for (double[] k : kept) {
            out.add(new double[] {k[0] / k[2], k[1] / k[2], k[2]});
        }
        return out;
    }

    private static boolean overlap(double[] a, double[] b) {
        double d = Math.hypot(a[0] / a[2] - b[0] / b[2], a[1] / a[2] - b[1] / b[2]);
        return d < IncidentPainter.clusterRadius((int) a[2]) + IncidentPainter.clusterRadius((int) b[2]) + GAP;
    }
}
