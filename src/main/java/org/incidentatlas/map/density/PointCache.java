package org.incidentatlas.map.density;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.map.basemap.AdminAreas;
import org.incidentatlas.map.geo.Mercator;
import org.incidentatlas.model.Incident;

/**
 * Each incident's projected point and killed figure, worked out the first time it is seen: a filter change hands
 * over a new list of the same incidents, and with this the weighted points are a lookup per incident instead of
 * a projection (a sine and a logarithm). Forgets everything when it has grown well past the lists it serves (a new
 * dataset was opened). It keeps each incident's governorate and district too, once looked up. Not thread-safe: one worker thread owns it.
 */
public final class PointCache {

    private final Map<Incident, Integer> slots = new IdentityHashMap<>();
    private double[] x = new double[1024];
    private double[] y = new double[1024];
    private double[] killed = new double[1024];
    /** Per level, each slot's area (-1 outside every area, -2 not yet looked up). */
    private final Map<AdminAreas.Level, int[]> areaSlots = new EnumMap<>(AdminAreas.Level.class);

    /** The incidents of {@code list} as weighted points. */
    public WeightedPoints points(List<? extends Incident> list, DensityStyle.Weight weight) {
        if (slots.size() > 200_000 && slots.size() > 3L * list.size()) {
            slots.clear();
            areaSlots.clear();
        }
        int n = list.size();
        double[] px = new double[n];
        double[] py = new double[n];
        double[] pw = new double[n];
        int i = 0;
        for (Incident inc : list) {
            int s = slot(inc);
            px[i] = x[s];
            py[i] = y[s];
            pw[i] = weight == DensityStyle.Weight.COUNT ? 1 : killed[s];
            i++;
        }
        return new WeightedPoints(px, py, pw);
    }

    /** The weights alone (what {@link #areas} sums). */
    public double[] weights(List<? extends Incident> list, DensityStyle.Weight weight) {
        double[] w = new double[list.size()];
        int i = 0;
        for (Incident inc : list) {
            w[i++] = weight == DensityStyle.Weight.COUNT ? 1 : killed[slot(inc)];
        }
        return w;
    }

    /**
     * The area of {@code areas} each incident of {@code list} lies in (-1: none), by point-in-polygon the first
     * time an incident is seen at that level, then from the cache.
     */
    public int[] areas(List<? extends Incident> list, AdminAreas areas) {
        int[] out = new int[list.size()];
        int i = 0;
        for (Incident inc : list) {
            int s = slot(inc);
            int[] known = areaSlots.get(areas.level());
            if (known == null || known.length <= s) {
                int[] grown = new int[Math.max(x.length, s + 1)];
                Arrays.fill(grown, -2);
                if (known != null) {
                    System.arraycopy(known, 0, grown, 0, known.length);
                }
                known = grown;
                areaSlots.put(areas.level(), known);
            }
            if (known[s] == -2) {
                known[s] = areas.areaOf(x[s], y[s]);
            }
            out[i++] = known[s];
        }
        return out;
    }

    private int slot(Incident inc) {
        Integer s = slots.get(inc);
        if (s != null) {
            return s;
        }
        int n = slots.size();
        if (n == x.length) {
            x = Arrays.copyOf(x, n * 2);
            y = Arrays.copyOf(y, n * 2);
            killed = Arrays.copyOf(killed, n * 2);
        }
        x[n] = Mercator.x(inc.lon());
        y[n] = Mercator.y(inc.lat());
        killed[n] = inc.killed() == null ? 0 : inc.killed().low();
        slots.put(inc, n);
        return n;
    }
}
