package org.incidentatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.incidentatlas.briefing.Briefing;
import org.incidentatlas.briefing.BriefingComposer;
import org.incidentatlas.briefing.BriefingRequest;
import org.incidentatlas.briefing.PageSize;
import org.incidentatlas.dataset.OutputGuard;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.map.MapFraming;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;

/**
 * {@code snapshot}: the window's briefing page as a PNG, without a window or a display. Every flag and the
 * output folder are checked before anything is drawn; a failure is one line on stderr and nothing is written.
 */
final class SnapshotCommand {

    private static final Set<String> OPTIONS =
            Set.of("--dataset", "--out", "--title", "--width", "--height", "--scale", "--center", "--zoom");
    static final int MAX_SIDE = 8000;
    /** About 230 MB of pixels while the page is copied and encoded; a 3x A4 page is 20 million. */
    static final long MAX_PIXELS = 60_000_000L;

    private final Cli cli;
    private final PrintStream out;
    private final PrintStream err;
    private final Supplier<BriefingComposer> composer;

    SnapshotCommand(Cli cli, PrintStream out, PrintStream err, Supplier<BriefingComposer> composer) {
        this.cli = cli;
        this.out = out;
        this.err = err;
        this.composer = composer;
    }

    int run(List<String> args) {
        Path dataset = null;
        Path target = null;
        String title = null;
        int width = PageSize.SLIDE.width();
        int height = PageSize.SLIDE.height();
        int scale = 1;
        double[] centre = null;
        Integer zoom = null;
        FilterArgs filters = new FilterArgs();
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (!OPTIONS.contains(a) && !FilterArgs.isFilterFlag(a)) {
                    return cli.usage("snapshot: unknown option \"" + a + "\"");
                }
                if (i + 1 >= args.size()) {
                    return cli.usage("snapshot: " + a + " needs a value");
                }
                String v = args.get(++i);
                switch (a) {
                    case "--dataset" -> dataset = Path.of(v);
                    case "--out" -> target = Path.of(v);
                    case "--title" -> title = v;
                    case "--width" -> width = FilterArgs.whole(a, v, PageSize.MIN_SIDE, MAX_SIDE, "pixels");
                    case "--height" -> height = FilterArgs.whole(a, v, PageSize.MIN_SIDE, MAX_SIDE, "pixels");
                    case "--scale" -> scale = FilterArgs.whole(a, v, 1, 3, "times the pixels");
                    case "--zoom" -> zoom = FilterArgs.whole(a, v, 3, 14, "as the zoom level");
                    case "--center" -> centre = centre(v);
                    default -> filters.accept(a, v);
                }
            }
            if (dataset == null || target == null) {
                return cli.usage("snapshot needs --dataset FILE and --out FILE.png");
            }
            if (args.contains("--width") != args.contains("--height")) {
                throw new FilterArgs.BadArgument("--width and --height go together (the default page is 1920 x 1080)");
            }
            if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
                throw new FilterArgs.BadArgument("--out must name a .png file, not \"" + target.getFileName() + "\"");
            }
            long pixels = (long) width * scale * height * scale;
            if (pixels > MAX_PIXELS) {
                throw new FilterArgs.BadArgument(String.format("%d x %d at --scale %d is %,d pixels; the most is %,d",
                        width, height, scale, pixels, MAX_PIXELS));
            }
            String cannot = Cli.unwritable(target);
            if (cannot != null) {
                err.println("error: cannot write " + target + ": " + cannot + ". Nothing was written.");
                return Cli.PROBLEMS;
            }
            if (cli.overwritesInput(target, Cli.datasetInput(dataset))) {
                return Cli.PROBLEMS;
            }
            Dataset d = cli.readOrSay(dataset);
            if (d == null || cli.overwritesInput(target, OutputGuard.inputsOf(d))) {
                return Cli.PROBLEMS;
            }
            IncidentFilter f = filters.toFilter(d);
            List<Incident> shown = FilterArgs.select(d, f);
            List<Center> centres = FilterArgs.selectCentres(d, f);
            BriefingRequest request = new BriefingRequest(d, shown, centres, f, title, PageSize.page(width, height), scale,
                    framing(shown, centres, centre, zoom));
            long t0 = System.nanoTime();
            Briefing b = compose(request);
            long t1 = System.nanoTime();
            b.writePng(target);
            out.printf("wrote %s: %d x %d px (%d x %d at %dx), %,d of %,d incidents (%s); drawn in %.1f s, written in %.1f s%n",
                    target, b.widthPx(), b.heightPx(), width, height, scale, shown.size(), d.incidents().size(), f.describe(),
                    (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
            return Cli.OK;
        } catch (FilterArgs.BadArgument e) {
            err.println("error: " + e.getMessage() + ". Nothing was written.");
            return Cli.USAGE;
        } catch (IOException e) {
            err.println("error: cannot write " + target + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Nothing was written.");
            return Cli.PROBLEMS;
        } catch (IllegalStateException e) {
            err.println("error: the briefing could not be made: " + e.getMessage() + ". Nothing was written.");
            return Cli.PROBLEMS;
        }
    }

    /** Fits the filtered incidents unless a centre or zoom is given; what is given replaces the fitted value. */
    private static BriefingRequest.Framing framing(List<Incident> shown, List<Center> centres, double[] centre, Integer zoom) {
        BriefingRequest.Framing fit = BriefingRequest.Framing.fitAll(shown, centres);
        if (centre == null && zoom == null) {
            return fit;
        }
        return (w, h) -> {
            MapFraming all = fit.frame(w, h);
            return new MapFraming(centre == null ? all.lat() : centre[0], centre == null ? all.lon() : centre[1],
                    zoom == null ? all.zoom() : zoom);
        };
    }

    /** Draws the page on the FX thread and waits for it here; the composer has its own limit for the map. */
    private Briefing compose(BriefingRequest request) {
        HeadlessFx.start();
        CompletableFuture<Briefing> made = composer.get().composeLater(request);
        try {
            return made.get(BriefingComposer.DEFAULT_TIMEOUT.toSeconds() + 60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(BriefingComposer.reason(e), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the page was not drawn in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static double[] centre(String v) throws FilterArgs.BadArgument {
        String[] parts = v.split(",");
        try {
            if (parts.length == 2) {
                double lat = Double.parseDouble(parts[0].strip());
                double lon = Double.parseDouble(parts[1].strip());
                if (Math.abs(lat) <= 85 && Math.abs(lon) <= 180) {
                    return new double[] {lat, lon};
                }
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new FilterArgs.BadArgument("--center takes LAT,LON in degrees, latitude within 85 of the equator"
                + " (e.g. 35.47,44.39), not \"" + v + "\"");
    }
}
