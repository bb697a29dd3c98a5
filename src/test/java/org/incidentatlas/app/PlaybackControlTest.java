package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.briefing.PageSize;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.trend.PlaybackPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Playback through the Workbench: the filter's dates move frame by frame, the list follows, stop gives them back. */
class PlaybackControlTest {

    @TempDir
    Path temp;

    private Preferences node;
    private Workbench bench;

    @BeforeEach
    void create() throws IOException {
        node = Preferences.userRoot().node("org/incidentatlas-tests/playback-" + UUID.randomUUID());
        bench = new Workbench(Runnable::run, Runnable::run, new ScriptedDialogs(), new AppSettings(node), PlaceVariants.bundled());
        bench.open(TestDatasets.write(temp, "atlas.json", "Playback", 60)); // one a day from 1 Jan 2020
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void eachFrameIsTheFiltersDatesAndTheTableShowsIt() {
        bench.changeFilter(f -> f.withDates(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 2, 29)).withCoarseDate(false));
        PlaybackControl p = bench.playback();
        p.setStep(PlaybackPlan.Step.WEEK);
        p.setSpan(PlaybackPlan.Span.WINDOW, 10);
        p.play();
        assertTrue(p.playingProperty().get());
        assertEquals(LocalDate.of(2020, 1, 1), bench.filterProperty().get().from());
        assertEquals(LocalDate.of(2020, 1, 7), bench.filterProperty().get().to());
        assertEquals("Frame 1 of 9: 1 Jan 2020 to 7 Jan 2020", p.frameLabelProperty().get());
        p.next();
        assertEquals(LocalDate.of(2020, 1, 5), bench.filterProperty().get().from(), "the last 10 days to 14 Jan");
        assertEquals(LocalDate.of(2020, 1, 14), bench.filterProperty().get().to());
        assertTrue(bench.incidents().stream().allMatch(i -> !i.dateStart().isBefore(LocalDate.of(2020, 1, 5))
                && !i.dateStart().isAfter(LocalDate.of(2020, 1, 14))));
        assertEquals(10 - 1, bench.incidents().size(), "ten days, one of them (the 10th) dated to the year and hidden");
        p.pause();
        p.previous();
        assertEquals(LocalDate.of(2020, 1, 7), bench.filterProperty().get().to());
        for (int k = 0; k < 20; k++) {
            p.next();
        }
        assertEquals(LocalDate.of(2020, 2, 29), bench.filterProperty().get().to(), "the last frame ends at To");
        assertFalse(p.playingProperty().get(), "the clock stops at the last frame");
        p.stop();
        assertEquals(LocalDate.of(2020, 1, 1), bench.filterProperty().get().from(), "the dates come back");
        assertEquals(LocalDate.of(2020, 2, 29), bench.filterProperty().get().to());
        assertEquals("", p.frameLabelProperty().get());
    }

    @Test
    void withoutDatesItRunsOverTheDatasetAndStopClearsThemAgain() {
        PlaybackControl p = bench.playback();
        p.setStep(PlaybackPlan.Step.MONTH);
        p.setSpan(PlaybackPlan.Span.CUMULATIVE, 0);
        p.next();
        assertEquals(LocalDate.of(2020, 1, 1), bench.filterProperty().get().from());
        assertEquals(LocalDate.of(2020, 1, 31), bench.filterProperty().get().to());
        assertTrue(bench.incidents().stream().noneMatch(i -> i.datePrecision() == DatePrecision.DAY
                && i.dateStart().isAfter(LocalDate.of(2020, 1, 31))));
        p.stop();
        assertNull(bench.filterProperty().get().from());
        assertNull(bench.filterProperty().get().to());
        assertEquals(60, bench.incidents().size());
    }

    @Test
    void eachFrameFadesTheEarlierFramesOfTheRunWhileFadedIsOnAndTheChoiceIsRemembered() {
        bench.changeFilter(f -> f.withDates(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 28)).withCoarseDate(false));
        PlaybackControl p = bench.playback();
        assertTrue(p.fadedProperty().get(), "on by default");
        p.setStep(PlaybackPlan.Step.WEEK);
        p.setSpan(PlaybackPlan.Span.STEP, 0);
        p.next();
        assertEquals(0, p.earlierProperty().get().size(), "the first frame has no earlier frames");
        p.next();
        p.next(); // 15 to 21 Jan: 1 to 14 Jan faded, less the 10th (dated only to the year, hidden by the filter)
        assertEquals(14 - 1, p.earlierProperty().get().size());
        assertTrue(p.earlierProperty().get().incidents().stream()
                .allMatch(i -> i.dateStart().isBefore(LocalDate.of(2020, 1, 15))));
        assertTrue(bench.incidents().stream().noneMatch(p.earlierProperty().get().incidents()::contains),
                "the faded ones are not the frame's");
        assertEquals(13, bench.briefingRequest("t", PageSize.SLIDE, 1,
                (w, h) -> null).earlier().size(), "a briefing of the paused frame draws them too");
        p.setFaded(false);
        assertEquals(0, p.earlierProperty().get().size());
        assertFalse(new AppSettings(node).playbackFaded(), "remembered");
        p.setFaded(true);
        assertEquals(13, p.earlierProperty().get().size());
        p.stop();
        assertEquals(0, p.earlierProperty().get().size(), "stopped: nothing faded");
    }
}
