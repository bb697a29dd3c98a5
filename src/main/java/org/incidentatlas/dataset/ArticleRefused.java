package org.incidentatlas.dataset;

/**
 * An article that cannot be taken in as given: a text file that is not UTF-8, an empty text, a published date
 * that is no date, an id already used. The message says what and where, and what to do; nothing was written.
 */
public final class ArticleRefused extends Exception {

    public ArticleRefused(String message) {
        super(message, null, false, false);
    }
}
