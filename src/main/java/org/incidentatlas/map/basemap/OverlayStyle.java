package org.incidentatlas.map.basemap;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How one overlay layer is drawn, as the analyst chose it: a plain value the window can keep and remember per
 * dataset (no JavaFX in it). {@code colour} is {@code #rrggbb}; {@code width} is the line width in pixels.
 */
public record OverlayStyle(String name, String colour, LineStyle line, double width, boolean visible) {

    /** The pattern of the layer's lines and polygon edges. */
    public enum LineStyle {
        SOLID, DASHED, DOTTED;

        /** The dash pattern in pixels for a line {@code width} wide; empty for a solid line. */
        public double[] dashes(double width) {
            return switch (this) {
                case SOLID -> new double[0];
                case DASHED -> new double[] {4 * width + 4, 2 * width + 3};
                case DOTTED -> new double[] {width, 2 * width + 2};
            };
        }

        public static LineStyle of(String name) {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        }
    }

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public OverlayStyle {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an overlay layer needs a name");
        }
        if (colour == null || !COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("overlay colour \"" + colour + "\": give it as #rrggbb, e.g. #D1495B");
        }
        if (line == null) {
            throw new IllegalArgumentException("overlay line style missing: solid, dashed or dotted");
        }
        if (!(width >= 0.5 && width <= 12)) {
            throw new IllegalArgumentException("overlay line width " + width + ": from 0.5 to 12 pixels");
        }
        name = name.strip();
        colour = colour.toUpperCase(Locale.ROOT);
    }

    /**
     * The documented default for a layer added without a style: named after its file, a dark magenta that no
     * incident type uses, a solid 2 px line, shown.
     */
    public static OverlayStyle byDefault(String name) {
        return new OverlayStyle(name, "#8E2C7A", LineStyle.SOLID, 2, true);
    }

    public OverlayStyle withVisible(boolean shown) {
        return new OverlayStyle(name, colour, line, width, shown);
    }

    /** The colour as 0xRRGGBB. */
    public int rgb() {
        return Integer.parseInt(colour.substring(1), 16);
    }
}
