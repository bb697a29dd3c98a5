package org.incidentatlas.ui.sources;

import org.incidentatlas.model.Article;
import org.incidentatlas.model.Quote;

/** Plain-text citations for the clipboard. */
final class Citations {

    private Citations() {
    }

    /** "Rudaw, “Iraq-Peshmerga cooperation…”, 2024-07-14: “On Sunday morning, …”". */
    static String of(Article a, Quote q) {
        String source = a == null ? "article " + q.articleId() : a.citation();
        return source + ": \u201c" + q.text().strip() + "\u201d";
    }
}
