package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.incidentatlas.filter.IncidentFilter;
import org.junit.jupiter.api.Test;

class ExportNamesTest {

    @Test
    void theNameSaysWhatTheFilterKeeps() {
        assertEquals("incidents.csv", ExportNames.suggest("incidents", IncidentFilter.NONE, "csv"));
        assertEquals("incidents-kirkuk-2014-2017.csv", ExportNames.suggest("incidents", IncidentFilter.NONE
                .withProvinces(Set.of("Kirkūk")).withDates(LocalDate.of(2014, 1, 1), LocalDate.of(2017, 12, 31)), "csv"));
        assertEquals("briefing-isis-50km-kirkuk-coordination-centre.png", ExportNames.suggest("briefing",
                IncidentFilter.NONE.withText("ISIS").withNear(new IncidentFilter.Near("k", "Kirkuk coordination centre", 35, 44, 50)),
                "png"));
        assertEquals("incidents-from-2020.csv", ExportNames.suggest("incidents",
                IncidentFilter.NONE.withDates(LocalDate.of(2020, 5, 1), null), "csv"));
        // many values would make the name unreadable: none is named
        assertEquals("incidents.csv", ExportNames.suggest("incidents",
                IncidentFilter.NONE.withTypes(Set.of("a", "b", "c")), "csv"));
    }

    @Test
    void slugsKeepWholeWordsAndOtherScripts() {
        assertEquals("northern-iraq-coordination-centres-and-incidents-from-five", ExportNames.slug(
                "Northern Iraq: coordination centres and incidents from five articles"));
        assertEquals("ucdp-ged-19-1-iraq", ExportNames.slug("UCDP GED 19.1: Iraq"));
        assertEquals("كركوك", ExportNames.slug("\u0643\u0631\u0643\u0648\u0643"));
    }
}
