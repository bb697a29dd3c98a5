package org.incidentatlas.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.incidentatlas.filter.FilteredRows;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.filter.SearchIndex;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;

/** The incidents a frame shows faded: the filter's over the earlier frames of the run, less the frame's own. */
class EarlierFramesTest {

    private static final LocalDate JAN_1 = LocalDate.of(2020, 1, 1);

    /** One a day from 1 Jan 2020, alternately "attack" and "meeting"; the last one spans 10 to 20 Jan. */
    private static List<Incident> days(int n) {
        List<Incident> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LocalDate d = JAN_1.plusDays(i);
            boolean span = i == n - 1;
            list.add(new Incident(String.format("i-%03d", i), "Incident " + i, i % 2 == 0 ? "attack" : "meeting",
                    span ? LocalDate.of(2020, 1, 10) : d, span ? LocalDate.of(2020, 1, 20) : d, DatePrecision.DAY,
                    "Kirkuk", "Kirkuk", 35.47, 44.39, GeoPrecision.TOWN, 5.0, List.of(), null, null, "s", List.of(),
                    List.of(), null));
        }
        return FilteredRows.inDefaultOrder(list);
    }

    private static List<Incident> earlier(List<Incident> all, IncidentFilter f, PlaybackPlan plan, int frame) {
        return EarlierFrames.of(all, f, plan, plan.frames().get(frame),
                g -> FilteredRows.keeps(g, SearchIndex.onDemand(), PlaceVariants.bundled()), () -> false);
    }

    @Test
    void aWeeklyStepFrameFadesEveryEarlierWeekOfTheRunAndNothingOfItsOwn() {
        List<Incident> all = days(40);
        PlaybackPlan plan = new PlaybackPlan(LocalDate.of(2020, 1, 8), LocalDate.of(2020, 2, 4), PlaybackPlan.Step.WEEK,
                PlaybackPlan.Span.STEP, 0);
        IncidentFilter f = IncidentFilter.NONE;
        assertEquals(List.of(), earlier(all, f, plan, 0), "the first frame has no earlier frames");
        List<Incident> third = earlier(all, f, plan, 2); // 22 to 28 Jan: earlier 8 to 21 Jan
        assertEquals(14 + 1, third.size(), "one a day from 8 to 21 Jan, and the one of 10 to 20 Jan");
        assertTrue(third.stream().allMatch(i -> i.dateEnd().isAfter(LocalDate.of(2020, 1, 7))), "nothing before the run's start");
        assertTrue(third.stream().noneMatch(i -> i.dateStart().isAfter(LocalDate.of(2020, 1, 21))));
        // the second frame (15 to 21 Jan): the long one reaches into it, so it is the frame's, not faded
        List<Incident> second = earlier(all, f, plan, 1);
        assertTrue(second.stream().noneMatch(i -> i.id().equals("i-039")), "an incident the frame shows is not faded");
        assertEquals(7, second.size(), "8 to 14 Jan");
    }

    @Test
    void theFilterStillAppliesAndACumulativeRunFadesNothing() {
        List<Incident> all = days(30);
        PlaybackPlan window = new PlaybackPlan(JAN_1, LocalDate.of(2020, 1, 30), PlaybackPlan.Step.DAY,
                PlaybackPlan.Span.WINDOW, 3);
        IncidentFilter attacks = IncidentFilter.NONE.withTypes(Set.of("attack"));
        List<Incident> faded = earlier(all, attacks, window, 9); // 8 to 10 Jan shown: 1 to 7 Jan faded
        assertEquals(List.of("i-000", "i-002", "i-004", "i-006"), faded.stream().map(Incident::id).toList());
        PlaybackPlan cumulative = new PlaybackPlan(JAN_1, LocalDate.of(2020, 1, 30), PlaybackPlan.Step.WEEK,
                PlaybackPlan.Span.CUMULATIVE, 0);
        for (int k = 0; k < cumulative.frameCount(); k++) {
            assertEquals(List.of(), earlier(all, IncidentFilter.NONE, cumulative, k));
            assertNull(cumulative.earlierEnd(cumulative.frames().get(k)));
        }
    }
}
