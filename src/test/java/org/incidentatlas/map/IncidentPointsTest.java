package org.incidentatlas.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.incidentatlas.map.geo.Mercator;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The map's points patched after an edit hold what points built from the edited list hold. */
class IncidentPointsTest {

    private static final String[] TYPES = {"IED", "Airstrike", "Armed clash", "Abduction"};

    @RepeatedTest(20)
    void aPatchedListHoldsWhatABuiltOneHolds(org.junit.jupiter.api.RepetitionInfo rep) {
        SplittableRandom rnd = new SplittableRandom(rep.getCurrentRepetition());
        List<Incident> list = new ArrayList<>();
        for (int k = 0; k < 400; k++) {
            list.add(random("i" + k, rnd));
        }
        ProjectionCache cache = new ProjectionCache();
        IncidentPoints before = IncidentPoints.of(list, List.of(), cache);
        List<Incident> removed = new ArrayList<>();
        for (int k = 0; k < 1 + rnd.nextInt(5); k++) {
            removed.add(list.remove(rnd.nextInt(list.size())));
        }
        List<Incident> added = new ArrayList<>();
        for (int k = 0; k < rnd.nextInt(6); k++) {
            Incident i = random("new" + k, rnd);
            added.add(i);
            list.add(rnd.nextInt(list.size() + 1), i);
        }
        if (rnd.nextBoolean()) {
            added.add(0, removed.get(0)); // a record that moved within the list: removed and added again
            list.add(removed.get(0));
        }
        IncidentPoints patched = before.patched(removed, added, cache);
        assertNotNull(patched);
        IncidentPoints built = IncidentPoints.of(list, List.of(), new ProjectionCache());
        assertEquals(counted(built), counted(patched), "the same incidents");
        for (int k = 0; k < patched.size(); k++) {
            Incident i = patched.incidents[k];
            assertEquals(Mercator.x(i.lon()), patched.x[k], 0);
            assertEquals(Mercator.y(i.lat()), patched.y[k], 0);
            assertEquals(MarkerSize.of(i.killed()), patched.size[k]);
            assertEquals(TypePalette.colour(i.type()), patched.colour[k]);
            assertEquals(i.type(), patched.typeNames[patched.typeCode[k]]);
            if (k > 0) {
                assertTrue(patched.size[k].ordinal() <= patched.size[k - 1].ordinal(), "largest markers first");
            }
        }
        assertEquals(typeCounts(built), typeCounts(patched));
    }

    @Test
    void aPatchThatRemovesWhatIsNotThereIsRefused() {
        SplittableRandom rnd = new SplittableRandom(3);
        List<Incident> list = List.of(random("a", rnd), random("b", rnd));
        IncidentPoints points = IncidentPoints.of(list, List.of());
        assertNull(points.patched(List.of(random("c", rnd)), List.of(), new ProjectionCache()));
        assertNull(points.patched(List.of(list.get(0), list.get(0)), List.of(), new ProjectionCache()),
                "one incident removed twice");
    }

    @Test
    void typeCountsCountEachType() {
        SplittableRandom rnd = new SplittableRandom(9);
        List<Incident> list = new ArrayList<>();
        for (int k = 0; k < 300; k++) {
            list.add(random("i" + k, rnd));
        }
        Map<String, Integer> expected = new java.util.TreeMap<>();
        list.forEach(i -> expected.merge(i.type(), 1, Integer::sum));
        assertEquals(expected, typeCounts(IncidentPoints.of(list, List.of())));
    }

    private static Map<String, Integer> typeCounts(IncidentPoints p) {
        int[] c = p.typeCounts();
        Map<String, Integer> m = new java.util.TreeMap<>();
        for (int k = 0; k < c.length; k++) {
            if (c[k] > 0) {
                m.put(p.typeNames[k], c[k]);
            }
        }
        return m;
    }

    private static Map<Incident, Integer> counted(IncidentPoints p) {
        Map<Incident, Integer> m = new IdentityHashMap<>();
        Arrays.stream(p.incidents).forEach(i -> m.merge(i, 1, Integer::sum));
        assertTrue(Collections.max(m.values()) == 1, "each incident once");
        return m;
    }

    private static Incident random(String id, SplittableRandom rnd) {
        Integer killed = rnd.nextInt(4) == 0 ? null : rnd.nextInt(60);
        return MapTestSupport.incident(id, TYPES[rnd.nextInt(TYPES.length)], 34 + rnd.nextDouble() * 2,
                43 + rnd.nextDouble() * 2, killed);
    }
}
