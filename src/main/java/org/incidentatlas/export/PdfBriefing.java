package org.incidentatlas.export;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Locale;

/**
 * What a briefing PDF holds, as plain values (the briefing composes it; {@link PdfBriefingWriter} lays it out):
 * page 1 the map with the title, the filter, the legend, a scale bar, a north arrow and the attribution; then the
 * key and each keyed incident's verbatim quotes with their full citations. Every text is already made safe to
 * show ({@code DisplayText.safe}).
 *
 * @param map            the map's pixels without numbers, scale bar or north arrow (the PDF draws those)
 * @param mapWidthPx     the map's width in map pixels (the image has this times its density)
 * @param metresPerPixel metres per map pixel at the map's middle latitude, for the scale bar
 * @param numbers        the key's numbers as placed on the map, in map pixels
 */
public record PdfBriefing(Paper paper, String title, String countLine, String filterLine, String aboutLine,
                          BufferedImage map, double mapWidthPx, double mapHeightPx, double metresPerPixel,
                          List<NumberTag> numbers, List<LegendRow> legend, String attribution, List<KeyItem> key,
                          String moreLine) {

    public PdfBriefing {
        numbers = List.copyOf(numbers);
        legend = List.copyOf(legend);
        key = List.copyOf(key);
    }

    /** The paper: A4 or US Letter, landscape or portrait. */
    public record Paper(Size size, boolean landscape) {

        public static final Paper A4_LANDSCAPE = new Paper(Size.A4, true);

        /** Width and height in PDF points (1/72 inch). */
        public float width() {
            return landscape ? size.longSide : size.shortSide;
        }

        public float height() {
            return landscape ? size.shortSide : size.longSide;
        }

        /** "A4 landscape". */
        public String label() {
            return size.label + (landscape ? " landscape" : " portrait");
        }

        /** The paper named by {@code size} ("a4", "letter") and {@code orientation} ("landscape", "portrait"). */
        public static Paper parse(String size, String orientation) {
            Size s = "letter".equalsIgnoreCase(size) ? Size.LETTER : "a4".equalsIgnoreCase(size) ? Size.A4 : null;
            String o = orientation == null ? "" : orientation.toLowerCase(Locale.ROOT);
            if (s == null || !o.equals("landscape") && !o.equals("portrait")) {
                return null;
            }
            return new Paper(s, o.equals("landscape"));
        }
    }

    /** Paper sizes, in points. */
    public enum Size {
        A4("A4", 595.28f, 841.89f),
        LETTER("Letter", 612f, 792f);

        final String label;
        final float shortSide;
        final float longSide;

        Size(String label, float shortSide, float longSide) {
            this.label = label;
            this.shortSide = shortSide;
            this.longSide = longSide;
        }
    }

    /** A number on the map: its tag's box and its marker's point, in map pixels; a leader line when apart. */
    public record NumberTag(int number, double x, double y, double width, double height, double pointX, double pointY,
                            boolean leader) { }

    /** What a legend row shows beside its words. */
    public enum Symbol { HEADING, DISC, SIZES, CENTRE, RING, WIDE, STACK, SPLIT, NUMBER, LAYER }

    /** One legend row: its symbol, its colour as 0xRRGGBB (for a disc or a layer), its words. */
    public record LegendRow(Symbol symbol, int rgb, String text) { }

    /** One keyed incident: its number, its key line, its title, and its quotes. */
    public record KeyItem(int number, String line, String title, List<QuoteItem> quotes) {
        public KeyItem {
            quotes = List.copyOf(quotes);
        }
    }

    /** A verbatim quote and the full citation of its article (outlet, title, date, address, id). */
    public record QuoteItem(String text, String citation) { }
}
