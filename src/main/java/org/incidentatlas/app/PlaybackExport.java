package org.incidentatlas.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.incidentatlas.briefing.Briefing;
import org.incidentatlas.briefing.BriefingComposer;
import org.incidentatlas.briefing.BriefingKey;
import org.incidentatlas.briefing.BriefingRequest;
import org.incidentatlas.briefing.PageSize;
import org.incidentatlas.briefing.PlaybackFrames;
import org.incidentatlas.dataset.AtomicFiles;
import org.incidentatlas.dataset.OutputGuard;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import org.incidentatlas.trend.PlaybackPlan;

/**
 * Export playback… from the window: the same frames as the command line's {@code playback} ({@link PlaybackFrames}),
 * each a briefing page of 1280 x 800 with its date range in the title and no numbered key (the map takes the
 * page), framed as the window's map (or fitting the run's incidents), as a GIF, numbered PNGs beside the name chosen ({@code name-001.png}...), or both. It runs in
 * the background with the progress bar and can be cancelled between frames; the GIF goes through a temporary
 * file, so a cancelled or failed export leaves no half GIF (and an old file of that name whole).
 */
public final class PlaybackExport {

    static final DialogService.FileType GIF = DialogService.FileType.of("Animated GIF (*.gif)", "*.gif");
    static final DialogService.FileType PNGS = DialogService.FileType.of("Numbered PNG frames (*.png)", "*.png");
    static final DialogService.FileType BOTH = DialogService.FileType.of("GIF and numbered PNG frames (*.gif)", "*.gif");
    /** The command line's default page: the two give the same frames. */
    static final PageSize PAGE = PageSize.page(1280, 800);
    private static final long FRAME_TIMEOUT_S = 120;
    private static final BriefingKey.KeyOptions NO_KEY =
            new BriefingKey.KeyOptions(0, BriefingKey.KeyOptions.DEFAULT.pick(), true);

    private final Workbench bench;
    private final Tasks tasks;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final AtomicBoolean cancel = new AtomicBoolean();
    private Supplier<BriefingRequest.Framing> framing;

    PlaybackExport(Workbench bench, Tasks tasks, DialogService dialogs, AppSettings settings) {
        this.bench = bench;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.settings = settings;
    }

    /** True while an export runs (one at a time). */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Stops the export before its next frame; the GIF is not written. */
    public void cancel() {
        cancel.set(true);
    }

    /** How the frames are framed: the window's map view (null: every incident of the run in view). */
    public void setFraming(Supplier<BriefingRequest.Framing> source) {
        framing = source;
    }

    void chooseAndRun(PlaybackPlan plan, IncidentFilter base, List<Incident> ordered,
                      Function<IncidentFilter, Predicate<Incident>> keeps, boolean faded, int delayMs) {
        Dataset d = bench.datasetProperty().get();
        if (d == null || running.get()) {
            bench.say(d == null ? "Open a dataset to export its playback." : "A playback export is running already.");
            return;
        }
        Path folder = settings.exportFolder(AppSettings.ExportKind.PNG).orElse(Workbench.folderOf(d.file()));
        String name = ExportNames.suggest("playback", base.withDates(plan.start(), plan.end()), "gif");
        Optional<DialogService.Chosen> chosen = dialogs.chooseSave(new DialogService.FileRequest("Export playback",
                folder, name, List.of(GIF, PNGS, BOTH)));
        if (chosen.isEmpty()) {
            return;
        }
        int type = chosen.get().type();
        Path target = Transfers.withExtension(chosen.get().path(), type == 1 ? "png" : "gif");
        int n = plan.frameCount();
        Path gif = type == 1 ? null : target;
        List<Path> pngs = type == 0 ? List.of() : framePaths(target, n);
        List<OutputGuard.Input> inputs = OutputGuard.inputsOf(d);
        for (Path p : gif == null ? pngs : concat(gif, pngs)) {
            Optional<String> why = OutputGuard.conflict(p, inputs);
            if (why.isPresent()) {
                dialogs.show(DialogService.Level.ERROR, "Export playback", "Nothing was written.",
                        Character.toUpperCase(why.get().charAt(0)) + why.get().substring(1) + ".");
                return;
            }
        }
        long existing = pngs.stream().filter(Files::exists).count();
        if (existing > 0 && !dialogs.confirm("Replace frames?", existing + " of the frame files (" + pngs.get(0).getFileName()
                + " ...) exist in " + pngs.get(0).toAbsolutePath().getParent() + ". Replace them?", "Replace", "Cancel")) {
            return;
        }
        BriefingRequest.Framing frame = framing == null ? null : framing.get();
        if (frame == null) { // no window map to follow: every incident of the run in view, as the command line
            List<Incident> run = ordered.stream().filter(orAll(keeps.apply(base.withDates(plan.start(), plan.end())))).toList();
            frame = BriefingRequest.Framing.fitAll(run, List.copyOf(bench.centers()));
        }
        BriefingRequest page = bench.briefingRequest(d.title(), PAGE, 1, frame);
        // no numbered key: at 1280 x 800 a key of 30 lines leaves the map a strip (seen in the first GIF from the
        // window); a frame is about where, the briefing of a paused frame is for the list (playback --key 0 alike)
        page = new BriefingRequest(d, List.of(), page.centers(), base, d.title(), PAGE, 1, page.framing(), page.layers(),
                NO_KEY, page.measuredFrom(), page.densityView(), null, List.of());
        run(new PlaybackFrames.Job(page, plan, ordered, keeps, faded, pngs), gif, delayMs);
    }

