package org.incidentatlas.app;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.map.EarlierPoints;
import org.incidentatlas.model.Incident;
import org.incidentatlas.trend.EarlierFrames;
import org.incidentatlas.trend.PlaybackPlan;

/**
 * Time playback in the window: the filter's date range is what moves, frame by frame, through
 * {@link Workbench#changeFilter}, so the map, the table, the counts and any export of a paused frame are exactly
 * that frame. The frames run over the filter's own From–To when both are set, else over the whole dataset's dates.
 * A clock in the window calls {@link #next} at the chosen speed; {@link #stop} puts the dates back as they were.
 *
 * <p>With {@link #setFaded faded} on (remembered; on by default), each frame also has the incidents of the frames
 * before it within the run ({@link EarlierFrames}), worked out in the background from the whole dataset, since the
 * one filtered list holds only the frame: the map draws them faded under the frame's markers. {@link #export} makes
 * the run into a GIF and/or PNG frames ({@link PlaybackExport}).
 */
public final class PlaybackControl {

    private final Workbench bench;
    private final Tasks tasks;
    private final AppSettings settings;
    private final Supplier<List<Incident>> all;
    private final Function<IncidentFilter, Predicate<Incident>> keeps;
    private final PlaybackExport export;
    private final ReadOnlyBooleanWrapper faded = new ReadOnlyBooleanWrapper(this, "faded", true);
    private final ReadOnlyObjectWrapper<EarlierPoints> earlier = new ReadOnlyObjectWrapper<>(this, "earlier", EarlierPoints.NONE);
    /** Which frame's earlier incidents are wanted: a newer frame makes an older result stale. */
    private final AtomicLong wanted = new AtomicLong();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private final ReadOnlyStringWrapper frameLabel = new ReadOnlyStringWrapper(this, "frameLabel", "");
    private PlaybackPlan.Step step = PlaybackPlan.Step.MONTH;
    private PlaybackPlan.Span span = PlaybackPlan.Span.CUMULATIVE;
    private int windowDays = 30;
    private int delayMs = 1000;
    private PlaybackPlan plan;
    private List<PlaybackPlan.Frame> frames = List.of();
    private int at = -1;
    private LocalDate savedFrom;
    private LocalDate savedTo;

    PlaybackControl(Workbench bench, Tasks tasks, DialogService dialogs, AppSettings settings,
                    Supplier<List<Incident>> all, Function<IncidentFilter, Predicate<Incident>> keeps) {
        this.bench = bench;
        this.tasks = tasks;
        this.settings = settings;
        this.all = all;
        this.keeps = keeps;
        this.export = new PlaybackExport(bench, tasks, dialogs, settings);
        faded.set(settings.playbackFaded());
    }

    /** True when each frame shows the earlier frames' incidents faded (a cumulative playback has none). */
    public ReadOnlyBooleanProperty fadedProperty() {
        return faded.getReadOnlyProperty();
    }

    /**
     * The current frame's earlier incidents, projected for the map ({@link EarlierPoints#NONE} when stopped, faded
     * off, at a first frame or in a cumulative playback).
     */
    public ReadOnlyObjectProperty<EarlierPoints> earlierProperty() {
        return earlier.getReadOnlyProperty();
    }

    /** The export of the playback as a GIF and/or PNG frames: its progress, cancel and the window's framing. */
    public PlaybackExport exporter() {
        return export;
    }

