package org.incidentatlas.map.basemap;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The bundled OCHA administrative areas of Iraq (governorates, districts) as polygons in world units, with the
 * point-in-polygon test the choropleth counts by: a box test first, then the even-odd rule over every ring of
 * the area (so holes and multi-part areas count right), looked up through a grid ({@link AreaIndex}). Read
 * once, on first use, off the FX thread.
 */
public final class AdminAreas {

    /** Governorates (ADM1) or districts (ADM2). */
    public enum Level {
        PROVINCE("provinces.geojson", "governorate"), DISTRICT("districts.geojson", "district");

        private final String file;
        private final String noun;

        Level(String file, String noun) {
            this.file = file;
            this.noun = noun;
        }

        /** "governorate" or "district". */
        public String noun() {
            return noun;
        }
    }

    private static final Map<Level, AdminAreas> BUNDLED = new EnumMap<>(Level.class);

    private final Level level;
    private final List<Feature> areas;
    private final AreaIndex index;

    private AdminAreas(Level level, List<Feature> areas) {
        this.level = level;
        // the OCHA areas of Iraq only: the provinces file also holds the neighbours' (Natural Earth) for the basemap
        this.areas = areas.stream().filter(f -> f.isArea() && "IRQ".equals(iso(f))).toList();
        this.index = new AreaIndex(this.areas);
    }

    /** The bundled areas of {@code level} (read on first call, a few hundred ms; then kept). */
    public static synchronized AdminAreas bundled(Level level) {
        return BUNDLED.computeIfAbsent(level, l -> new AdminAreas(l,
                CompactBasemap.read("/org/incidentatlas/map/basemap/" + l.file.replace(".geojson", CompactBasemap.EXTENSION))));
    }

    public Level level() {
        return level;
    }

    public int size() {
        return areas.size();
    }

    /** The area's name as OCHA spells it ("Kirkuk", "Al-Hawiga"). */
    public String name(int i) {
        String n = areas.get(i).text("name");
        return n == null ? "area " + i : n;
    }

    public Feature feature(int i) {
        return areas.get(i);
    }

    /** The area holding world point (x, y), or -1 outside every one (outside Iraq); a grid lookup (AreaIndex). */
    public int areaOf(double x, double y) {
        return index.areaOf(x, y);
    }

    /** What {@link #areaOf} answers, by trying every area's box and rings in turn: what the index must agree with. */
    int areaOfByScan(double x, double y) {
        for (int i = 0; i < areas.size(); i++) {
            Feature f = areas.get(i);
            if (x >= f.minX() && x <= f.maxX() && y >= f.minY() && y <= f.maxY() && contains(f, x, y)) {
                return i;
            }
        }
        return -1;
    }

    private static String iso(Feature f) {
        String iso = f.text("iso_a3");
        String pcode = f.text("pcode");
        return iso != null ? iso : pcode != null && pcode.startsWith("IQ") ? "IRQ" : null;
    }

    /** Even-odd over every ring of {@code f}. */
    static boolean contains(Feature f, double x, double y) {
        boolean inside = false;
        for (int p = 0; p < f.partCount(); p++) {
            double[] r = f.part(p);
            int n = r.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = r[2 * i];
                double yi = r[2 * i + 1];
                double xj = r[2 * j];
                double yj = r[2 * j + 1];
                if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }
}
