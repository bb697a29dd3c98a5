package org.incidentatlas.map.density;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.incidentatlas.map.geo.Mercator;
import org.junit.jupiter.api.Test;

class HexBinsTest {

    static Incident at(String id, double lat, double lon, Casualties killed) {
        return new Incident(id, "t " + id, "Attack", LocalDate.of(2016, 1, 1), null, DatePrecision.DAY, "p", "Kirkuk",
                lat, lon, GeoPrecision.EXACT, null, List.of(), killed, null, "", List.of(), List.of(), "");
    }

    @Test
    void theCountsAddUpToTheListAtEveryZoom() {
        Random r = new Random(15);
        List<Incident> list = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            list.add(at("i" + i, 33 + r.nextDouble() * 4, 42 + r.nextDouble() * 4, i % 3 == 0 ? null : Casualties.exactly(i % 7)));
        }
        WeightedPoints count = WeightedPoints.of(list, DensityStyle.Weight.COUNT);
        WeightedPoints killed = WeightedPoints.of(list, DensityStyle.Weight.KILLED);
        double killedTotal = list.stream().filter(i -> i.killed() != null).mapToInt(i -> i.killed().low()).sum();
        for (int zoom = 3; zoom <= 14; zoom++) {
            assertEquals(5000, HexBins.of(count, zoom, 18).total(), 0, "zoom " + zoom);
            assertEquals(killedTotal, HexBins.of(killed, zoom, 18).total(), 0, "zoom " + zoom);
        }
    }

    @Test
    void pointsInOneHexagonAreCountedTogetherAndItsCentreIsWhereTheGridSays() {
        double zoom = 8;
        double radius = 20;
        double s = Mercator.worldPixels(zoom);
        // hexagon (q 1000, r 800): centre at radius * (sqrt3 q + sqrt3/2 r), radius * 1.5 r
        double cx = radius * (Math.sqrt(3) * 1000 + Math.sqrt(3) / 2 * 800);
        double cy = radius * 1.5 * 800;
        double[] x = {cx / s, (cx + 5) / s, (cx - 8) / s, (cx + radius * Math.sqrt(3)) / s};
        double[] y = {cy / s, (cy - 6) / s, (cy + 9) / s, cy / s};
        HexBins bins = HexBins.of(WeightedPoints.projected(x, y, new double[] {1, 1, 1, 1}), zoom, radius);
        assertEquals(2, bins.size());
        int middle = bins.at(cx, cy);
        assertEquals(3, bins.value(middle), 0);
        assertEquals(cx, bins.centreX(middle), 1e-6);
        assertEquals(cy, bins.centreY(middle), 1e-6);
        int next = bins.at(cx + radius * Math.sqrt(3), cy);
        assertNotEquals(middle, next);
        assertEquals(1, bins.value(next), 0);
        assertEquals(3, bins.max(), 0);
    }

    @Test
    void theClassesHoldTheHighestCountAndStayFew() {
        assertEquals(List.of(1.0), DensityScale.classBounds(1));
        assertEquals(List.of(1.0, 2.0, 5.0, 10.0, 20.0), DensityScale.classBounds(17));
        List<Double> many = DensityScale.classBounds(2_300_000);
        assertEquals(5_000_000.0, many.get(many.size() - 1), 0);
        assertEquals(true, many.size() <= 7);
        assertEquals(0, DensityScale.classOf(1, many));
    }

    @Test
    void theHexKeyNamesEachClass() {
        DensityScale.Key key = DensityScale.hexKey(DensityStyle.of(DensityStyle.Kind.HEX), 17);
        assertEquals("Incidents per hexagon", key.title());
        assertEquals(List.of("1", "2", "3\u20135", "6\u201310", "11\u201320"), key.steps().stream().map(DensityScale.Step::label).toList());
    }
}
