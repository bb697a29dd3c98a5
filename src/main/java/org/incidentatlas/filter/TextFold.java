package org.incidentatlas.filter;

import java.text.Normalizer;

/**
 * Folds text for searching: case, accents and apostrophes are ignored, so "khanaqin" finds "Khānaqīn" and
 * "daesh" finds "Da’esh".
 */
public final class TextFold {


    private TextFold() {
    }

    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (isPlainAscii(s)) {
            return foldAscii(s);
        }
        return foldUnicode(Normalizer.normalize(s, Normalizer.Form.NFD));
    }

    /**
     * The common case without regular expressions (building the search index folds every title, summary and
     * quote): lower case, apostrophes dropped, runs of spaces folded to one.
     */
    private static String foldAscii(String s) {
        char[] out = new char[s.length()];
        int n = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B) {
                if (!space) {
                    out[n++] = ' ';
                }
                space = true;
            } else if (c != '\'' && c != '`') {
                out[n++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                space = false;
            }
        }
        return new String(out, 0, n);
    }

    /** One pass over decomposed text: marks and apostrophes dropped, lower case, runs of white space folded. */
    private static String foldUnicode(String d) {
        StringBuilder out = new StringBuilder(d.length());
        boolean space = false;
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                    || type == Character.ENCLOSING_MARK || isApostrophe(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
                continue;
            }
            space = false;
            out.append(switch (c) {
                case '\u0131', '\u0130' -> 'i';
                case '\u00F8', '\u00D8' -> 'o';
                case '\u00DF' -> 's';
                case '\u0142', '\u0141' -> 'l';
                default -> Character.toLowerCase(c);
            });
        }
        return out.toString();
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019' || c == '\u02BC' || c == '\u02BB' || c == '\u02BF'
                || c == '\u02BE' || c == '`' || c == '\u00B4';
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
