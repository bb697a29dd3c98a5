package org.incidentatlas.map.density;

import java.util.Locale;

/**
 * Which density view the map draws in place of the incident markers, and how: a heatmap (kernel density with a
 * radius in km), counts per hexagon (a hexagon's radius in screen pixels, the grid fixed to the world at each
 * zoom), or a choropleth of counts per governorate or district (the bundled OCHA boundaries), each weighted by the
 * number of incidents or by the number killed.
 *
 * @param radiusKm   the heatmap kernel's radius: beyond it an incident adds nothing (0.5 to 500 km)
 * @param hexPixels  a hexagon's radius (centre to corner) on screen (6 to 80 px)
 */
public record DensityStyle(Kind kind, Weight weight, double radiusKm, double hexPixels) {

    public static final double DEFAULT_RADIUS_KM = 10;
    public static final double DEFAULT_HEX_PIXELS = 18;
    public static final double MIN_RADIUS_KM = 0.5;
    public static final double MAX_RADIUS_KM = 500;
    public static final double MIN_HEX_PIXELS = 6;
    public static final double MAX_HEX_PIXELS = 80;

    /** The two pictures of where incidents concentrate. */
    public enum Kind {
        HEAT("heatmap"), HEX("hexagon counts"), PROVINCES("governorates"), DISTRICTS("districts");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** "heat" or "hex", as the command line spells them. */
        public static Kind of(String name) {
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "heat", "heatmap" -> HEAT;
                case "hex", "hexagon", "hexagons" -> HEX;
                case "province", "provinces", "governorate", "governorates" -> PROVINCES;
                case "district", "districts" -> DISTRICTS;
                default -> throw new IllegalArgumentException("no density view \"" + name + "\"; heat, hex, province or district");
            };
        }
    }

    /** What each incident adds: one, or its lower figure of killed (an unknown figure adds nothing). */
    public enum Weight {
        COUNT("incidents"), KILLED("killed");

        private final String unit;

        Weight(String unit) {
            this.unit = unit;
        }

        /** "incidents" or "killed": the unit of the legend's figures. */
        public String unit() {
            return unit;
        }

        public static Weight of(String name) {
            return switch (name.strip().toLowerCase(Locale.ROOT)) {
                case "count", "incidents" -> COUNT;
                case "killed" -> KILLED;
                default -> throw new IllegalArgumentException("no weight \"" + name + "\"; count or killed");
            };
        }
    }

    public DensityStyle {
        if (kind == null || weight == null) {
            throw new IllegalArgumentException("a density view needs a kind and a weight");
        }
        if (!(radiusKm >= MIN_RADIUS_KM && radiusKm <= MAX_RADIUS_KM)) {
            throw new IllegalArgumentException("heatmap radius " + radiusKm + " km; " + MIN_RADIUS_KM + " to " + MAX_RADIUS_KM);
        }
        if (!(hexPixels >= MIN_HEX_PIXELS && hexPixels <= MAX_HEX_PIXELS)) {
            throw new IllegalArgumentException("hexagon size " + hexPixels + " px; " + MIN_HEX_PIXELS + " to " + MAX_HEX_PIXELS);
        }
    }

    /** {@code kind} by count with the default radius and hexagon size. */
    public static DensityStyle of(Kind kind) {
        return new DensityStyle(kind, Weight.COUNT, DEFAULT_RADIUS_KM, DEFAULT_HEX_PIXELS);
    }

    public DensityStyle withKind(Kind k) {
        return new DensityStyle(k, weight, radiusKm, hexPixels);
    }

    public DensityStyle withWeight(Weight w) {
        return new DensityStyle(kind, w, radiusKm, hexPixels);
    }

    public DensityStyle withRadiusKm(double km) {
        return new DensityStyle(kind, weight, km, hexPixels);
    }

    /** "heatmap of killed, 10 km radius" or "hexagon counts of incidents": for legends and exports. */
    public String describe() {
        return kind == Kind.HEAT
                ? String.format(Locale.ROOT, "heatmap of %s, %s km radius", weight.unit(), trim(radiusKm))
                : kind == Kind.HEX ? "hexagon counts of " + weight.unit() : weight.unit() + " per " + (kind == Kind.PROVINCES ? "governorate" : "district");
    }

    private static String trim(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
