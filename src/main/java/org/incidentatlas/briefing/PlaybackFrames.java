package org.incidentatlas.briefing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import org.incidentatlas.export.AnimatedGif;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.model.Incident;
import org.incidentatlas.trend.EarlierFrames;
import org.incidentatlas.trend.PlaybackPlan;

/**
 * A playback made into pictures, the same from the window and the command line: one briefing page per frame of
 * the plan, with the frame's dates in place of the filter's and its date range in the title ("UCDP GED Iraq —
 * 1 Oct 2016 to 31 Oct 2016"), optionally the earlier frames faded under it, added to an animated GIF and/or
 * written as numbered PNGs. Runs on a background thread: the pages are drawn on the FX thread by {@code compose},
 * which this waits for; everything else (selecting rows, encoding) happens here.
 */
public final class PlaybackFrames {

    /** Draws one page and waits for it (from the calling thread; the drawing is the FX thread's). */
    @FunctionalInterface
    public interface Composer {
        Briefing compose(BriefingRequest request) throws IOException;
    }

    /** Told of each frame once it is made. */
    @FunctionalInterface
    public interface Listener {
        void made(Made frame);
    }

    /** One frame made: which, of how many, its title and how many incidents it shows, and how many faded. */
    public record Made(PlaybackPlan.Frame frame, int total, String title, int incidents, int earlier) { }

    /**
     * What to make.
     *
     * @param page      the page of the whole playback: its dataset, centres, filter (whose dates each frame
     *                  replaces), title (each frame's dates are added), size, framing (one view for every frame),
     *                  layers and density view; its incidents are not used
     * @param ordered   every incident in the table's default order, that each frame's filter keeps from
     * @param keeps     the test a filter's rows pass (null from it: everything)
     * @param faded     whether each frame shows the earlier frames' incidents faded under it
     * @param pngs      where each frame's PNG goes (one path per frame), or none
     */
    public record Job(BriefingRequest page, PlaybackPlan plan, List<Incident> ordered,
                      Function<IncidentFilter, Predicate<Incident>> keeps, boolean faded, List<Path> pngs) {
        public Job {
            pngs = List.copyOf(pngs);
        }
    }

    private PlaybackFrames() {
    }

    /**
     * Makes every frame, adding each to {@code gif} (null: no GIF) and writing its PNG, in order.
     *
     * @throws CancellationException when {@code cancelled} became true (checked before each frame): the frames
     *                               made so far are written, the rest are not
     */
    public static int make(Job job, AnimatedGif gif, Composer compose, Listener listener, BooleanSupplier cancelled)
            throws IOException {
        List<PlaybackPlan.Frame> frames = job.plan().frames();
        if (!job.pngs().isEmpty() && job.pngs().size() != frames.size()) {
            throw new IllegalArgumentException(job.pngs().size() + " PNG paths for " + frames.size() + " frames");
        }
        BriefingRequest p = job.page();
        IncidentFilter base = p.filter() == null ? IncidentFilter.NONE : p.filter();
        for (PlaybackPlan.Frame frame : frames) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled before frame " + (frame.index() + 1) + " of " + frames.size());
            }
            IncidentFilter f = base.withDates(frame.from(), frame.to());
            Predicate<Incident> test = job.keeps().apply(f);
            List<Incident> rows = test == null ? job.ordered() : job.ordered().stream().filter(test).toList();
            List<Incident> earlier = job.faded()
                    ? EarlierFrames.of(job.ordered(), f, job.plan(), frame, job.keeps(), () -> false) : List.of();
            String title = p.title() + " \u2014 " + frame.label();
            BriefingRequest r = new BriefingRequest(p.dataset(), rows, p.centers(), f, title, p.size(), p.density(),
                    p.framing(), p.layers(), p.key(), p.measuredFrom(), p.densityView(),
                    null, earlier); // "N new since" counts the whole page's rows, not a frame's: not on frames
            Briefing b = compose.compose(r);
            if (gif != null) {
                gif.add(b.toRgbImage());
            }
            if (!job.pngs().isEmpty()) {
                b.writePng(job.pngs().get(frame.index()));
            }
            listener.made(new Made(frame, frames.size(), title, rows.size(), earlier.size()));
        }
        return frames.size();
    }

    /** Writes the GIF of {@code job} to {@code out}, each frame {@code delayMs}, and the PNGs with it. */
    public static int makeGif(Job job, OutputStream out, int delayMs, Composer compose, Listener listener,
                              BooleanSupplier cancelled) throws IOException {
        try (AnimatedGif gif = new AnimatedGif(out, delayMs)) {
            return make(job, gif, compose, listener, cancelled);
        }
    }
}
