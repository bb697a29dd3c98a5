package org.incidentatlas.dataset;

import java.util.HashMap;
import java.util.Map;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;

/** Checks each record's quotes against its articles (and that each quote has something to check). */
record QuoteChecker(ProblemList problems, Map<String, Article> articles, Map<String, String> folded,
                            Map<String, int[]> nextFrom) {

    QuoteChecker(ProblemList problems, Map<String, Article> articles) {
        this(problems, articles, new HashMap<>(), new HashMap<>());
    }

    /**
     * Whether the quote stands in the article's text, white space aside. Most quotes stand in it exactly, so
     * the raw text is searched first and an article is folded only when a quote is not found as written.
     * Records usually quote an article in the order of its text, so each search starts where the last
     * quote of that article ended, and only then from the beginning.
     */
    boolean found(Article a, String quote) {
        String q = quote.strip();
        if (q.isEmpty()) {
            return false;
        }
        int[] from = nextFrom.computeIfAbsent(a.id(), k -> new int[2]);
        int at = search(a.text(), q, from, 0);
        if (at >= 0) {
            return true;
        }
        String fq = NormalizedText.fold(q);
        return search(folded.computeIfAbsent(a.id(), k -> NormalizedText.fold(a.text())), fq, from, 1) >= 0;
    }

    private static int search(String text, String q, int[] from, int slot) {
        int at = text.indexOf(q, from[slot]);
        if (at < 0 && from[slot] > 0) {
            at = text.indexOf(q);
        }
        if (at >= 0) {
            from[slot] = at + q.length();
        }
        return at;
    }

    void check(AtlasRecord r, int line) {
        if (r.quotes().isEmpty()) {
            problems.warning(Problem.Code.NO_QUOTE, line, 0, DatasetReader.label(r), "quotes",
                    "has no quote: nothing shows where it comes from.",
                    "Add at least one verbatim passage of a source article.");
        }
        for (int i = 0; i < r.quotes().size(); i++) {
            Quote q = r.quotes().get(i);
            Article a = articles.get(q.articleId());
            int letters = visibleLength(q.text());
            if (letters == 0) {
                problems.error(Problem.Code.QUOTE_EMPTY, line, 0, DatasetReader.label(r), "quotes[" + i + "].text",
                        "the passage is empty, or only white space or invisible characters.",
                        "Copy the words that support the record from the article.");
                continue;
            }
            if (letters == 1) {
                problems.warning(Problem.Code.QUOTE_TOO_SHORT, line, 0, DatasetReader.label(r), "quotes[" + i + "].text",
                        "the passage \"" + q.text().strip() + "\" is one character: too short to support anything.",
                        "Quote the words that say what the record says.");
            }
            if (a == null) {
                problems.error(Problem.Code.UNKNOWN_ARTICLE, line, 0, DatasetReader.label(r), "quotes[" + i + "].article",
                        "names the article \"" + q.articleId() + "\", which is not in the dataset's articles.",
                        "Add that article to \"articles\", or correct the id.");
            } else if (!a.hasText()) {
                if (a.textPath() == null) {
                    problems.warning(Problem.Code.QUOTE_UNVERIFIED, line, 0, DatasetReader.label(r), "quotes[" + i + "]",
                            "cannot be verified: the article \"" + a.id() + "\" has no stored text.",
                            "It is shown as a source note, not as a verified passage.");
                }
            } else if (!found(a, q.text())) {
                problems.error(Problem.Code.QUOTE_NOT_FOUND, line, 0, DatasetReader.label(r), "quotes[" + i + "].text",
                        "the passage \"" + DatasetReader.shorten(q.text()) + "\" is not in the text of article \"" + a.id() + "\".",
                        "Copy the passage from the article exactly (only white space may differ).");
            } else if (q.hasOffsets() && !QuoteOffsets.holds(a.text(), q)) {
                problems.warning(Problem.Code.QUOTE_OFFSETS, line, 0, DatasetReader.label(r), "quotes[" + i + "].start",
                        "the passage is in article \"" + a.id() + "\", but not at characters " + q.start() + " to "
                                + q.end() + " as recorded (was the stored text changed?).",
                        "Select the passage again in the article, or remove \"start\" and \"end\".");
            }
        }
        if (r instanceof Incident inc && inc.dateEnd() != null && inc.dateEnd().isBefore(inc.dateStart())) {
            problems.error(Problem.Code.DATE_ORDER, line, 0, DatasetReader.label(r), "dateEnd",
                    "ends on " + inc.dateEnd() + ", before it starts on " + inc.dateStart() + ".",
                    "Swap the dates, or correct the one that is wrong.");
        }
    }

    /**
     * How many characters of {@code s} are visible: not white space by Unicode's definition (Zs, Zl, Zp and the
     * controls, so NBSP, thin and ideographic spaces count as space) and not format characters (Cf: zero-width
     * space and joiners, the byte-order mark, soft hyphen). Counts up to 2, which is all the checks need.
     */
    static int visibleLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && n < 2; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && type != Character.FORMAT
                    && type != Character.CONTROL) {
                n++;
            }
        }
        return n;
    }
}
