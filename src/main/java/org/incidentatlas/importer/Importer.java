package org.incidentatlas.importer;

import java.nio.file.Path;
import java.util.function.DoubleConsumer;

/**
 * Imports an event dataset's CSV export into the app's dataset format. Pure and thread-safe: it reads the file,
 * touches nothing else, and can run on a background thread (the window's File > Import does).
 */
public final class Importer {

    /**
     * Reads {@code csv} as the given source's export.
     *
     * @param progress told the fraction of the file read, 0 to 1, now and then, on the calling thread
     * @return the dataset (not written; {@code file()} is null) and the report: rows read, imported, skipped (each
     *         with its line and reason) and warnings. Rows that cannot be imported do not stop the rest.
     * @throws ImportException when the file as a whole cannot be imported: missing, unreadable, not UTF-8, not
     *                         well-formed CSV, or lacking required columns. Nothing is imported then.
     */
    public ImportResult importFile(ImportSource source, Path csv, DoubleConsumer progress) throws ImportException {
        CsvImporter importer = switch (source) {
            case UCDP -> new UcdpImporter();
            case ACLED -> new AcledImporter();
        };
        return importer.importFile(csv, progress);
    }
}
