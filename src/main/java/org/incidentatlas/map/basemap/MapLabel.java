package org.incidentatlas.map.basemap;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * A label placed for one zoom, in world pixels of that zoom. The tiles draw only its place dot; the name itself
 * is drawn above the incident markers by the map, which moves it around the dot (or leaves it out) where a
 * marker, a cluster or a tag stands on it, so a name never hides a mark nor is hidden by one.
 *
 * @param outline the text as a shape with its origin at (0, 0)
 * @param x       where the outline's origin goes, in world pixels
 * @param bounds  what the label covers (text and dot) plus room for the halo, in world pixels
 * @param textBox the text alone, as placed (names never overlap each other's text or dots)
 * @param dotR    radius of the place dot at ({@code dotX}, {@code dotY}), 0 for none
 * @param placeX  the named place (or the area's label point) in world units, 0..1, the same at every zoom
 * @param point   true for a place (a dot, or an airport's symbol) the name goes beside; false for an area
 */
public record MapLabel(String text, Shape outline, double x, double y, Rectangle2D bounds, Rectangle2D textBox,
                       Color fill, Color halo, double dotX, double dotY, double dotR, LabelStyle style,
                       double placeX, double placeY, boolean point, double ascent, double descent) {

    /** Room around the letters in a label's picture, for the halo. */
    public static final int PAD = 2;

    /** The same label lettered with another spelling (the data's own name for the place), at the same spot. */
    public MapLabel respelled(String spelling) {
        TextLayout layout = style.layout(spelling);
        double w = layout.getAdvance();
        Rectangle2D box = new Rectangle2D.Double(x, y - layout.getAscent(), w, layout.getAscent() + layout.getDescent());
        return new MapLabel(spelling, layout.getOutline(new AffineTransform()), x, y, box, box, fill, halo, dotX,
                dotY, dotR, style, placeX, placeY, point, layout.getAscent(), layout.getDescent());
    }

    /** The text's width in pixels. */
    public double width() {
        return textBox.getWidth();
    }

    /**
     * The lettering with its halo as a picture, {@link #PAD} pixels of room on every side, at {@code density}
     * device pixels per map pixel; the text's origin is at ({@code PAD}, {@code PAD + ascent}) map pixels.
     */
    public BufferedImage picture(int density) {
        int w = (int) Math.ceil((width() + 2 * PAD) * density);
        int h = (int) Math.ceil((ascent + descent + 2 * PAD) * density);
        BufferedImage image = new BufferedImage(Math.max(1, w), Math.max(1, h), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(density, density);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.translate(PAD, PAD + ascent);
            g.setStroke(BasemapStyle.round(3f));
            g.setColor(halo);
            g.draw(outline);
            g.setColor(fill);
            g.fill(outline);
        } finally {
            g.dispose();
        }
        return image;
    }
}
