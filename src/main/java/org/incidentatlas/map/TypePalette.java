package org.incidentatlas.map;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.paint.Color;

/**
 * Marker colours by incident type. Common types have fixed colours from Paul Tol's colour-blind-safe schemes,
 * with violence in warm reds and oranges and non-violent events in blues, greens and grey; any other type gets
 * one of the remaining muted colours, chosen by a hash of its name, so the same type always looks the same.
 */
public final class TypePalette {

    private static final Map<String, Color> FIXED = Map.ofEntries(
            Map.entry("attack", Color.web("#CC3311")),
            Map.entry("armed clash", Color.web("#EE7733")),
            Map.entry("clash", Color.web("#E69F00")),
            Map.entry("drone attack", Color.web("#AA3377")),
            Map.entry("ied explosion", Color.web("#882255")),
            Map.entry("shelling", Color.web("#994F00")),
            Map.entry("air strike", Color.web("#332288")),
            Map.entry("meeting", Color.web("#117733")),
            Map.entry("visit", Color.web("#0077BB")),
            Map.entry("statement", Color.web("#6E6E6E")));

    private static final List<Color> OTHERS = List.of(Color.web("#44AA99"), Color.web("#999933"),
            Color.web("#CC6677"), Color.web("#88CCEE"), Color.web("#DDCC77"), Color.web("#AA4499"),
            Color.web("#009988"), Color.web("#EE3377"), Color.web("#5D6D7E"));

    private TypePalette() {
    }

    public static Color colour(String type) {
        if (type == null) {
            return OTHERS.get(OTHERS.size() - 1);
        }
        String key = type.strip().toLowerCase(Locale.ROOT);
        Color fixed = FIXED.get(key);
        return fixed != null ? fixed : OTHERS.get(Math.floorMod(key.hashCode(), OTHERS.size()));
    }
}
