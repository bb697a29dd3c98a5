package org.incidentatlas.model;

import java.util.List;

/**
 * A passage of an article that supports a record.
 *
 * @param articleId the {@link Article#id()} the passage comes from
 * @param text      the passage, verbatim (whitespace may differ from the article's)
 * @param supports  which fields of the record the passage backs; may be empty
 * @param start     where the passage starts in the article's stored text, in Unicode code points from its
 *                  beginning; null when not recorded (quotes written by hand or imported)
 * @param end       where it ends (exclusive), in code points; null when {@code start} is
 */
public record Quote(String articleId, String text, List<String> supports, Integer start, Integer end) {

    public Quote {
        supports = List.copyOf(supports);
        if ((start == null) != (end == null)) {
            throw new IllegalArgumentException("a quote's start and end are given together or not at all");
        }
    }

    /** A passage without recorded offsets. */
    public Quote(String articleId, String text, List<String> supports) {
        this(articleId, text, supports, null, null);
    }

    public boolean hasOffsets() {
        return start != null;
    }
}
