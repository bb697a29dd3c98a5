package org.incidentatlas.dataset;

import org.incidentatlas.model.Quote;

/**
 * Quote offsets are counted in Unicode code points (what a person calls characters, and what Python and most
 * tools other than Java and JavaScript count), so a file written here reads the same elsewhere; Java strings
 * index UTF-16 units, and this converts between the two.
 */
public final class QuoteOffsets {

    private QuoteOffsets() {
    }

    /** The text between code points {@code start} and {@code end}; null when they do not fit the text. */
    public static String passage(String text, int start, int end) {
        int[] units = units(text, start, end);
        return units == null ? null : text.substring(units[0], units[1]);
    }

    /** The UTF-16 indexes of code points {@code start} and {@code end}; null when they do not fit. */
    public static int[] units(String text, int start, int end) {
        if (start < 0 || end < start || end > text.codePointCount(0, text.length())) {
            return null;
        }
        int from = text.offsetByCodePoints(0, start);
        return new int[] {from, text.offsetByCodePoints(from, end - start)};
    }

    /** The code-point offset of UTF-16 index {@code unit} (a selection in a text control). */
    public static int codePoints(String text, int unit) {
        return text.codePointCount(0, unit);
    }

    /** Whether the quote's recorded offsets hold its text in {@code text}, white space aside; false without offsets. */
    public static boolean holds(String text, Quote q) {
        if (!q.hasOffsets()) {
            return false;
        }
        String passage = passage(text, q.start(), q.end());
        return passage != null && NormalizedText.fold(passage.strip()).equals(NormalizedText.fold(q.text().strip()));
    }
}
