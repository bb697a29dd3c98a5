package org.incidentatlas.map.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.incidentatlas.map.geo.Mercator;
import org.junit.jupiter.api.Test;

/** The grid lookup answers what the plain scan over every area's rings answers, including on and near edges. */
class AreaIndexTest {

    @Test
    void gridLookupAgreesWithTheScanEverywhere() {
        SplittableRandom r = new SplittableRandom(15);
        for (AdminAreas.Level level : AdminAreas.Level.values()) {
            AdminAreas areas = AdminAreas.bundled(level);
            int inside = 0;
            // random points over Iraq and around it
            for (int i = 0; i < 200_000; i++) {
                double x = Mercator.x(37.5 + r.nextDouble() * 12);
                double y = Mercator.y(28 + r.nextDouble() * 10);
                int expected = areas.areaOfByScan(x, y);
                assertEquals(expected, areas.areaOf(x, y), level + " at " + x + "," + y);
                inside += expected >= 0 ? 1 : 0;
            }
            assertTrue(inside > 50_000, "the sample reaches into the areas: " + inside);
            // the vertices themselves and points a hair beside them, where the rings' edges are
            for (int a = 0; a < areas.size(); a++) {
                Feature f = areas.feature(a);
                for (int p = 0; p < f.partCount(); p++) {
                    double[] ring = f.part(p);
                    for (int k = 0; k < ring.length; k += 2 * Math.max(1, ring.length / 400)) {
                        for (double d : new double[] {0, 1e-9, -1e-9, 1e-7}) {
                            double x = ring[k] + d;
                            double y = ring[k + 1] - d;
                            assertEquals(areas.areaOfByScan(x, y), areas.areaOf(x, y), level + " near vertex of " + areas.name(a));
                        }
                    }
                }
            }
        }
    }

    @Test
    void farAwayAndInvalidPointsAreOutside() {
        AdminAreas areas = AdminAreas.bundled(AdminAreas.Level.DISTRICT);
        assertEquals(-1, areas.areaOf(Mercator.x(0), Mercator.y(0)));
        assertEquals(-1, areas.areaOf(Double.NaN, 0.3));
        assertTrue(areas.areaOf(Mercator.x(44.392), Mercator.y(35.468)) >= 0, "Kirkuk city lies in a district");
    }
}
