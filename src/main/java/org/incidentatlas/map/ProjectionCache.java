package org.incidentatlas.map;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import javafx.scene.paint.Color;
import org.incidentatlas.map.geo.Mercator;
import org.incidentatlas.model.Incident;

/**
 * Each incident's projected position, marker size and colour, worked out the first time the map sees it. A
 * filter change hands the map a new list of the same incidents; with the cache, building the arrays for the
 * redraw is a lookup per incident instead of a projection (logarithm and tangent) and a palette lookup.
 * Forgets everything when it has grown well past the lists it serves (a new dataset was opened).
 */
final class ProjectionCache {

    private final Map<Incident, Integer> slots = new IdentityHashMap<>();
    private final Map<String, Color> colours = new HashMap<>();
    /** The types' codes: kept when the slots are forgotten, as the codes are few and handed out for good. */
    private final Map<String, Integer> typeCodes = new HashMap<>();
    private String[] typeNames = new String[16];
    private double[] x = new double[1024];
    private double[] y = new double[1024];
    private MarkerSize[] size = new MarkerSize[1024];
    private Color[] colour = new Color[1024];
    private int[] type = new int[1024];

    /** The slot of {@code inc}, computing its values on first sight. */
    int slot(Incident inc) {
        Integer s = slots.get(inc);
        if (s != null) {
            return s;
        }
        int n = slots.size();
        if (n == x.length) {
            x = Arrays.copyOf(x, n * 2);
            y = Arrays.copyOf(y, n * 2);
            size = Arrays.copyOf(size, n * 2);
            colour = Arrays.copyOf(colour, n * 2);
            type = Arrays.copyOf(type, n * 2);
        }
        x[n] = Mercator.x(inc.lon());
        y[n] = Mercator.y(inc.lat());
        size[n] = MarkerSize.of(inc.killed());
        colour[n] = colours.computeIfAbsent(inc.type(), TypePalette::colour);
        type[n] = typeCodes.computeIfAbsent(inc.type(), this::newTypeCode);
        slots.put(inc, n);
        return n;
    }

    /** Drops everything when the cache holds far more incidents than the list now shown (a dataset change). */
    void trimFor(int listSize) {
        if (slots.size() > Math.max(4096, 3L * listSize) && slots.size() > 200_000) {
            slots.clear();
        }
    }

    private int newTypeCode(String name) {
        int code = typeCodes.size();
        if (code == typeNames.length) {
            typeNames = Arrays.copyOf(typeNames, code * 2);
        }
        typeNames[code] = name;
        return code;
    }

    /** The type names by code, as many as there are codes now (a copy: the points built now keep it). */
    String[] typeNames() {
        return Arrays.copyOf(typeNames, typeCodes.size());
    }

    int type(int slot) {
        return type[slot];
    }

    double x(int slot) {
        return x[slot];
    }

    double y(int slot) {
        return y[slot];
    }

    MarkerSize size(int slot) {
        return size[slot];
    }

    Color colour(int slot) {
        return colour[slot];
    }
}
