package org.incidentatlas.model;

import java.util.List;

/**
 * A passage of an article that supports a record.
 *
 * @param articleId the {@link Article#id()} the passage comes from
 * @param text      the passage, verbatim (whitespace may differ from the article's)
 * @param supports  which fields of the record the passage backs; may be empty
 */
public record Quote(String articleId, String text, List<String> supports) {

    public Quote {
        supports = List.copyOf(supports);
    }
}
