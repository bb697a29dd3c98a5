package org.incidentatlas.briefing;

/**
 * How large a briefing page is: a whole page of {@code width} x {@code height} (the map takes what the title
 * band, legend and credits leave), or, for the window's current view, a map of that size with the page around it.
 *
 * @param mapOnly true when width and height are the map's, not the page's
 * @param dpi     the print density the page is made for, written into the PNG (times the pixel density)
 */
public record PageSize(String label, int width, int height, boolean mapOnly, int dpi) {

    /** Screens and projectors count 96 pixels to the inch. */
    static final int SCREEN_DPI = 96;

    /** A 16:9 presentation slide. */
    public static final PageSize SLIDE = new PageSize("Slide, 1920 x 1080", 1920, 1080, false, SCREEN_DPI);

    /** A4 landscape, 297 x 210 mm, at 150 dpi: 1754 x 1240 pixels. */
    public static final PageSize A4_LANDSCAPE =
            new PageSize("A4 landscape, 150 dpi (1754 x 1240)", 1754, 1240, false, 150);

    /** The smallest page that still holds the title, legend and credits legibly. */
    public static final int MIN_SIDE = 400;

    public PageSize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a page of " + width + " x " + height);
        }
    }

    /** A page of this size, for the command line. */
    public static PageSize page(int width, int height) {
        return new PageSize(width + " x " + height, width, height, false, SCREEN_DPI);
    }

    /** The map at this size (the window's map now), the page around it. */
    public static PageSize mapOf(int width, int height) {
        return new PageSize("Current view (map " + width + " x " + height + ")", width, height, true, SCREEN_DPI);
    }

    /**
     * How large the page's text and marks are: 1 on a 1920 x 1080 slide, in proportion on other pages, never
     * below 0.75 (smaller text would not read at 1x) nor above 2.5.
     */
    public double unit() {
        // a map-only size is the map's; the title band, legend and credits add about 300 x 250 pixels
        double w = mapOnly ? width + 300 : width;
        double h = mapOnly ? height + 250 : height;
        return Math.max(0.75, Math.min(2.5, Math.min(w / 1920, h / 1080)));
    }

    @Override
    public String toString() {
        return label;
    }
}
