package org.incidentatlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.incidentatlas.briefing.Briefing;
import org.incidentatlas.briefing.BriefingComposer;
import org.incidentatlas.briefing.BriefingKey;
import org.incidentatlas.briefing.BriefingRequest;
import org.incidentatlas.briefing.PageSize;
import org.incidentatlas.briefing.PlaybackFrames;
import org.incidentatlas.dataset.AtomicFiles;
import org.incidentatlas.dataset.OutputGuard;
import org.incidentatlas.filter.FilteredRows;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import org.incidentatlas.trend.PlaybackPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code playback}: the filtered incidents frame by frame from {@code --from} to {@code --to}, each frame a
 * briefing page with its date range in the title, as an animated GIF (and numbered PNGs with
 * {@code --frames-dir}). Every frame shares one map view (fitting every incident of the whole range, unless
 * {@code --center}/{@code --zoom}), so the map does not jump between frames.
 */
@Command(name = "playback", sortOptions = false,
        description = {"The filtered incidents over time as an animated GIF of briefing pages (docs/time-and-density.md):",
        "one frame per --step from --from to --to, each the step alone, the last --window DAYS, or --cumulative."})
final class PlaybackCommand implements Callable<Integer> {

    private final Cli cli;
    private final Supplier<BriefingComposer> composer;
    @Mixin
    private HelpOption help;
    @Option(names = "--dataset", order = 1, paramLabel = "FILE", description = "the dataset to read", required = true)
    private Path dataset;
    @Option(names = "--out", order = 2, paramLabel = "X.gif", description = "the animated GIF to write", required = true)
    private Path target;
    @Option(names = "--frames-dir", order = 7, paramLabel = "DIR",
            description = "also write each frame there as frame-001.png, frame-002.png, ...")
    private Path framesDir;
    @Option(names = "--cumulative", order = 5, description = "each frame from --from to its end (the start stays)")
    private boolean cumulative;
    @Option(names = "--faded", order = 6,
            description = "show the earlier frames' incidents faded under each frame (with --window or the step alone)")
    private boolean faded;
    @Option(names = "--title", order = 8, paramLabel = "T", description = "the pages' title (default: the dataset's)")
    private String title;
    private PlaybackPlan.Step step;
    private Integer window;
    private int delayMs = 800;
    private int width = 1280;
    private int height = 800;
    private double[] centre;
    private Integer zoom;
    private int keyLines = BriefingKey.KeyOptions.DEFAULT.lines();
    @Mixin
    private FilterArgs filters;

    PlaybackCommand(Cli cli, Supplier<BriefingComposer> composer) {
        this.cli = cli;
        this.composer = composer;
    }

    @Option(names = "--step", order = 3, paramLabel = "day|week|month", required = true,
            description = "how far each frame moves on")
    void step(String value) throws BadArgument {
        try {
            step = PlaybackPlan.Step.of(value);
        } catch (IllegalArgumentException e) {
            throw new BadArgument("--step takes day, week or month, not \"" + value + "\"");
        }
    }

    @Option(names = "--window", order = 4, paramLabel = "DAYS", description = "each frame the last DAYS days to its end")
    void window(String value) throws BadArgument {
        window = ArgValues.whole("--window", value, 1, 36_600, "days");
    }

    @Option(names = "--delay", order = 6, paramLabel = "MS", description = "how long each frame shows, 20 to 60000 ms (default 800)")
    void delay(String value) throws BadArgument {
        delayMs = ArgValues.whole("--delay", value, 20, 60_000, "milliseconds");
    }

    @Option(names = "--width", order = 9, paramLabel = "W", description = "each page's width in pixels (default 1280)")
    void width(String value) throws BadArgument {
        width = ArgValues.whole("--width", value, PageSize.MIN_SIDE, 4000, "pixels");
    }

    @Option(names = "--height", order = 10, paramLabel = "H", description = "each page's height in pixels (default 800)")
    void height(String value) throws BadArgument {
        height = ArgValues.whole("--height", value, PageSize.MIN_SIDE, 4000, "pixels");
    }

    @Option(names = "--key", order = 13, paramLabel = "N",
            description = "number at most N incidents of each frame and list them in its key, 0 to "
            + BriefingKey.KeyOptions.MAX_LINES + " (default 30; 0: no key, the map takes the page)")
    void key(String value) throws BadArgument {
        keyLines = ArgValues.whole("--key", value, 0, BriefingKey.KeyOptions.MAX_LINES, "lines of the key");
    }

    @Option(names = "--zoom", order = 12, paramLabel = "Z", description = "the map's zoom level, 3 to 14")
    void zoom(String value) throws BadArgument {
        zoom = ArgValues.whole("--zoom", value, 3, 14, "as the zoom level");
    }

