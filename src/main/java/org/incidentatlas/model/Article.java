package org.incidentatlas.model;

/**
 * A source article.
 *
 * @param published  {@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY} or null when unknown
 * @param textPath   the stored text's path relative to the dataset file, or null when no copy is stored
 * @param textSha256 the SHA-256 the stored text must have, or null when not recorded
 * @param text       the stored text itself (loaded and checked by the reader), or null
 */
public record Article(String id, String outlet, String title, String published, String url,
                      String textPath, String textSha256, String text, String notes) {

    public boolean hasText() {
        return text != null;
    }

    public Article withText(String newText) {
        return new Article(id, outlet, title, published, url, textPath, textSha256, newText, notes);
    }

    /** "Rudaw, Iraq-Peshmerga cooperation needed to thwart ISIS: KRG official, 2024-07-14": outlet, title, date. */
    public String sourceLine() {
        return (outlet == null ? "outlet not named" : outlet) + ", " + (title == null ? "untitled" : title)
                + ", " + (published == null ? "undated" : published);
    }

    /** "Rudaw, “Iraq-Peshmerga cooperation…”, 2024-07-14", with stand-ins for what is unknown. */
    public String citation() {
        return (outlet == null ? "outlet not named" : outlet)
                + ", " + (title == null ? "untitled" : "\u201c" + title + "\u201d")
                + ", " + (published == null ? "undated" : published);
    }
}
