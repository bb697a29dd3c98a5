package org.incidentatlas.cli;

import java.util.Locale;
import org.incidentatlas.map.basemap.OverlayStyle;

/**
 * {@code --layer-style name=Front line,colour=#D1495B,line=dashed,width=3}: any part may be left out, the rest
 * comes from {@link OverlayStyle#byDefault}. A part that is not one of these, or a value out of its range, is a
 * clear error naming the flag.
 */
final class LayerStyles {

    private LayerStyles() {
    }

    static OverlayStyle parse(String text, String defaultName) throws BadArgument {
        OverlayStyle d = OverlayStyle.byDefault(defaultName);
        String name = d.name();
        String colour = d.colour();
        OverlayStyle.LineStyle line = d.line();
        double width = d.width();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new BadArgument("--layer-style takes key=value parts (name, colour, line, width), not \"" + part + "\"");
            }
            String key = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String value = part.substring(eq + 1).strip();
            switch (key) {
                case "name" -> name = value;
                case "colour", "color" -> colour = value;
                case "line" -> {
                    try {
                        line = OverlayStyle.LineStyle.of(value);
                    } catch (IllegalArgumentException e) {
                        throw new BadArgument("--layer-style line takes solid, dashed or dotted, not \"" + value + "\"");
                    }
                }
                case "width" -> width = ArgValues.decimal("--layer-style width", value, 0.5, 12, "pixels");
                default -> throw new BadArgument("--layer-style has no part \"" + key + "\"; use name, colour, line, width");
            }
        }
        try {
            return new OverlayStyle(name, colour, line, width, true);
        } catch (IllegalArgumentException e) {
            throw new BadArgument("--layer-style: " + e.getMessage());
        }
    }
}
