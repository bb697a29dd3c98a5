package org.incidentatlas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the last redraw put where on screen, in a uniform grid, so a click or a hover looks at the few items in
 * nearby cells instead of every incident.
 */
final class HitIndex {

    /**
     * An incident marker, a cluster (count > 1), a stack of incidents at one exact point, or a centre, as drawn.
     * {@code members} are the incidents' indices in the drawn {@link IncidentPoints} for a stack (in id order),
     * the one incident for a marker, and empty otherwise; {@code index} is the first of them.
     */
    record Item(Kind kind, double x, double y, double radius, int index, int count, int[] members) {
        Item(Kind kind, double x, double y, double radius, int index, int count) {
            this(kind, x, y, radius, index, count, kind == Kind.INCIDENT ? new int[] {index} : new int[0]);
        }
    }

    enum Kind { INCIDENT, STACK, CLUSTER, CENTER }

    private static final double CELL = 32;
    /** A small marker can be hit a little outside its edge. */
    private static final double SLACK = 3;

    private final Map<Long, List<Item>> cells = new HashMap<>();
    private double largest;

    private boolean centres;

    /** True when a centre's symbol was drawn this time. */
    boolean hasCentres() {
        return centres;
    }

    void add(Item item) {
        centres |= item.kind() == Kind.CENTER;
        largest = Math.max(largest, item.radius());
        cells.computeIfAbsent(key(cell(item.x()), cell(item.y())), k -> new ArrayList<>(4)).add(item);
    }

    /** The item nearest to (x, y) whose mark covers it, or null. Centres and single incidents beat clusters. */
    Item at(double x, double y) {
        int reach = (int) Math.ceil((largest + SLACK) / CELL);
        long cx = cell(x);
        long cy = cell(y);
        Item best = null;
        double bestScore = Double.MAX_VALUE;
        for (long i = cx - reach; i <= cx + reach; i++) {
            for (long j = cy - reach; j <= cy + reach; j++) {
                for (Item item : cells.getOrDefault(key(i, j), List.of())) {
                    double d = Math.hypot(item.x() - x, item.y() - y);
                    if (d <= item.radius() + SLACK) {
                        double score = d + (item.kind() == Kind.CLUSTER ? 1000 : 0);
                        if (score < bestScore) {
                            bestScore = score;
                            best = item;
                        }
                    }
                }
            }
        }
        return best;
    }

    /** True when a mark drawn this time covers part of the box (for placing a name where it hides none). */
    boolean overlaps(double x0, double y0, double x1, double y1) {
        return overlaps(x0, y0, x1, y1, false);
    }

    /** The same, counting the centres' symbols too (a basemap name gives way to them as well). */
    boolean overlapsAny(double x0, double y0, double x1, double y1) {
        return overlaps(x0, y0, x1, y1, true);
    }

    private boolean overlaps(double x0, double y0, double x1, double y1, boolean centres) {
        return covered(x0, y0, x1, y1, centres, true) > 0;
    }

    /** How many marks (not centres) drawn this time the box covers part of, for the least bad of several spots. */
    int coveredCount(double x0, double y0, double x1, double y1) {
        return covered(x0, y0, x1, y1, false, false);
    }

    private int covered(double x0, double y0, double x1, double y1, boolean centres, boolean firstOnly) {
        int n = 0;
        int reach = (int) Math.ceil(largest / CELL);
        for (long i = cell(x0) - reach; i <= cell(x1) + reach; i++) {
            for (long j = cell(y0) - reach; j <= cell(y1) + reach; j++) {
                for (Item item : cells.getOrDefault(key(i, j), List.of())) {
                    if (item.kind() == Kind.CENTER && !centres) {
                        continue;
                    }
                    double nx = Math.max(x0, Math.min(x1, item.x()));
                    double ny = Math.max(y0, Math.min(y1, item.y()));
                    if (Math.hypot(nx - item.x(), ny - item.y()) < item.radius() + 1) {
                        n++;
                        if (firstOnly) {
                            return n;
                        }
                    }
                }
            }
        }
        return n;
    }

    /** Everything drawn (for tests and checks; the map asks {@link #at}). */
    List<Item> items() {
        List<Item> all = new ArrayList<>();
        cells.values().forEach(all::addAll);
        return all;
    }

    private static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    private static long key(long i, long j) {
        return (i << 32) ^ (j & 0xFFFFFFFFL);
    }
}
