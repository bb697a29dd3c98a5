package org.incidentatlas.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;

class FilteredRowsTest {

    private static final PlaceVariants NO_PLACES = new PlaceVariants(List.of());

    private static Incident incident(String id, LocalDate day, String type) {
        return new Incident(id, "title " + id, type, day, day, DatePrecision.DAY, "Kirkuk", "Kirkuk", 35.4, 44.3,
                GeoPrecision.EXACT, null, List.of("a"), null, null, "", List.of(), List.of(), null);
    }

    @Test
    void keepsTheDefaultOrderAndMatchesThePredicate() {
        Random r = new Random(7);
        List<Incident> all = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            all.add(incident("i" + r.nextInt(100_000), LocalDate.of(2020, 1, 1).plusDays(r.nextInt(300)),
                    r.nextBoolean() ? "attack" : "clash"));
        }
        List<Incident> ordered = FilteredRows.inDefaultOrder(all);
        IncidentFilter f = IncidentFilter.NONE.withTypes(Set.of("attack")).withDates(LocalDate.of(2020, 3, 1), null);
        List<Incident> got = FilteredRows.incidents(ordered, f, SearchIndex.onDemand(), NO_PLACES, () -> false);
        List<Incident> want = all.stream().filter(f.toPredicate(SearchIndex.onDemand(), NO_PLACES))
                .sorted(Incident.BY_DATE_THEN_ID).toList();
        assertEquals(want, got);
    }

    @Test
    void aCancelledFilterGivesNothing() {
        List<Incident> all = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            all.add(incident("i" + i, LocalDate.of(2020, 1, 1), "attack"));
        }
        AtomicInteger asked = new AtomicInteger();
        assertNull(FilteredRows.incidents(all, IncidentFilter.NONE.withTypes(Set.of("attack")), SearchIndex.onDemand(),
                NO_PLACES, () -> asked.incrementAndGet() > 1));
    }
}
