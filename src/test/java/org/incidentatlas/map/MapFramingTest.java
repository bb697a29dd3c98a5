package org.incidentatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.incidentatlas.map.geo.Mercator;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;

/** The view arithmetic the window's "zoom to all" and the briefing share. Plain JUnit: no map is built. */
class MapFramingTest {

    private static final List<Incident> BUNDLED = MapTestSupport.bundled().incidents();

    private static boolean allInside(Viewport v, List<Incident> incidents) {
        return incidents.stream().allMatch(i -> v.screenX(i.lon()) >= 0 && v.screenX(i.lon()) <= v.width()
                && v.screenY(i.lat()) >= 0 && v.screenY(i.lat()) <= v.height());
    }

    @Test
    void fittingShowsEveryRecordAtTheClosestWholeZoomThatDoes() {
        MapFraming f = MapFraming.fitting(BUNDLED, 1544, 892);
        assertEquals(9, f.zoom());
        assertTrue(allInside(f.viewport(1544, 892), BUNDLED));
        MapFraming closer = new MapFraming(f.lat(), f.lon(), f.zoom() + 1);
        assertTrue(!allInside(closer.viewport((int) (1544 * 0.8), (int) (892 * 0.8)), BUNDLED),
                "one zoom closer, the incidents would not fit inside the margin");
    }

    @Test
    void oneRecordStopsAtZoom12AndNoneShowsTheDataArea() {
        assertEquals(MapFraming.MAX_FIT_ZOOM, MapFraming.fitting(BUNDLED.subList(0, 1), 800, 500).zoom());
        MapFraming none = MapFraming.fitting(List.of(), 800, 500);
        assertTrue(none.zoom() <= 6 && none.lat() > 29 && none.lat() < 39, none.toString());
    }

    @Test
    void aResizedViewKeepsTheCentreAndZoomsOutOnlyAsFarAsItMust() {
        MapFraming now = new MapFraming(35.5, 44.4, 9);
        assertEquals(now, now.resizedFor(1000, 600, 1000, 600));
        assertEquals(9, now.resizedFor(1000, 600, 1544, 892).zoom(), "a larger map shows more at the same zoom");
        assertEquals(8, now.resizedFor(1000, 600, 500, 300).zoom(), "half the size: one level out");
        assertEquals(8, now.resizedFor(1000, 600, 999, 600).zoom(), "a pixel less: the whole view no longer fits");
        assertEquals(7, now.resizedFor(1000, 600, 400, 600).zoom());
        assertEquals(3, new MapFraming(35.5, 44.4, 3).resizedFor(1000, 600, 100, 60).zoom(), "never past the widest zoom");
    }

    @Test
    void theViewsCornerIsOnAWholePixelAndItsCentreWhereAsked() {
        Viewport v = new MapFraming(35.468, 44.392, 8).viewport(801, 500);
        assertEquals(Math.rint(v.originX()), v.originX());
        assertEquals(Math.rint(v.originY()), v.originY());
        assertEquals(35.468, v.lat(250), 0.01);
        assertEquals(44.392, v.lon(400.5), 0.01);
    }

    @Test
    void aCentreOffTheMapIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new MapFraming(89, 44, 8));
        assertEquals(14, new MapFraming(35, 44, 20).zoom(), "zoom is kept within the map's range");
    }

    @Test
    void aFitBesideTheLegendAndACircleFitWhole() {
        List<Incident> two = List.of(MapTestSupport.incident("a", "attack", 35.0, 43.0, 1),
                MapTestSupport.incident("b", "attack", 36.0, 45.0, 1));
        MapFraming plain = MapFraming.fitting(two, 1000, 600);
        MapFraming beside = MapFraming.fitting(two, 1000, 600, 0, 300);
        assertTrue(beside.zoom() <= plain.zoom(), "fitted into the narrower free part");
        Viewport v = beside.viewport(1000, 600);
        for (Incident i : two) {
            double x = v.screenX(i.lon());
            assertTrue(x > 0 && x < 700, i.id() + " in the free part left of the legend: " + x);
        }
        MapFraming circle = MapFraming.circle(35.47, 44.39, 25, 1000, 600, 0, 0);
        double r = 25_000 / Mercator.metresPerPixel(35.47, circle.zoom());
        assertTrue(2 * r <= 600 && 2 * r > 150, "the circle whole and large: r=" + r);
    }
}
