package org.incidentatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clusters at region zoom: no two discs (and so no two counts) on top of each other, and no incident lost. */
class ClusterMergeTest {

    @Test
    void overlappingDiscsBecomeOneAtTheirMembersMean() {
        // a city's 1,700 events in one cell and 33 just across the cell edge, 20 px away; 5 far off
        int[] count = {1700, 33, 5, 3};
        double[] sumX = {1700 * 100.0, 33 * 120.0, 5 * 400.0, 3 * 105.0};
        double[] sumY = {1700 * 100.0, 33 * 100.0, 5 * 400.0, 3 * 100.0};
        List<double[]> drawn = ClusterMerge.merge(count, sumX, sumY, 4);
        assertEquals(2, drawn.size(), "the two overlapping ones are one; the far one stays; 3 are markers");
        double[] city = drawn.stream().filter(c -> c[2] > 100).findFirst().orElseThrow();
        assertEquals(1733, city[2], "no incident lost");
        assertEquals((1700 * 100.0 + 33 * 120.0) / 1733, city[0], 1e-9);
        for (int i = 0; i < drawn.size(); i++) {
            for (int j = i + 1; j < drawn.size(); j++) {
                double[] a = drawn.get(i);
                double[] b = drawn.get(j);
                assertTrue(Math.hypot(a[0] - b[0], a[1] - b[1])
                        >= IncidentPainter.clusterRadius((int) a[2]) + IncidentPainter.clusterRadius((int) b[2]));
            }
        }
    }

    @Test
    void aChainOfNeighboursEndsWithNoOverlapLeft() {
        int n = 12;
        int[] count = new int[n];
        double[] sumX = new double[n];
        double[] sumY = new double[n];
        for (int c = 0; c < n; c++) {
            count[c] = 10 + c * 7;
            sumX[c] = count[c] * (50 + c * 24.0); // 24 px apart: each disc meets the next
            sumY[c] = count[c] * (80 + (c % 2) * 10.0);
        }
        List<double[]> drawn = ClusterMerge.merge(count, sumX, sumY, 4);
        assertEquals(Arrays.stream(count).sum(), drawn.stream().mapToDouble(c -> c[2]).sum(), 1e-9);
        for (int i = 0; i < drawn.size(); i++) {
            for (int j = i + 1; j < drawn.size(); j++) {
                double[] a = drawn.get(i);
                double[] b = drawn.get(j);
                assertTrue(Math.hypot(a[0] - b[0], a[1] - b[1])
                        >= IncidentPainter.clusterRadius((int) a[2]) + IncidentPainter.clusterRadius((int) b[2]),
                        "discs " + i + " and " + j + " overlap");
            }
        }
    }
}
