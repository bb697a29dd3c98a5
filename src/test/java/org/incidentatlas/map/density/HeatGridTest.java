package org.incidentatlas.map.density;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.incidentatlas.map.geo.Mercator;
import org.junit.jupiter.api.Test;

class HeatGridTest {

    /** A 600 x 400 view at zoom 10 with its middle near Kirkuk. */
    private static final ViewBox VIEW = view(35.47, 44.39, 10, 600, 400);

    static ViewBox view(double lat, double lon, double zoom, double w, double h) {
        double s = Mercator.worldPixels(zoom);
        return new ViewBox(zoom, Math.floor(Mercator.x(lon) * s - w / 2), Math.floor(Mercator.y(lat) * s - h / 2), w, h);
    }

    /** The radius (km) that is exactly {@code px} screen pixels in {@code v}. */
    static double km(ViewBox v, double px) {
        return px * v.metresPerPixel() / 1000;
    }

    /** World units of the centre of cell (col, row) of a grid of {@code cell} px over {@code v}. */
    static double[] cellCentre(ViewBox v, double cell, int col, int row) {
        return new double[] {(v.originX() + (col + 0.5) * cell) / v.scale(), (v.originY() + (row + 0.5) * cell) / v.scale()};
    }

    @Test
    void twoIncidentsGiveTheHandComputedDensityAtACell() {
        double radiusPx = 120; // cells of 10 px, 12 taps each side
        double radiusKm = km(VIEW, radiusPx);
        double[] a = cellCentre(VIEW, 10, 20, 15);
        double[] b = cellCentre(VIEW, 10, 23, 11); // 3 cells right and 4 up: 50 px away
        HeatGrid g = HeatGrid.compute(WeightedPoints.projected(new double[] {a[0], b[0]}, new double[] {a[1], b[1]},
                new double[] {1, 2}), VIEW, radiusKm);
        assertEquals(10, g.cell(), 1e-9);
        // the kernel by hand: sigma = radius / 3 = 40 px; weights exp(-d^2 / (2 sigma^2)) at whole cells, normalised
        double sum = 0;
        for (int k = -12; k <= 12; k++) {
            sum += Math.exp(-(k * 10.0) * (k * 10.0) / (2 * 40.0 * 40.0));
        }
        double cellKm2 = Math.pow(10 * VIEW.metresPerPixel() / 1000, 2);
        double fromA = 1 * 1.0 / (sum * sum);
        double fromB = 2 * Math.exp(-(30.0 * 30.0 + 40.0 * 40.0) / (2 * 40.0 * 40.0)) / (sum * sum);
        assertEquals((fromA + fromB) * 100 / cellKm2, g.value(20, 15), 1e-9 * g.value(20, 15));
        // and a cell farther than the radius from both is untouched
        assertEquals(0, g.value(50, 15), 0);
    }

    @Test
    void theSurfaceHoldsTheWeightBinnedWhereTheRadiusIsInside() {
        double[] a = cellCentre(VIEW, 5, 60, 40);
        HeatGrid g = HeatGrid.compute(WeightedPoints.projected(new double[] {a[0]}, new double[] {a[1]}, new double[] {3}),
                VIEW, km(VIEW, 60));
        double total = 0;
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                total += g.value(c, r);
            }
        }
        assertEquals(3, total * HeatGrid.cellKm2(VIEW, g.cell()) / 100, 1e-9);
        assertEquals(g.value(60, 40), g.max(), 0);
    }

    @Test
    void anIncidentJustOutsideTheViewWarmsItsEdgeAndOneBeyondTheRadiusDoesNot() {
        double radiusKm = km(VIEW, 60);
        double[] near = {(VIEW.originX() - 20) / VIEW.scale(), (VIEW.originY() + 200) / VIEW.scale()};
        double[] far = {(VIEW.originX() - 70) / VIEW.scale(), (VIEW.originY() + 200) / VIEW.scale()};
        HeatGrid warm = HeatGrid.compute(WeightedPoints.projected(new double[] {near[0]}, new double[] {near[1]}, new double[] {1}), VIEW, radiusKm);
        HeatGrid cold = HeatGrid.compute(WeightedPoints.projected(new double[] {far[0]}, new double[] {far[1]}, new double[] {1}), VIEW, radiusKm);
        assertTrue(warm.value(0, (int) (200 / warm.cell())) > 0);
        assertEquals(0, cold.max(), 0);
    }

    @Test
    void theSameGroundDensityAtEveryZoom() {
        // one incident; the density at its cell stays per 100 km2 whether the view is near or far
        double lat = 35.47;
        double lon = 44.39;
        double at9 = peak(view(lat, lon, 9, 600, 400), lat, lon);
        double at11 = peak(view(lat, lon, 11, 600, 400), lat, lon);
        // a Gaussian of sigma = 30/3 km peaks at 100 / (2 pi 10^2) per 100 km2; cells are a twelfth of the radius
        double expected = 100 / (2 * Math.PI * 100);
        assertEquals(expected, at9, expected * 0.1);
        assertEquals(expected, at11, expected * 0.1);
    }

    private static double peak(ViewBox v, double lat, double lon) {
        return HeatGrid.compute(WeightedPoints.projected(new double[] {Mercator.x(lon)}, new double[] {Mercator.y(lat)},
                new double[] {1}), v, 30).max();
    }

    @Test
    void aKernelSmallerThanACellLeavesEachIncidentInItsCell() {
        ViewBox far = view(35.47, 44.39, 4, 600, 400);
        double[] a = cellCentre(far, HeatGrid.MIN_CELL, 100, 60);
        HeatGrid g = HeatGrid.compute(WeightedPoints.projected(new double[] {a[0]}, new double[] {a[1]}, new double[] {1}), far, 1);
        assertEquals(HeatGrid.MIN_CELL, g.cell(), 0);
        assertEquals(100 / HeatGrid.cellKm2(far, g.cell()), g.value(100, 60), 1e-9);
        assertEquals(0, g.value(101, 60), 0);
    }
}
