package org.incidentatlas.importer;

/** A row cannot be imported; the message says why, in words for the report ("latitude is \"95.2\", ..."). */
final class RowRejected extends Exception {

    private static final long serialVersionUID = 1L;

    RowRejected(String reason) {
        super(reason, null, false, false);
    }
}