    /** True while the clock runs. */
    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    /** True from the first frame until {@link #stop}: the filter's dates are the playback's. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    /** "Frame 3 of 12: 1 Oct 2016 to 31 Dec 2016", or empty. */
    public ReadOnlyStringProperty frameLabelProperty() {
        return frameLabel.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- commands

    /** How far a frame moves on; taken at the next {@link #play} from the start. */
    public void setStep(PlaybackPlan.Step s) {
        step = s;
    }

    /** A frame is its step alone, the last {@code days} days, or everything since the start. */
    public void setSpan(PlaybackPlan.Span s, int days) {
        span = s;
        windowDays = Math.max(1, days);
    }

    /** Shows the earlier frames faded, or not; remembered for the next start. */
    public void setFaded(boolean on) {
        faded.set(on);
        settings.setPlaybackFaded(on);
        refreshEarlier();
    }

    /** How long a frame shows: the window's clock and an exported GIF's frames (20 ms to 60 s). */
    public void setDelay(int ms) {
        delayMs = Math.max(20, Math.min(60_000, ms));
    }

    /**
     * File > Export playback…: asks where, then makes every frame of the playback (the running one, or the one
     * ▶ would start) into a GIF and/or numbered PNGs in the background, each frame shown as long as in the window.
     */
    public void export() {
        PlaybackPlan p = active.get() ? plan : planFor(bench.filterProperty().get());
        if (p == null) {
            return;
        }
        IncidentFilter base = active.get() ? bench.filterProperty().get().withDates(savedFrom, savedTo)
                : bench.filterProperty().get();
        export.chooseAndRun(p, base, List.copyOf(all.get()), keeps, faded.get(), delayMs);
    }

    /** Plays: from the first frame when stopped, else on from the paused one. */
    public void play() {
        if (!active.get() && !begin()) {
            return;
        }
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
    }

    /** The next frame (the first, when stopped); at the last one the clock stops there (the frame stays, to look at or export). */
    public void next() {
        if (!active.get()) {
            begin(); // the first frame
            return;
        }
        if (at + 1 >= frames.size()) {
            playing.set(false);
            return;
        }
        show(at + 1);
    }

    /** The frame before, when paused. */
    public void previous() {
        if (active.get() && at > 0) {
            show(at - 1);
        }
    }

    /** Ends the playback and gives the filter back the dates it had. */
    public void stop() {
        playing.set(false);
        if (active.get()) {
            active.set(false);
            frameLabel.set("");
            refreshEarlier();
            bench.changeFilter(f -> f.withDates(savedFrom, savedTo));
        }
    }

    private boolean begin() {
        IncidentFilter f = bench.filterProperty().get();
        PlaybackPlan p = planFor(f);
        if (p == null) {
            return false;
        }
        plan = p;
        frames = p.frames();
        savedFrom = f.from();
        savedTo = f.to();
        active.set(true);
        show(0);
        return true;
    }

    /**
     * The frames over the filter's From–To, or the dataset's dates where either is open; null (and said) when
     * there is nothing to play or too many frames.
     */
    private PlaybackPlan planFor(IncidentFilter f) {
        LocalDate from = f.from();
        LocalDate to = f.to();
        if (from == null || to == null) {
            List<Incident> list = all.get();
            if (list.isEmpty()) {
                bench.say("Nothing to play: the dataset has no incidents.");
                return null;
            }
            LocalDate first = list.stream().map(Incident::dateStart).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = list.stream().map(i -> i.dateEnd() == null ? i.dateStart() : i.dateEnd())
                    .max(LocalDate::compareTo).orElseThrow();
            from = from == null ? first : from;
            to = to == null ? last : to;
        }
        try {
            PlaybackPlan p = new PlaybackPlan(from, to, step, span, windowDays);
            p.frames(); // says when there are too many
            return p;
        } catch (IllegalArgumentException e) {
            bench.say("Playback not started: " + e.getMessage() + ".");
            return null;
        }
    }

    private void show(int k) {
        at = k;
        PlaybackPlan.Frame frame = frames.get(k);
        frameLabel.set("Frame " + (k + 1) + " of " + frames.size() + ": " + frame.label());
        bench.changeFilter(f -> f.withDates(frame.from(), frame.to()));
        refreshEarlier();
    }

    /** Asks for the current frame's earlier incidents in the background; a newer frame's request drops this one's. */
    private void refreshEarlier() {
        long ticket = wanted.incrementAndGet();
        if (!active.get() || !faded.get() || plan.earlierEnd(frames.get(at)) == null) {
            earlier.set(EarlierPoints.NONE);
            return;
        }
        List<Incident> ordered = List.copyOf(all.get());
        IncidentFilter f = bench.filterProperty().get();
        PlaybackPlan p = plan;
        PlaybackPlan.Frame frame = frames.get(at);
        tasks.quietly(() -> {
            List<Incident> found = EarlierFrames.of(ordered, f, p, frame, keeps, () -> wanted.get() != ticket);
            if (found != null) {
                EarlierPoints points = EarlierPoints.of(found);
                tasks.later(() -> {
                    if (wanted.get() == ticket) {
                        earlier.set(points);
                    }
                });
            }
        });
    }
}
