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

    /** An incident marker, a cluster (count > 1) or a centre, as drawn. */
    record Item(Kind kind, double x, double y, double radius, int index, int count) {
    }

    enum Kind { INCIDENT, CLUSTER, CENTER }

    private static final double CELL = 32;
    /** A small marker can be hit a little outside its edge. */
    private static final double SLACK = 3;

    private final Map<Long, List<Item>> cells = new HashMap<>();
    private double largest;

    void add(Item item) {
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
