package org.incidentatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberPlacerTest {

    private static void assertNoneOverlap(List<NumberPlacer.Tag> tags) {
        for (int a = 0; a < tags.size(); a++) {
            for (int b = a + 1; b < tags.size(); b++) {
                assertFalse(tags.get(a).overlaps(tags.get(b)), tags.get(a) + " overlaps " + tags.get(b));
            }
        }
    }

    @Test
    void thirtyNumbersAtOnePointAllPlacedNoneOverlappingEachWithALeaderButTheFirst() {
        // the UCDP case: dozens of events coded to Kirkuk town's centroid
        List<NumberPlacer.Wanted> wanted = new ArrayList<>();
        for (int n = 1; n <= 30; n++) {
            wanted.add(new NumberPlacer.Wanted(n, 400, 300, 8.5));
        }
        List<NumberPlacer.Tag> tags = NumberPlacer.place(wanted, 800, 600, 15);
        assertEquals(30, tags.size());
        assertNoneOverlap(tags);
        assertFalse(tags.get(0).leader(), "the first sits right beside its marker");
        assertTrue(tags.stream().skip(8).allMatch(NumberPlacer.Tag::leader), "the others are drawn out with a line");
        for (NumberPlacer.Tag t : tags) {
            assertFalse(t.overlaps(400 - 8.5, 300 - 8.5, 17, 17), "no number covers the marker: " + t);
            assertTrue(t.x() >= 0 && t.y() >= 0 && t.x() + t.w() <= 800 && t.y() + t.h() <= 600, "inside the view: " + t);
        }
    }

    @Test
    void scatteredAndCrowdedPointsNeverGetOverlappingNumbers() {
        Random random = new Random(14);
        for (int round = 0; round < 20; round++) {
            List<NumberPlacer.Wanted> wanted = new ArrayList<>();
            for (int n = 1; n <= 60; n++) {
                // half in a 60 px knot, half anywhere, some at the view's edge
                boolean knot = random.nextBoolean();
                double x = knot ? 300 + random.nextDouble() * 60 : random.nextDouble() * 640;
                double y = knot ? 200 + random.nextDouble() * 60 : random.nextDouble() * 400;
                wanted.add(new NumberPlacer.Wanted(n, x, y, 4.5 + random.nextInt(4) * 2));
            }
            List<NumberPlacer.Tag> tags = NumberPlacer.place(wanted, 640, 400, 15);
            assertEquals(60, tags.size(), "round " + round);
            assertNoneOverlap(tags);
            for (NumberPlacer.Tag t : tags) {
                NumberPlacer.Wanted w = wanted.get(t.number() - 1);
                assertEquals(w.x(), t.pointX());
                assertEquals(w.y(), t.pointY());
            }
        }
    }

    @Test
    void aPointOutsideTheViewGetsNoNumberAndWiderNumbersGetWiderTags() {
        List<NumberPlacer.Tag> tags = NumberPlacer.place(List.of(new NumberPlacer.Wanted(1, -5, 10, 4.5),
                new NumberPlacer.Wanted(100, 50, 50, 4.5)), 200, 200, 15);
        assertEquals(List.of(100), tags.stream().map(NumberPlacer.Tag::number).toList());
        assertTrue(NumberPlacer.tagWidth(100, 15) > NumberPlacer.tagWidth(9, 15));
    }

    @Test
    void numbersKeepOffACentresNameTagWhereTheyCan() {
        // a centre's name tag right of and around ten markers at one point
        double[] tag = {380, 280, 220, 40};
        List<NumberPlacer.Wanted> wanted = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            wanted.add(new NumberPlacer.Wanted(n, 400, 300, 6.5));
        }
        List<NumberPlacer.Tag> tags = NumberPlacer.place(wanted, 800, 600, 15, List.of(tag));
        assertEquals(10, tags.size());
        assertNoneOverlap(tags);
        for (NumberPlacer.Tag t : tags) {
            assertFalse(t.overlaps(tag[0], tag[1], tag[2], tag[3]), "off the name tag: " + t);
        }
    }
}
