package org.incidentatlas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Incidents at one exact point, grouped for one counted marker (see {@link IncidentPainter}). */
final class Stacks {

    private Stacks() {
    }

    /** The place all of them are reported at, or null when they name different places. */
    static String commonPlace(IncidentPoints p, int[] members) {
        String place = p.incidents[members[0]].place();
        for (int i : members) {
            if (place == null || !place.equals(p.incidents[i].place())) {
                return null;
            }
        }
        return place == null || place.isBlank() ? null : place;
    }

    /** Slots of incidents that share their exact point with another, by point; a lone incident is not in it. */
    static Map<Point, List<Integer>> group(IncidentPoints p, int[] visible, int[] slots, int n) {
        Map<Point, List<Integer>> byPoint = new HashMap<>();
        for (int s = 0; s < n; s++) {
            int k = slots[s];
            byPoint.computeIfAbsent(key(p, visible[k]), x -> new ArrayList<>(2)).add(k);
        }
        byPoint.values().removeIf(l -> l.size() < 2);
        return byPoint;
    }

    /** The exact point, as a key: equal projected coordinates mean the same latitude and longitude. */
    static Point key(IncidentPoints p, int i) {
        return new Point(p.x[i], p.y[i]);
    }

    record Point(double x, double y) {
    }
}
