package org.incidentatlas.importer;

/**
 * The file as a whole cannot be imported (missing, not UTF-8, not CSV, required columns missing), so nothing
 * is imported. The message is one plain sentence a person can act on; rows that merely cannot be imported are
 * reported in the {@link ImportReport} instead.
 */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final long line;

    public ImportException(String message, long line) {
        super(message);
        this.line = line;
    }

    /** The physical line of the file the problem is on, or 0 when it has no single line. */
    public long line() {
        return line;
    }
}
