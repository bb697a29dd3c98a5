package org.incidentatlas.map.basemap;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * The basemap's look: a calm, paper-like base so that incident colours carry the meaning. Iraq is the lightest
 * land, its neighbours a shade greyer; water is one muted blue; international borders are the darkest lines,
 * on a pale casing, above governorates, which are above districts.
 */
public final class BasemapStyle {

    public static final Color SEA = new Color(0xB9D3E8);
    static final Color LAKE = SEA;
    static final Color LAKE_EDGE = new Color(0x8FB3D3);
    static final Color RIVER = new Color(0x6F9FCB);
    public static final Color LAND_IRAQ = new Color(0xF5F2EB);
    static final Color LAND_OTHER = new Color(0xE5E1D9);
    static final Color WORLD_EDGE = new Color(0xBDB6AE);
    static final Color GOVERNORATE = new Color(0x9C948B);
    static final Color NEIGHBOUR_PROVINCE = new Color(0xBFB8AF);
    static final Color DISTRICT = new Color(0xC9C2B8);
    static final Color BORDER = new Color(0x5E5866);
    static final Color BORDER_CASING = new Color(0xD6CEDF);
    static final Color KURDISTAN_RIBBON = new Color(155, 127, 191, 70);
    /** Built-up areas: a warm tint over either land colour, so towns read as towns without hiding lines. */
    static final Color URBAN = new Color(196, 160, 110, 80);
    static final Color URBAN_EDGE = new Color(176, 140, 95, 110);
    static final Color AIRPORT = new Color(0x5B5563);
    static final Color DISPUTED = new Color(0x8A8394);

    private BasemapStyle() {
    }

    /** "#rrggbb", for the JavaFX side (the map's background behind tiles still being drawn). */
    public static String web(Color c) {
        return String.format("#%06x", c.getRGB() & 0xFFFFFF);
    }

    static BasicStroke round(float width) {
        return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    static BasicStroke dashed(float width, float on, float off) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 4f, new float[] {on, off}, 0f);
    }

    /** Grows line widths gently with zoom: {@code atZ5} at zoom 5, {@code atZ12} at zoom 12 and beyond. */
    static float width(int zoom, float atZ5, float atZ12) {
        double t = Math.max(0, Math.min(1, (zoom - 5) / 7.0));
        return (float) (atZ5 + (atZ12 - atZ5) * t);
    }

    /** The lowest zoom a GSHHG river level is drawn at: major rivers early, intermittent streams late. */
    static int riverMinZoom(int level) {
        return switch (level) {
            case 0, 1 -> 7;
            case 2, 3 -> 8;
            case 4 -> 10;
            default -> 11;
        };
    }

    static float riverWidth(int level, int zoom) {
        return switch (level) {
            case 0, 1 -> width(zoom, 1.1f, 2.4f);
            case 2, 3 -> width(zoom, 0.8f, 1.6f);
            case 4 -> width(zoom, 0.6f, 1.2f);
            default -> width(zoom, 0.5f, 0.9f);
        };
    }

    /** The highest place rank (1 = capital, 12 = village) that may be named at a zoom. */
    static int maxPlaceRank(int zoom) {
        if (zoom <= 5) {
            return 4;
        }
        return switch (zoom) {
            case 6 -> 6;
            case 7 -> 8;
            case 8 -> 10;
            case 9 -> 11;
            default -> 12;
        };
    }
}
