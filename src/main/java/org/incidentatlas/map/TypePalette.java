package org.incidentatlas.map;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.scene.paint.Color;

/**
 * Marker colours by incident type. Common types have fixed colours from Paul Tol's colour-blind-safe schemes,
 * with violence in warm reds and oranges and non-violent events in blues, greens and grey; any other type gets
 * one of the remaining colours, chosen by a hash of its name, so the same type always looks the same, or, when
 * another type has already taken that colour in this run, the next one free: a dataset of 13 types shows 13
 * colours (as long as there are colours left) rather than two types in one.
 *
 * <p>Chosen so that no two of the fixed and other colours, nor the slate of a mixed stack, are closer than
 * about 24 CIE76 ΔE (attack and armed clash, the closest pair); the drone attack's magenta was 14 from the IED
 * explosion's wine, and the statement's grey 21 from the slate, which a new analyst took for one colour.
 */
public final class TypePalette {

    private static final Map<String, Color> FIXED = Map.ofEntries(
            Map.entry("attack", Color.web("#CC3311")),
            Map.entry("armed clash", Color.web("#EE7733")),
            Map.entry("clash", Color.web("#E69F00")),
            Map.entry("drone attack", Color.web("#9970AB")),
            Map.entry("ied explosion", Color.web("#882255")),
            Map.entry("shelling", Color.web("#994F00")),
            Map.entry("air strike", Color.web("#332288")),
            Map.entry("meeting", Color.web("#117733")),
            Map.entry("visit", Color.web("#0077BB")),
            Map.entry("statement", Color.web("#9A9A9A")));

    // mid-tones only: a pale colour (the first choice had a pink and a pale yellow) is weak on the light basemap
    private static final List<Color> OTHERS = List.of(Color.web("#00A6A6"), Color.web("#999933"),
            Color.web("#EE3377"), Color.web("#7FBC41"), Color.web("#CC6677"), Color.web("#01665E"));
    /** The colour each other type got in this run, and which of {@link #OTHERS} are taken. */
    private static final Map<String, Color> GIVEN = new ConcurrentHashMap<>();

    private TypePalette() {
    }

    public static Color colour(String type) {
        if (type == null) {
            return OTHERS.get(OTHERS.size() - 1);
        }
        String key = type.strip().toLowerCase(Locale.ROOT);
        Color fixed = FIXED.get(key);
        return fixed != null ? fixed : GIVEN.computeIfAbsent(key, TypePalette::free);
    }

    /** The type's own colour by its hash, else the next one no other type has (repeats once all are given). */
    private static Color free(String key) {
        int first = Math.floorMod(key.hashCode(), OTHERS.size());
        for (int k = 0; k < OTHERS.size(); k++) {
            Color c = OTHERS.get((first + k) % OTHERS.size());
            if (!GIVEN.containsValue(c)) {
                return c;
            }
        }
        return OTHERS.get(first);
    }
}
