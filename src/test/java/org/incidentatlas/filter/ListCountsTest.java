package org.incidentatlas.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.incidentatlas.generate.DatasetGenerator;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list value's count must be exactly what ticking that value alone (with every other filter as it is) keeps:
 * checked against the filter itself, for random filters over a generated dataset.
 */
class ListCountsTest {

    private static final PlaceVariants PLACES = PlaceVariants.bundled();
    private static List<Incident> incidents;
    private static SearchIndex index;

    @BeforeAll
    static void generate(@TempDir Path dir) throws IOException {
        Dataset d = new DatasetGenerator().generate(3000, 11, dir.resolve("g.json"));
        incidents = d.incidents();
        index = SearchIndex.build(incidents);
    }

    @Test
    void withNoFilterTheCountsAreTheTotals() {
        ListCounts c = ListCounts.count(incidents, IncidentFilter.NONE, index, PLACES, () -> false);
        Map<String, Integer> types = new HashMap<>();
        incidents.forEach(i -> types.merge(i.type(), 1, Integer::sum));
        assertEquals(types, c.types());
        assertEquals(incidents.stream().filter(i -> i.province() != null).count(),
                c.provinces().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void eachCountIsWhatTickingThatValueAloneKeeps() {
        SplittableRandom rnd = new SplittableRandom(5);
        List<String> types = incidents.stream().map(Incident::type).distinct().sorted().toList();
        List<String> actors = incidents.stream().flatMap(i -> i.actors().stream()).distinct().sorted().toList();
        List<String> provinces = incidents.stream().map(Incident::province).filter(p -> p != null).distinct().sorted().toList();
        int checked = 0;
        for (int round = 0; round < 40; round++) {
            IncidentFilter f = IncidentFilter.NONE
                    .withTypes(pick(types, rnd)).withActors(pick(actors, rnd)).withProvinces(pick(provinces, rnd));
            switch (rnd.nextInt(4)) {
                case 0 -> f = f.withDates(LocalDate.of(2016, 1, 1), LocalDate.of(2019, 12, 31));
                case 1 -> f = f.withText(List.of("kirkuk", "near", "police", "mosul").get(rnd.nextInt(4)));
                case 2 -> f = f.withMinKilled(1 + rnd.nextInt(5));
                default -> { }
            }
            ListCounts c = ListCounts.count(incidents, f, index, PLACES, () -> false);
            for (String t : types) {
                assertEquals(kept(f.withTypes(Set.of(t))), (int) c.types().getOrDefault(t, 0), "type " + t + " under " + f.describe());
            }
            for (String a : actors) {
                assertEquals(kept(f.withActors(Set.of(a))), (int) c.actors().getOrDefault(a, 0), "actor " + a + " under " + f.describe());
            }
            for (String p : provinces) {
                assertEquals(kept(f.withProvinces(Set.of(p))), (int) c.provinces().getOrDefault(p, 0), "province " + p + " under " + f.describe());
            }
            checked += types.size() + actors.size() + provinces.size();
        }
        assertTrue(checked > 1000, "values checked: " + checked);
    }

    @Test
    void aCountNoLongerWantedStopsAndGivesNothing() {
        assertNull(ListCounts.count(incidents, IncidentFilter.NONE, index, PLACES, () -> true));
    }

    private static int kept(IncidentFilter f) {
        Predicate<Incident> p = f.toPredicate(index, PLACES);
        return (int) incidents.stream().filter(p).count();
    }

    /** Often nothing (no restriction), else one to three values. */
    private static Set<String> pick(List<String> values, SplittableRandom rnd) {
        if (rnd.nextInt(3) == 0) {
            return Set.of();
        }
        List<String> out = new ArrayList<>();
        for (int k = 1 + rnd.nextInt(3); k > 0; k--) {
            out.add(values.get(rnd.nextInt(values.size())));
        }
        return Set.copyOf(out);
    }
}
