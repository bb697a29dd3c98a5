package org.incidentatlas.map.density;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The colours of the density views and their key. The heatmap runs from transparent through yellow and orange to
 * dark red over the square root of 0 to the view's highest density (a surface, so a ramp; the root so that one
 * town centroid holding a thousand events does not leave every other place pale); the hexagons fall into a few classes of
 * round bounds (1, 2–5, 6–10, 11–20...), each a step of a light-yellow-to-dark-red sequence, so two hexagons of
 * the same colour count alike anywhere in the view. Colours are ARGB ints: no toolkit needed.
 */
public final class DensityScale {

    /** One row of a key: what a colour stands for. */
    public record Step(String label, int argb) {
    }

    /** The key a legend shows: a heading and its rows, lowest first. */
    public record Key(String title, List<Step> steps) {
        public Key {
            steps = List.copyOf(steps);
        }
    }

    private static final int[][] HEAT_STOPS = {
        // share of the maximum x 1000, alpha, red, green, blue
        {0, 0, 255, 255, 178},
        {80, 110, 254, 217, 118},
        {300, 170, 253, 141, 60},
        {600, 200, 240, 59, 32},
        {1000, 225, 150, 0, 38},
    };
    private static final int[] CLASS_COLOURS = {
        0xD8FFFFB2, 0xDCFED976, 0xE0FEB24C, 0xE4FD8D3C, 0xE8F03B20, 0xECBD0026, 0xF0800026,
    };
    private static final double[] NICE = {1, 2, 5};

    private DensityScale() {
    }

    /** The heatmap's colour for {@code value} when the view's highest is {@code max}. */
    public static int heat(double value, double max) {
        if (max <= 0 || value <= 0) {
            return 0;
        }
        // on the square root: a town's centroid holding a thousand events would leave the rest of the view pale
        double share = Math.sqrt(Math.min(1, value / max)) * 1000;
        for (int s = 1; s < HEAT_STOPS.length; s++) {
            if (share <= HEAT_STOPS[s][0]) {
                int[] a = HEAT_STOPS[s - 1];
                int[] b = HEAT_STOPS[s];
                double t = (share - a[0]) / (b[0] - a[0]);
                return argb(mix(a[1], b[1], t), mix(a[2], b[2], t), mix(a[3], b[3], t), mix(a[4], b[4], t));
            }
        }
        int[] last = HEAT_STOPS[HEAT_STOPS.length - 1];
        return argb(last[1], last[2], last[3], last[4]);
    }

    /** The key of a heatmap whose highest value in view is {@code max} (per 100 km²). */
    public static Key heatKey(DensityStyle style, double max) {
        List<Step> steps = new ArrayList<>();
        if (max <= 0) {
            steps.add(new Step("none in view", 0));
        } else {
            for (double share : new double[] {0.15, 0.3, 0.6, 1.0}) {
                double value = max * share * share; // the colour scale is on the square root
                steps.add(new Step(figure(value), heat(value, max)));
            }
        }
        return new Key(style.weight().unit().substring(0, 1).toUpperCase(Locale.ROOT) + style.weight().unit().substring(1)
                + " per 100 km² (" + figure(style.radiusKm()) + " km radius)", steps);
    }

    /**
     * The upper bounds of the hexagon classes for a highest count of {@code max}: 1, 2, 5, 10, 20, 50... up to the
     * first that holds {@code max}, every other one dropped while there are more than seven.
     */
    public static List<Double> classBounds(double max) {
        List<Double> bounds = new ArrayList<>();
        for (double magnitude = 1; bounds.isEmpty() || bounds.get(bounds.size() - 1) < max; magnitude *= 10) {
            for (double n : NICE) {
                if (bounds.isEmpty() || bounds.get(bounds.size() - 1) < max) {
                    bounds.add(n * magnitude);
                }
            }
        }
        while (bounds.size() > CLASS_COLOURS.length) {
            List<Double> fewer = new ArrayList<>();
            for (int i = bounds.size() - 1; i >= 0; i -= 2) {
                fewer.add(0, bounds.get(i)); // keep the top bound, so max is still inside
            }
            bounds = fewer;
        }
        return bounds;
    }

    /** The class of {@code value} among {@code bounds} (0 for the lowest). */
    public static int classOf(double value, List<Double> bounds) {
        for (int i = 0; i < bounds.size(); i++) {
            if (value <= bounds.get(i)) {
                return i;
            }
        }
        return bounds.size() - 1;
    }

    /** The colour of class {@code i} of {@code n}, spread over the whole sequence. */
    public static int classColour(int i, int n) {
        if (n <= 1) {
            return CLASS_COLOURS[CLASS_COLOURS.length / 2];
        }
        return CLASS_COLOURS[(int) Math.round(i * (CLASS_COLOURS.length - 1) / (double) (n - 1))];
    }

    /** The key of hexagon classes: "1", "2–5", "6–10"... ("0.5–2" when killed figures make it so). */
    public static Key hexKey(DensityStyle style, double max) {
        List<Step> steps = new ArrayList<>();
        if (max <= 0) {
            steps.add(new Step("none", 0));
        } else {
            List<Double> bounds = classBounds(max);
            double low = 0;
            for (int i = 0; i < bounds.size(); i++) {
                double high = bounds.get(i);
                String label = low + 1 >= high ? figure(high) : figure(low + 1) + "\u2013" + figure(high);
                steps.add(new Step(label, classColour(i, bounds.size())));
                low = high;
            }
        }
        String unit = style.weight().unit();
        return new Key((unit.substring(0, 1).toUpperCase(Locale.ROOT) + unit.substring(1)) + " per hexagon", steps);
    }

    /** The key of a choropleth: the hexagons' classes, per governorate or district. */
    public static Key areaKey(DensityStyle style, double max) {
        Key k = hexKey(style, max);
        String per = style.kind() == DensityStyle.Kind.PROVINCES ? "governorate" : "district";
        return new Key(k.title().replace("per hexagon", "per " + per), k.steps());
    }

    /** A figure for a key: whole numbers with thousands separated, small ones with two significant digits. */
    static String figure(double v) {
        if (v >= 10 || v == Math.rint(v)) {
            return String.format(Locale.ENGLISH, "%,d", Math.round(v));
        }
        return String.format(Locale.ENGLISH, v >= 1 ? "%.1f" : "%.2g", v);
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    private static int argb(int a, int r, int g, int b) {
        return (a << 24) | (r << 16) | (g << 8) | b;
    }
}
