package org.incidentatlas.importer;

import org.incidentatlas.model.Dataset;

/**
 * What an import gave: the dataset (not yet written, so its {@code file()} is null) and the report of what was
 * imported, skipped and warned about. Write the dataset with {@code DatasetWriter}.
 */
public record ImportResult(Dataset dataset, ImportReport report) {

    /** True when at least one incident was imported. */
    public boolean anyImported() {
        return !dataset.incidents().isEmpty();
    }
}
