package org.incidentatlas.map;

import java.util.ArrayList;
import java.util.List;

/**
 * Boxes of text already on the map this redraw (centre tags, stack names, place names, and the furniture
 * standing over the map), in screen pixels, so the next name goes where it covers none of them. A redraw holds
 * tens of them, so a list is enough.
 */
final class ScreenBoxes {

    /** One box; {@code text} is what it says ({@code loose}: as {@link RecordSpellings#loose}), or null for furniture. */
    record Box(String text, String loose, double x0, double y0, double x1, double y1) {
        boolean meets(double ax0, double ay0, double ax1, double ay1) {
            return ax0 < x1 && ax1 > x0 && ay0 < y1 && ay1 > y0;
        }
    }

    private final List<Box> boxes = new ArrayList<>();

    void add(String text, double x0, double y0, double x1, double y1) {
        boxes.add(new Box(text, text == null ? null : RecordSpellings.loose(text), x0, y0, x1, y1));
    }

    boolean meets(double x0, double y0, double x1, double y1) {
        for (Box b : boxes) {
            if (b.meets(x0, y0, x1, y1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a box saying the same name (as {@link RecordSpellings#loose} compares, "Kirkuk" in "Kirkūk town")
     * comes within {@code d} px of (x, y).
     */
    boolean saysNear(String looseName, double x, double y, double d) {
        for (Box b : boxes) {
            if (b.loose() != null && b.loose().startsWith(looseName)
                    && Math.hypot(Math.max(b.x0(), Math.min(b.x1(), x)) - x, Math.max(b.y0(), Math.min(b.y1(), y)) - y) < d) {
                return true;
            }
        }
        return false;
    }

    List<Box> all() {
        return List.copyOf(boxes);
    }
}
