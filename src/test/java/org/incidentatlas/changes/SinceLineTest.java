package org.incidentatlas.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.filter.SearchIndex;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;

/** "Only new since": the ids a diff marks, the filter part they make, and the briefing's line. */
class SinceLineTest {

    private static Incident incident(String id, String title) {
        return new Incident(id, title, "clash", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 1), DatePrecision.DAY,
                "Gwer", "Erbil", 36.04, 43.49, GeoPrecision.TOWN, 5.0, List.of("A"), Casualties.exactly(1), null, "",
                List.of(), List.of(), null);
    }

    private final List<Incident> before = List.of(incident("a", "A"), incident("b", "B"), incident("c", "C"));
    private final List<Incident> after = List.of(incident("a", "A"), incident("b", "B revised"), incident("d", "D"),
            incident("e", "E"));
    private final DatasetDiff diff = DatasetDiff.of(before, after);

    @Test
    void theIdsAreTheNewOnesOrTheNewAndChanged() {
        assertEquals(Set.of("d", "e"), diff.newIds(false));
        assertEquals(Set.of("b", "d", "e"), diff.newIds(true));
    }

    @Test
    void theFilterPartKeepsThoseIdsAndSaysSo() {
        IncidentFilter f = IncidentFilter.NONE.withSince(new IncidentFilter.Since(false, "the briefing of 12 Nov 2026",
                diff.newIds(false)));
        assertFalse(f.isEmpty());
        assertEquals("only new since the briefing of 12 Nov 2026", f.describe());
        Predicate<Incident> p = f.toPredicate(SearchIndex.onDemand(), PlaceVariants.bundled());
        assertEquals(List.of("d", "e"), after.stream().filter(p).map(Incident::id).toList());
        IncidentFilter withText = f.withTypes(Set.of("none of these"));
        assertEquals(List.of(), after.stream().filter(withText.toPredicate(SearchIndex.onDemand(),
                PlaceVariants.bundled())).map(Incident::id).toList(), "it combines with the other parts");
        assertEquals(f.since(), f.withoutLists().since(), "the list counts count under it");
        assertTrue(f.withSince(null).isEmpty());
        assertEquals(f, IncidentFilter.NONE.withSince(new IncidentFilter.Since(false, "the briefing of 12 Nov 2026",
                Set.of("e", "d"))), "a value: equal when it keeps the same ids");
    }

    @Test
    void theBriefingLineCountsTheRowsItShowsWithTheEarlierVersionsDay() {
        LocalDate day = LocalDate.of(2026, 11, 12);
        assertEquals("2 new, 1 changed since 12 Nov 2026", diff.briefingLine(after, day));
        assertEquals("1 new since 12 Nov 2026", diff.briefingLine(List.of(after.get(0), after.get(3)), day));
        assertEquals("1 changed since 12 Nov 2026", diff.briefingLine(List.of(after.get(1)), day));
        assertEquals("Nothing new or changed since 12 Nov 2026", diff.briefingLine(List.of(after.get(0)), day));
    }
}