    @Option(names = "--center", order = 11, paramLabel = "LAT,LON", description = "the map's centre in degrees")
    void centre(String value) throws BadArgument {
        String[] parts = value.split(",", -1);
        if (parts.length == 2) {
            try {
                double lat = ArgValues.parseDecimal(parts[0]);
                double lon = ArgValues.parseDecimal(parts[1]);
                if (Math.abs(lat) <= 85 && Math.abs(lon) <= 180) {
                    centre = new double[] {lat, lon};
                    return;
                }
            } catch (NumberFormatException e) {
                // said below
            }
        }
        throw new BadArgument("--center takes LAT,LON in degrees (e.g. 35.47,44.39), not \"" + value + "\"");
    }

    @Override
    public Integer call() {
        try {
            if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gif")) {
                throw new BadArgument("--out must name a .gif file, not \"" + target.getFileName() + "\"");
            }
            if (cumulative && window != null) {
                throw new BadArgument("--window and --cumulative exclude each other: a frame is the last N days or"
                        + " everything since --from");
            }
            if (cumulative && faded) {
                throw new BadArgument("--faded shows nothing with --cumulative: every frame already runs from --from;"
                        + " use --window DAYS or the step alone");
            }
            List<OutputGuard.Input> given = new ArrayList<>(Cli.datasetInput(dataset));
            if (cli.cannotWrite(target, given)) {
                return Cli.PROBLEMS;
            }
            Dataset d = cli.readOrSay(dataset);
            if (d == null || cli.cannotWrite(target, OutputGuard.inputsOf(d))) {
                return Cli.PROBLEMS;
            }
            IncidentFilter f = filters.toFilter(d);
            if (f.from() == null || f.to() == null) {
                throw new BadArgument("--from and --to are needed: the playback runs from the one to the other");
            }
            PlaybackPlan plan = new PlaybackPlan(f.from(), f.to(), step,
                    cumulative ? PlaybackPlan.Span.CUMULATIVE : window != null ? PlaybackPlan.Span.WINDOW : PlaybackPlan.Span.STEP,
                    window == null ? 0 : window);
            List<PlaybackPlan.Frame> frames;
            try {
                frames = plan.frames();
            } catch (IllegalArgumentException e) {
                throw new BadArgument(e.getMessage());
            }
            List<Path> framePaths = framePaths(frames.size(), d);
            if (framePaths == null) {
                return Cli.PROBLEMS;
            }
            List<Incident> whole = FilterArgs.select(d, f);
            List<Center> centres = FilterArgs.selectCentres(d, f);
            BriefingRequest.Framing framing = SnapshotCommand.framing(whole, centres, null, centre, zoom);
            String base = title == null || title.isBlank() ? d.title() : title.strip();
            BriefingRequest page = new BriefingRequest(d, List.of(), centres, f, base, PageSize.page(width, height), 1, framing)
                    .withKey(new BriefingKey.KeyOptions(keyLines, BriefingKey.KeyOptions.DEFAULT.pick(), true));
            PlaybackFrames.Job job = new PlaybackFrames.Job(page, plan, FilteredRows.inDefaultOrder(d.incidents()),
                    FilterArgs.keeps(d), faded, framePaths);
            long t0 = System.nanoTime();
            AtomicFiles.write(target, out -> PlaybackFrames.makeGif(job, out, delayMs, this::compose, m ->
                    cli.out.printf("frame %d of %d: %s, %,d incidents%s%n", m.frame().index() + 1, m.total(),
                            m.frame().label(), m.incidents(), faded ? String.format(", %,d earlier faded", m.earlier()) : ""),
                    () -> false));
            cli.out.printf("wrote %s: %d frames of %d x %d px, %d ms each%s; made in %.1f s%n", target, frames.size(), width,
                    height, delayMs, framesDir == null ? "" : ", and the frames in " + framesDir, (System.nanoTime() - t0) / 1e9);
            return Cli.OK;
        } catch (BadArgument e) {
            return cli.badValue(e);
        } catch (IOException e) {
            cli.err.println("error: cannot write " + target + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). The GIF was not written.");
            return Cli.PROBLEMS;
        } catch (IllegalStateException e) {
            cli.err.println("error: a frame could not be made: " + e.getMessage() + ". The GIF was not written.");
            return Cli.PROBLEMS;
        }
    }

    /** frame-001.png ... in --frames-dir (made if missing), each checked against the inputs; none without it. */
    private List<Path> framePaths(int n, Dataset d) throws IOException {
        if (framesDir == null) {
            return List.of();
        }
        Files.createDirectories(framesDir);
        int digits = Math.max(3, Integer.toString(n).length());
        List<Path> paths = new ArrayList<>(n);
        for (int k = 1; k <= n; k++) {
            Path p = framesDir.resolve(String.format(Locale.ROOT, "frame-%0" + digits + "d.png", k));
            if (cli.cannotWrite(p, OutputGuard.inputsOf(d))) {
                return null;
            }
            paths.add(p);
        }
        return paths;
    }

    /** Draws a frame on the FX thread and waits for it here, as {@code snapshot} does. */
    private Briefing compose(BriefingRequest request) {
        HeadlessFx.start();
        return HeadlessFx.await(composer.get().composeLater(request));
    }
}
