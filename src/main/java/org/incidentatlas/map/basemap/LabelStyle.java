package org.incidentatlas.map.basemap;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.util.Map;

/** How each kind of name is lettered: type size and weight, letter spacing, colour. */
enum LabelStyle {
    COUNTRY(Font.PLAIN, 14f, 0.18f, 0x7A7383),
    KURDISTAN(Font.ITALIC, 11.5f, 0.08f, 0x7D62A3),
    GOVERNORATE(Font.PLAIN, 10.5f, 0.12f, 0x978B7E),
    DISTRICT(Font.PLAIN, 10f, 0.08f, 0xA2988D),
    LAKE(Font.ITALIC, 10.5f, 0f, 0x3F6E9C),
    CAPITAL(Font.BOLD, 13.5f, 0f, 0x24211F),
    CITY(Font.BOLD, 12f, 0f, 0x2B2724),
    TOWN(Font.PLAIN, 11.5f, 0f, 0x2F2B28),
    SMALL_TOWN(Font.PLAIN, 10.5f, 0f, 0x3A3532),
    VILLAGE(Font.PLAIN, 10f, 0f, 0x4F4945),
    AIRPORT(Font.ITALIC, 10f, 0f, 0x5B5563);

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    static final Color HALO = new Color(255, 255, 255, 225);

    final Font font;
    final Color colour;

    LabelStyle(int style, float size, float tracking, int rgb) {
        Font base = new Font(Font.SANS_SERIF, style, 1).deriveFont(size);
        this.font = tracking == 0 ? base : base.deriveFont(Map.of(TextAttribute.TRACKING, tracking));
        this.colour = new Color(rgb);
    }

    TextLayout layout(String text) {
        return new TextLayout(text, font, FRC);
    }

    /** Place names by rank: 1–2 capitals, 3–4 regional cities, then towns, small towns, villages. */
    static LabelStyle forPlaceRank(int rank) {
        if (rank <= 2) {
            return CAPITAL;
        }
        if (rank <= 4) {
            return CITY;
        }
        if (rank <= 8) {
            return TOWN;
        }
        return rank <= 10 ? SMALL_TOWN : VILLAGE;
    }

    /** The place dot's radius in pixels. */
    static double dotRadius(int rank) {
        if (rank > 12) {
            return 6; // an airport: its symbol, drawn by the tile, is the "dot"; the name goes beside it
        }
        return rank <= 2 ? 3.4 : rank <= 4 ? 3.0 : rank <= 8 ? 2.5 : rank <= 10 ? 2.1 : 1.8;
    }
}
