package org.incidentatlas.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A free-text search: every term must occur (in any order); a term that names a gazetteer place matches any
 * of its spellings. Multi-word place names ("qara hanjir") are recognised as one term.
 */
public final class TextQuery {

    private static final int LONGEST_PLACE_NAME_WORDS = 4;

    private final String text;
    private final List<Set<String>> terms;

    private TextQuery(String text, List<Set<String>> terms) {
        this.text = text;
        this.terms = List.copyOf(terms);
    }

    public static TextQuery parse(String text, PlaceVariants places) {
        String folded = TextFold.fold(text).trim();
        List<Set<String>> terms = new ArrayList<>();
        if (!folded.isEmpty()) {
            String[] words = folded.split(" ");
            int i = 0;
            while (i < words.length) {
                int taken = 1;
                for (int n = Math.min(LONGEST_PLACE_NAME_WORDS, words.length - i); n > 1; n--) {
                    if (places.isPlace(String.join(" ", Arrays.copyOfRange(words, i, i + n)))) {
                        taken = n;
                        break;
                    }
                }
                terms.add(places.alternatives(String.join(" ", Arrays.copyOfRange(words, i, i + taken))));
                i += taken;
            }
        }
        return new TextQuery(text, terms);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    public String text() {
        return text;
    }

    /** Each term's spellings (the column filter looks them up in its word index before testing). */
    List<Set<String>> terms() {
        return terms;
    }

    /** Whether a folded text holds every term (one of its spellings). */
    public boolean matches(String foldedHaystack) {
        for (Set<String> alternatives : terms) {
            boolean any = false;
            for (String a : alternatives) {
                if (foldedHaystack.contains(a)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }
}
