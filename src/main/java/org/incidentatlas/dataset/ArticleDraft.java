package org.incidentatlas.dataset;

/**
 * An article about to be stored ({@link ArticleStore}): its text and what the analyst says of it.
 *
 * @param text      the article's text, as read or pasted; stored in {@link ArticleText#normalise normalised} form
 * @param outlet    who published it, or null when not known
 * @param title     its headline, or null
 * @param published {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or null when unknown
 * @param url       where it was read, kept as text and never opened; or null
 * @param notes     the analyst's note, or null
 * @param id        the id wanted, or null for one made from the outlet and title
 */
public record ArticleDraft(String text, String outlet, String title, String published, String url, String notes,
                           String id) {

    public ArticleDraft {
        outlet = blankToNull(outlet);
        title = blankToNull(title);
        published = blankToNull(published);
        url = blankToNull(url);
        notes = blankToNull(notes);
        id = blankToNull(id);
    }

    /** The same draft with another id (null: made from the outlet and title). */
    public ArticleDraft withId(String newId) {
        return new ArticleDraft(text, outlet, title, published, url, notes, newId);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
