package org.incidentatlas.ui;

import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.filter.SearchIndex;

/** A read's result, with the search index built beside it (off the FX thread) when the dataset opened. */
public record LoadedDataset(ReadResult result, SearchIndex index) {
}
