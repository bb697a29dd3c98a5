package org.incidentatlas.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlaybackPlanTest {

    private static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    @Test
    void twelveMonthsCumulativeKeepTheStartAndEndEachMonth() {
        List<PlaybackPlan.Frame> f = new PlaybackPlan(d(2016, 10, 1), d(2017, 9, 30), PlaybackPlan.Step.MONTH,
                PlaybackPlan.Span.CUMULATIVE, 0).frames();
        assertEquals(12, f.size());
        assertTrue(f.stream().allMatch(x -> x.from().equals(d(2016, 10, 1))));
        assertEquals(d(2016, 10, 31), f.get(0).to());
        assertEquals(d(2017, 2, 28), f.get(4).to());
        assertEquals(d(2017, 9, 30), f.get(11).to());
        assertEquals("1 Oct 2016 to 28 Feb 2017", f.get(4).label());
    }

    @Test
    void aSlidingWindowNeverStartsBeforeTheStartAndTheLastFrameEndsAtTheEnd() {
        List<PlaybackPlan.Frame> f = new PlaybackPlan(d(2020, 1, 1), d(2020, 1, 20), PlaybackPlan.Step.WEEK,
                PlaybackPlan.Span.WINDOW, 10).frames();
        assertEquals(List.of(
                new PlaybackPlan.Frame(0, d(2020, 1, 1), d(2020, 1, 7)),
                new PlaybackPlan.Frame(1, d(2020, 1, 5), d(2020, 1, 14)),
                new PlaybackPlan.Frame(2, d(2020, 1, 11), d(2020, 1, 20))), f);
    }

    @Test
    void stepsAloneTileTheRangeDayByDay() {
        List<PlaybackPlan.Frame> f = new PlaybackPlan(d(2020, 2, 27), d(2020, 3, 1), PlaybackPlan.Step.DAY,
                PlaybackPlan.Span.STEP, 0).frames();
        assertEquals(4, f.size(), "27, 28, 29 Feb and 1 Mar 2020");
        assertTrue(f.stream().allMatch(x -> x.from().equals(x.to())));
        assertEquals("29 Feb 2020", f.get(2).label());
    }

    @Test
    void tooManyFramesOrABackwardRangeIsSaid() {
        IllegalArgumentException many = assertThrows(IllegalArgumentException.class, () -> new PlaybackPlan(d(1990, 1, 1),
                d(2019, 12, 31), PlaybackPlan.Step.DAY, PlaybackPlan.Span.STEP, 0).frames());
        assertTrue(many.getMessage().contains("take a longer step"), many.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new PlaybackPlan(d(2020, 2, 1), d(2020, 1, 1),
                PlaybackPlan.Step.DAY, PlaybackPlan.Span.STEP, 0));
    }
}
