package org.incidentatlas.importer;

import org.incidentatlas.dataset.ArticleDraft;

/**
 * An article's text as read from a file or pasted ({@link ArticleReader}), already in the stored form, with
 * what the file itself says of it, offered as defaults (each null when it says nothing).
 *
 * @param text      the readable text: paragraphs separated by one blank line, lines ending in {@code \n}
 * @param title     the headline (HTML: {@code og:title}, the content's first {@code <h1>}, {@code <title>};
 *                  Markdown: the first heading)
 * @param published the publication date, {@code YYYY-MM-DD}, from {@code article:published_time},
 *                  {@code <time datetime>} and the like
 * @param outlet    the site's name ({@code og:site_name})
 * @param url       the canonical address the page gives ({@code <link rel=canonical>}, {@code og:url}); never opened
 * @param origin    where it came from, for messages: the file's name or "pasted text"
 */
public record ArticleSource(String text, String title, String published, String outlet, String url, String origin) {

    /** A draft with this source's defaults; what the analyst gives instead replaces them. */
    public ArticleDraft draft() {
        return new ArticleDraft(text, outlet, title, published, url, null, null);
    }
}
