package org.incidentatlas.filter;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text for searching: case, accents and apostrophes are ignored, so "khanaqin" finds "Khānaqīn" and
 * "daesh" finds "Da’esh".
 */
public final class TextFold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02BC\u02BB\u02BF\u02BE`\u00B4]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextFold() {
    }

    public static String fold(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        if (isPlainAscii(s)) {
            return SPACES.matcher(s.toLowerCase(Locale.ROOT).replace("'", "").replace("`", "")).replaceAll(" ");
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        d = MARKS.matcher(d).replaceAll("");
        d = APOSTROPHES.matcher(d).replaceAll("");
        d = d.replace('\u0131', 'i').replace('\u0130', 'I').replace('\u00F8', 'o').replace('\u00D8', 'O')
                .replace('\u00DF', 's').replace('\u0142', 'l').replace('\u0141', 'L');
        return SPACES.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    private static boolean isPlainAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c == '\t' || c == '\n' || c == '\r') {
                return false;
            }
        }
        return true;
    }
}
