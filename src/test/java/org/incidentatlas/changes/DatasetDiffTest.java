package org.incidentatlas.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;

class DatasetDiffTest {

    private static Incident incident(String id, String sourceId, String title, Casualties killed) {
        return new Incident(id, title, "battles", LocalDate.of(2024, 7, 14), LocalDate.of(2024, 7, 14), DatePrecision.DAY,
                "Gwer", "Erbil", 36.04, 43.49, GeoPrecision.TOWN, 5.0, List.of("A"), killed, null, "", List.of(), List.of(),
                null, sourceId == null ? null : "Iraq", sourceId);
    }

    @Test
    void newChangedWithItsFieldsAndGone() {
        Incident kept = incident("acled-IRQ1", "IRQ1", "Clash, Gwer", Casualties.exactly(2));
        Incident revised = incident("acled-IRQ2", "IRQ2", "Clash, Makhmour", Casualties.exactly(1));
        Incident deleted = incident("acled-IRQ3", "IRQ3", "Clash, Qaraj", null);
        Incident own = incident("own-1", null, "=Seen by our team", Casualties.atLeast(1));
        Incident revisedNow = incident("acled-IRQ2", "IRQ2", "Armed clash, Makhmour", Casualties.exactly(4));
        Incident added = incident("acled-IRQ4", "IRQ4", "Clash, Kirkuk", null);
        DatasetDiff d = DatasetDiff.of(List.of(kept, revised, deleted, own), List.of(kept, revisedNow, added, own));
        assertEquals("1 new, 1 changed, 1 gone, 2 unchanged", d.summary());
        assertEquals(List.of(DatasetDiff.Kind.CHANGED, DatasetDiff.Kind.NEW, DatasetDiff.Kind.GONE),
                d.changes().stream().map(DatasetDiff.Change::kind).toList());
        assertEquals(List.of("title", "killed"), d.changes().get(0).fields());
        assertEquals("killed 1, title 1", d.fieldCounts());
        assertEquals(deleted, d.changes().get(2).incident());
    }

    @Test
    void importedEventsMatchBySourceIdHoweverTheAppNamedThem() {
        Incident was = incident("acled-IRQ1", "IRQ1", "Clash, Gwer", null);
        Incident renamed = incident("event-7", "IRQ1", "Clash, Gwer", null);
        DatasetDiff d = DatasetDiff.of(List.of(was), List.of(renamed));
        assertEquals(0, d.changes().size(), d.changes().toString());
        assertEquals(1, d.unchanged());
    }

    @Test
    void theCsvListsEveryChangeWithGuardedText() throws Exception {
        Incident a = incident("own-1", null, "=Seen", Casualties.exactly(1));
        Incident b = incident("own-1", null, "=Seen", Casualties.exactly(3));
        StringBuilder out = new StringBuilder();
        ChangesCsv.write(DatasetDiff.of(List.of(a), List.of(b)), out);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(out.toString())).getRecords();
        assertEquals(1, rows.size());
        CSVRecord r = rows.get(0);
        assertEquals("changed", r.get("change"));
        assertEquals("killed", r.get("changed_fields"));
        assertEquals("'=Seen", r.get("title"), "formula-guarded as in the CSV export");
        assertEquals("3", r.get("killed"));
        assertEquals("1", r.get("killed_before"));
        assertTrue(r.get("source_id").isEmpty());
    }
}
