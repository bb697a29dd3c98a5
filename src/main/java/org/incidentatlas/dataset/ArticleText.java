package org.incidentatlas.dataset;

import java.nio.charset.StandardCharsets;

/**
 * The form an article's text is stored in, so that what the window shows is what is stored and what quotes
 * are checked against: UTF-8 without a byte-order mark, lines ending in {@code \n} only (a text area drops
 * {@code \r}, which would shift every character offset after it), no white space at the end of a line, no
 * blank lines at the start or end and never two in a row (a paragraph is one blank line), and one {@code \n}
 * at the end. Nothing else is changed: no Unicode
 * normalisation, no quotes or dashes made straight, so a passage copied from the source is found as written.
 */
public final class ArticleText {

    private ArticleText() {
    }

    /**
     * The bytes of a text file as text, strictly: a UTF-8 byte-order mark is dropped, and anything that is not
     * UTF-8 (a Windows-1256 or Latin-1 file, UTF-16) is refused with the line, column and byte offset.
     *
     * @param source the file's name, for the message
     */
    public static String decodeUtf8(byte[] bytes, String source) throws ArticleRefused {
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            StrictUtf8.check(bytes, from, bytes.length, true, false, 0);
        } catch (StrictUtf8.Malformed m) {
            int[] at = StrictUtf8.lineColumn(bytes, (int) m.offset);
            throw new ArticleRefused(source + " is not UTF-8: at line " + at[0] + ", column " + at[1] + " (byte offset "
                    + m.offset + ") there is " + m.what + ". Save the article as UTF-8 (in a text editor: Save As, "
                    + "encoding UTF-8; or iconv -f WINDOWS-1256 -t UTF-8) and add it again.");
        }
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    }

    /** The text in the stored form (see the class comment); empty when it has no visible character. */
    public static String normalise(String text) {
        String unified = (text.startsWith("\uFEFF") ? text.substring(1) : text).replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length() + 1);
        int blankRun = 0;
        for (String line : unified.split("\n", -1)) {
            String kept = line.stripTrailing();
            if (kept.isEmpty()) {
                blankRun++;
                continue;
            }
            if (out.length() > 0) {
                out.append("\n".repeat(Math.min(blankRun, 1) + 1));
            }
            blankRun = 0;
            out.append(kept);
        }
        return out.length() == 0 ? "" : out.append('\n').toString();
    }
}
