package org.incidentatlas.places;

import java.util.Set;
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

    /** Arabic's article as transliterated, assimilated to the next letter or not ("ad Dujayl", "as Sa'diyah"). */
    private static final Set<String> ARTICLES =
            Set.of("al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ul");

    /**
     * The consonants of a Latin spelling in order, with the articles, vowels, h, w, y and doubled letters left out
     * and kh/q/c as k, p as b, gh as g, sh as s, th/dh as t/d: transliterations of one Arabic or Kurdish name mostly agree
     * on it ("Zakho" and "Zākhū", "Al-Duloeyah" and "Aḑ Ḑulū‘īyah", "Salah Al-Din" and "Şalāḩ ad Dīn",
     * "Tuz Khurmatu" and "Ţūzkhūrmātū", "Kufa" and "Al Kūfah"). Null for a spelling in another script, or with
     * fewer than 2 such letters.
     */
    static String skeleton(String key) {
        StringBuilder out = new StringBuilder();
        for (String word : key.split(" ")) {
            if (ARTICLES.contains(word)) {
                continue;
            }
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c >= '0' && c <= '9') {
                    out.append(c);
                    continue;
                }
                if (c < 'a' || c > 'z') {
                    return null;
                }
                char next = i + 1 < word.length() ? word.charAt(i + 1) : ' ';
                char k = switch (c) {
                    case 'a', 'e', 'i', 'o', 'u', 'h', 'w', 'y' -> 0;
                    case 'q', 'c' -> 'k';
                    case 'p' -> 'b'; // Arabic has no p: Kurdish "Kupri" is written "Kubri" too
                    default -> c;
                };
                if (next == 'h' && (c == 'k' || c == 'g' || c == 's' || c == 't' || c == 'd')) {
                    i++; // the digraph is one letter: kh, gh, sh, th, dh
                }
                if (k != 0 && (out.length() == 0 || out.charAt(out.length() - 1) != k)) {
                    out.append(k);
                }
            }
        }
        return out.length() < 2 ? null : out.toString();
    }

    /** Levenshtein distance: among other transliterations, the closest spelling first. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The spelling without a leading Arabic article ("al mawsil" gives "mawsil", "ad dujayl" "dujayl", "ال" too), so that typing
     * the name without it is a prefix match; null when there is none.
     */
    static String withoutArticle(String key) {
        int space = key.indexOf(' ');
        if (space > 0 && ARTICLES.contains(key.substring(0, space)) && key.length() > space + 2) {
            return key.substring(space + 1);
        }
        if (key.startsWith("\u0627\u0644") && key.length() > 3) {
            return key.substring(2).strip();
        }
        return null;
    }
}
