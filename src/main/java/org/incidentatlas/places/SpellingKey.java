package org.incidentatlas.places;

import org.incidentatlas.filter.TextFold;

/**
 * The form spellings are compared in: folded as the search folds them ({@link TextFold}: case, accents and
 * apostrophes aside), hyphens and other punctuation as spaces ("Al-Mawsil" is "al mawsil"), and the Arabic
 * letters that are written either way made one (alef maqsura as yeh, teh marbuta as heh).
 */
final class SpellingKey {

    private SpellingKey() {
    }

    static String of(String s) {
        String folded = TextFold.fold(s);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(switch (c) {
                    case '\u0649' -> '\u064A';
                    case '\u0629' -> '\u0647';
                    default -> c;
                });
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int n = out.length();
        if (n > 0 && out.charAt(n - 1) == ' ') {
            out.setLength(n - 1);
        }
        return out.toString();
    }

    /**
     * The spelling without a leading Arabic article ("al mawsil" gives "mawsil", "ال" too), so that typing
     * the name without it is a prefix match; null when there is none.
     */
    static String withoutArticle(String key) {
        for (String article : new String[] {"al ", "el ", "\u0627\u0644"}) {
            if (key.startsWith(article) && key.length() > article.length() + 1) {
                return key.substring(article.length()).strip();
            }
        }
        return null;
    }
}
