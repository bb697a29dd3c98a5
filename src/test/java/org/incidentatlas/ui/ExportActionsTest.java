package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ExportActionsTest {

    @Test
    void suggestedFileNamesKeepWholeWords() {
        assertEquals("northern-iraq-coordination-centres-and", ExportActions.slug(
                "Northern Iraq: coordination centres and incidents from five articles"));
        assertEquals("ucdp-ged-19-1-iraq", ExportActions.slug("UCDP GED 19.1: Iraq"));
        assertEquals("incidents", ExportActions.slug("\u0643\u0631\u0643\u0648\u0643"));
    }
}
