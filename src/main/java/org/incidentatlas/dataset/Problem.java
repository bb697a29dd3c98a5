package org.incidentatlas.dataset;

import java.nio.file.Path;

/**
 * One thing wrong with a dataset, with where it is and what to do about it.
 *
 * @param line   1-based line in the file, or 0 when the problem has no single place in the file
 * @param column 1-based column, or 0 when unknown
 * @param record the record it concerns, e.g. {@code incident "prde-attack"} or {@code incident #12}; null when none
 * @param field  the field within the record, e.g. {@code killed.low} or {@code quotes[1].text}; null when none
 * @param hint   what to do, or null
 */
public record Problem(Severity severity, Code code, Path file, int line, int column, String record, String field,
                      String message, String hint) {

    public enum Severity { ERROR, WARNING }

    /** What kind of problem this is; stable, for tests and for grouping repeats. */
    public enum Code {
        FILE_NOT_FOUND, FILE_UNREADABLE, EMPTY_FILE, SYNTAX, TRUNCATED, DUPLICATE_KEY, SCHEMA, DUPLICATE_ID,
        UNKNOWN_ARTICLE, QUOTE_NOT_FOUND, BAD_DATE, DATE_ORDER, COORDINATES, CASUALTY_RANGE, PATH_ESCAPE,
        TEXT_MISSING, TEXT_NOT_UTF8, TEXT_CHECKSUM, TEXT_NOT_REGULAR, TEXT_TOO_LARGE, LIMIT, QUOTE_EMPTY, QUOTE_TOO_SHORT, NO_QUOTE, QUOTE_UNVERIFIED, QUOTE_OFFSETS, ALIAS_CONFLICT, MORE_OF_THE_SAME
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "incident-atlas.json:12:5, incident "x", field "lat"": as precise as what is known. */
    public String where() {
        StringBuilder sb = new StringBuilder(file == null ? "(no file)" : String.valueOf(file.getFileName()));
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        if (record != null) {
            sb.append(", ").append(record);
        }
        if (field != null) {
            sb.append(", field \"").append(field).append('"');
        }
        return sb.toString();
    }

    /** One line for a terminal or a log: severity, place, what is wrong and what to do. */
    @Override
    public String toString() {
        return (isError() ? "error: " : "warning: ") + where() + ": " + message + (hint == null ? "" : " " + hint);
    }
}