    private void run(PlaybackFrames.Job job, Path gif, int delayMs) {
        BriefingComposer composer = bench.composer();
        int n = job.plan().frameCount();
        AtomicInteger made = new AtomicInteger();
        cancel.set(false);
        running.set(true);
        Path named = gif != null ? gif : job.pngs().get(0);
        bench.say("Exporting the playback to " + named.getFileName() + "\u2026");
        PlaybackFrames.Composer compose = r -> frame(composer, r);
        tasks.run(progress -> {
            PlaybackFrames.Listener told = m -> {
                made.incrementAndGet();
                progress.accept(made.get() / (double) n);
                tasks.later(() -> bench.say(String.format(Locale.ENGLISH, "Exporting the playback: frame %d of %d (%s)\u2026",
                        m.frame().index() + 1, n, m.frame().label())));
            };
            if (gif != null) {
                AtomicFiles.write(gif, out -> PlaybackFrames.makeGif(job, out, delayMs, compose, told, cancel::get));
            } else {
                PlaybackFrames.make(job, null, compose, told, cancel::get);
            }
            return n;
        }, frames -> {
            running.set(false);
            settings.exported(AppSettings.ExportKind.PNG, named);
            bench.say(String.format(Locale.ENGLISH, "Saved the playback: %s%s%s (%d frames of %d x %d)",
                    gif == null ? "" : gif.getFileName(), gif != null && !job.pngs().isEmpty() ? " and " : "",
                    job.pngs().isEmpty() ? "" : pngsNamed(job.pngs()), frames, PAGE.width(), PAGE.height()));
        }, e -> {
            running.set(false);
            String kept = made.get() > 0 && !job.pngs().isEmpty()
                    ? " The first " + made.get() + " PNG frames were written; the rest were not." : "";
            if (e instanceof CancellationException) {
                bench.say("Playback export cancelled after " + made.get() + " of " + n + " frames"
                        + (gif == null ? "." : "; " + gif.getFileName() + " was not written.") + kept);
            } else {
                bench.say("Playback export failed.");
                dialogs.show(DialogService.Level.ERROR, "Export playback", "The playback could not be exported",
                        (gif == null ? "" : gif + " was not written.") + kept + "\n\n" + BriefingComposer.reason(e));
            }
        });
    }

    /** One page, drawn on the FX thread while this background thread waits for it. */
    private static Briefing frame(BriefingComposer composer, BriefingRequest r) throws IOException {
        try {
            return composer.composeLater(r).get(FRAME_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IOException("a frame could not be made: " + BriefingComposer.reason(e), e);
        } catch (TimeoutException e) {
            throw new IOException("a frame was not made within " + FRAME_TIMEOUT_S + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        }
    }

    /** name-001.png, name-002.png ... beside {@code target} (its name without the extension). */
    static List<Path> framePaths(Path target, int n) {
        String file = target.getFileName().toString();
        int dot = file.lastIndexOf('.');
        String stem = dot > 0 ? file.substring(0, dot) : file;
        int digits = Math.max(3, Integer.toString(n).length());
        List<Path> paths = new ArrayList<>(n);
        for (int k = 1; k <= n; k++) {
            paths.add(target.resolveSibling(String.format(Locale.ROOT, "%s-%0" + digits + "d.png", stem, k)));
        }
        return paths;
    }

    private static String pngsNamed(List<Path> pngs) {
        return pngs.size() == 1 ? pngs.get(0).getFileName().toString()
                : pngs.get(0).getFileName() + " to " + pngs.get(pngs.size() - 1).getFileName();
    }

    private static List<Path> concat(Path first, List<Path> rest) {
        List<Path> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static Predicate<Incident> orAll(Predicate<Incident> p) {
        return p == null ? i -> true : p;
    }
}
