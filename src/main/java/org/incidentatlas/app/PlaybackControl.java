package org.incidentatlas.app;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.model.Incident;
import org.incidentatlas.trend.PlaybackPlan;

/**
 * Time playback in the window: the filter's date range is what moves, frame by frame, through
 * {@link Workbench#changeFilter}, so the map, the table, the counts and any export of a paused frame are exactly
 * that frame. The frames run over the filter's own From–To when both are set, else over the whole dataset's dates.
 * A clock in the window calls {@link #next} at the chosen speed; {@link #stop} puts the dates back as they were.
 */
public final class PlaybackControl {

    private final Workbench bench;
    private final Supplier<List<Incident>> all;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing", false);
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private final ReadOnlyStringWrapper frameLabel = new ReadOnlyStringWrapper(this, "frameLabel", "");
    private PlaybackPlan.Step step = PlaybackPlan.Step.MONTH;
    private PlaybackPlan.Span span = PlaybackPlan.Span.CUMULATIVE;
    private int windowDays = 30;
    private List<PlaybackPlan.Frame> frames = List.of();
    private int at = -1;
    private LocalDate savedFrom;
    private LocalDate savedTo;

    PlaybackControl(Workbench bench, Supplier<List<Incident>> all) {
        this.bench = bench;
        this.all = all;
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
            bench.changeFilter(f -> f.withDates(savedFrom, savedTo));
        }
    }

    private boolean begin() {
        IncidentFilter f = bench.filterProperty().get();
        LocalDate from = f.from();
        LocalDate to = f.to();
        if (from == null || to == null) {
            List<Incident> list = all.get();
            if (list.isEmpty()) {
                bench.say("Nothing to play: the dataset has no incidents.");
                return false;
            }
            LocalDate first = list.stream().map(Incident::dateStart).min(LocalDate::compareTo).orElseThrow();
            LocalDate last = list.stream().map(i -> i.dateEnd() == null ? i.dateStart() : i.dateEnd())
                    .max(LocalDate::compareTo).orElseThrow();
            from = from == null ? first : from;
            to = to == null ? last : to;
        }
        try {
            frames = new PlaybackPlan(from, to, step, span, windowDays).frames();
        } catch (IllegalArgumentException e) {
            bench.say("Playback not started: " + e.getMessage() + ".");
            return false;
        }
        savedFrom = f.from();
        savedTo = f.to();
        active.set(true);
        show(0);
        return true;
    }

    private void show(int k) {
        at = k;
        PlaybackPlan.Frame frame = frames.get(k);
        frameLabel.set("Frame " + (k + 1) + " of " + frames.size() + ": " + frame.label());
        bench.changeFilter(f -> f.withDates(frame.from(), frame.to()));
    }
}
