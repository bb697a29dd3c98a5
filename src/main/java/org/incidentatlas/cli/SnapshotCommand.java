package org.incidentatlas.cli;

import java.io.IOException;
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
import org.incidentatlas.dataset.OutputGuard;
import org.incidentatlas.export.PdfBriefing;
import org.incidentatlas.export.PdfBriefingWriter;
import org.incidentatlas.map.MapLayers;
import org.incidentatlas.map.basemap.BasemapFileException;
import org.incidentatlas.map.basemap.GeoJsonOverlay;
import org.incidentatlas.map.basemap.MbtilesSource;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.map.MapFraming;
import org.incidentatlas.map.density.DensityStyle;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code snapshot}: the window's briefing page as a PNG, without a window or a display. Every flag and the
 * output folder are checked before anything is drawn; a failure is one line on stderr and nothing is written.
 */
@Command(name = "snapshot", sortOptions = false,
        description = {"The briefing as a PNG page or a PDF, headless (docs/briefing.md):",
        "1920 x 1080 at 1x unless told (PNG), A4 landscape unless told (PDF); fits the filtered incidents unless",
        "--center or --zoom is given; numbers the incidents of the key (--key, 30 unless told)."})
final class SnapshotCommand implements Callable<Integer> {

    static final int MAX_SIDE = 8000;
    /** About 230 MB of pixels while the page is copied and encoded; a 3x A4 page is 20 million. */
    static final long MAX_PIXELS = 60_000_000L;

    private final Cli cli;
    private final Supplier<BriefingComposer> composer;
    @Mixin
    private HelpOption help;
    @Option(names = "--dataset", order = 1, paramLabel = "FILE", description = "the dataset to read", required = true)
    private Path dataset;
    @Option(names = "--out", order = 4, paramLabel = "FILE.png|FILE.pdf",
            description = "the PNG page or the PDF to write (by its extension)", required = true)
    private Path target;
    @Option(names = "--basemap", order = 5, paramLabel = "FILE.mbtiles",
            description = "a raster MBTiles file as the base map (the bundled one shows beyond its zooms and bounds)")
    private Path basemap;
    @Option(names = "--layer", order = 6, paramLabel = "FILE.geojson",
            description = "a GeoJSON overlay above the base map; repeat for more (drawn in the order given)")
    private List<Path> layerFiles = new ArrayList<>();
    @Option(names = "--layer-style", order = 6, paramLabel = "STYLE", description = "the style of the --layer of the"
            + " same position: name=N,colour=#rrggbb,line=solid|dashed|dotted,width=W (any part may be left out; the"
            + " default is the file's name, #8E2C7A, solid, 2)")
    private List<String> layerStyles = new ArrayList<>();
    @Option(names = "--title", order = 7, paramLabel = "T", description = "the page's title (default: the dataset's)")
    private String title;
    private Integer width;
    private Integer height;
    private int scale = 1;
    private double[] centre;
    private Integer zoom;
    private int keyLines = BriefingKey.KeyOptions.DEFAULT.lines();
    private BriefingKey.Pick keyBy = BriefingKey.KeyOptions.DEFAULT.pick();
    private String paperSize = "a4";
    private String orientation = "landscape";
    private DensityStyle.Kind densityKind;
    private DensityStyle.Weight densityWeight = DensityStyle.Weight.COUNT;
    private double radiusKm = DensityStyle.DEFAULT_RADIUS_KM;
    private double hexPixels = DensityStyle.DEFAULT_HEX_PIXELS;
    @Mixin
    private FilterArgs filters;

    SnapshotCommand(Cli cli, Supplier<BriefingComposer> composer) {
        this.cli = cli;
        this.composer = composer;
    }

    /** Runs this command alone on {@code args} (its flags, without the command's name). */
    int run(List<String> args) {
        return cli.runAlone(this, args);
    }

    @Option(names = "--width", order = 8, paramLabel = "W", description = "the page's width in pixels at 1x, "
            + PageSize.MIN_SIDE + " to " + MAX_SIDE + "; with --height")
    void width(String value) throws BadArgument {
        width = ArgValues.whole("--width", value, PageSize.MIN_SIDE, MAX_SIDE, "pixels");
    }

    @Option(names = "--height", order = 9, paramLabel = "H", description = "the page's height in pixels at 1x, "
            + PageSize.MIN_SIDE + " to " + MAX_SIDE + "; with --width")
    void height(String value) throws BadArgument {
        height = ArgValues.whole("--height", value, PageSize.MIN_SIDE, MAX_SIDE, "pixels");
    }

    @Option(names = "--scale", order = 10, paramLabel = "1|2|3", description = "pixel density (default 1)")
    void scale(String value) throws BadArgument {
        scale = ArgValues.whole("--scale", value, 1, 3, "times the pixels");
    }

    @Option(names = "--zoom", order = 12, paramLabel = "Z", description = "the map's zoom level, 3 to 14")
    void zoom(String value) throws BadArgument {
        zoom = ArgValues.whole("--zoom", value, 3, 14, "as the zoom level");
    }

    @Option(names = "--center", order = 11, paramLabel = "LAT,LON",
            description = "the map's centre in degrees, e.g. 35.47,44.39")
    void centre(String value) throws BadArgument {
        centre = latLon(value);
    }

    @Option(names = "--key", order = 13, paramLabel = "N",
            description = "number at most N incidents on the map and list them in the key, 0 to "
            + BriefingKey.KeyOptions.MAX_LINES + " (default 30; 0: no numbers, no key)")
    void key(String value) throws BadArgument {
        keyLines = ArgValues.whole("--key", value, 0, BriefingKey.KeyOptions.MAX_LINES, "lines of the key");
    }

    @Option(names = "--key-by", order = 13, paramLabel = "severe|recent",
            description = "with more incidents than --key: the most severe (default) or the most recent")
    void keyBy(String value) throws BadArgument {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "severe" -> keyBy = BriefingKey.Pick.SEVERE;
            case "recent" -> keyBy = BriefingKey.Pick.RECENT;
            default -> throw new BadArgument("--key-by takes severe or recent, not \"" + value + "\"");
        }
    }

    @Option(names = "--paper", order = 14, paramLabel = "a4|letter", description = "the PDF's paper (default a4)")
    void paper(String value) throws BadArgument {
        if (PdfBriefing.Paper.parse(value, "landscape") == null) {
            throw new BadArgument("--paper takes a4 or letter, not \"" + value + "\"");
        }
        paperSize = value;
    }

    @Option(names = "--orientation", order = 14, paramLabel = "landscape|portrait",
            description = "the PDF's orientation (default landscape)")
    void orientation(String value) throws BadArgument {
        if (PdfBriefing.Paper.parse("a4", value) == null) {
            throw new BadArgument("--orientation takes landscape or portrait, not \"" + value + "\"");
        }
        orientation = value;
    }

    @Option(names = "--density", order = 13, paramLabel = "heat|hex|province|district",
            description = "draw a heatmap, hexagon counts or counts per governorate or district of the filtered"
            + " incidents in place of their markers")
    void density(String value) throws BadArgument {
        try {
            densityKind = DensityStyle.Kind.of(value);
        } catch (IllegalArgumentException e) {
            throw new BadArgument("--density takes heat, hex, province or district, not \"" + value + "\"");
        }
    }

    @Option(names = "--density-weight", order = 14, paramLabel = "count|killed",
            description = "what each incident adds to the density: one (default) or its lower figure of killed")
    void densityWeight(String value) throws BadArgument {
        try {
            densityWeight = DensityStyle.Weight.of(value);
        } catch (IllegalArgumentException e) {
            throw new BadArgument("--density-weight takes count or killed, not \"" + value + "\"");
        }
    }

    @Option(names = "--density-radius", order = 15, paramLabel = "KM",
            description = "the heatmap's radius in km, 0.5 to 500 (default 10)")
    void densityRadius(String value) throws BadArgument {
        radiusKm = ArgValues.decimal("--density-radius", value, DensityStyle.MIN_RADIUS_KM, DensityStyle.MAX_RADIUS_KM, "km");
    }

    @Option(names = "--hex-size", order = 16, paramLabel = "PX",
            description = "a hexagon's radius in pixels of the map, 6 to 80 (default 18)")
    void hexSize(String value) throws BadArgument {
        hexPixels = ArgValues.decimal("--hex-size", value, DensityStyle.MIN_HEX_PIXELS, DensityStyle.MAX_HEX_PIXELS, "pixels");
    }

    @Override
    public Integer call() {
        try {
            if ((width == null) != (height == null)) {
                throw new BadArgument("--width and --height go together (the default page is 1920 x 1080)");
            }
            int w = width == null ? PageSize.SLIDE.width() : width;
            int h = height == null ? PageSize.SLIDE.height() : height;
            String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
            boolean pdf = name.endsWith(".pdf");
            if (!pdf && !name.endsWith(".png")) {
                throw new BadArgument("--out must name a .png or a .pdf file, not \"" + target.getFileName() + "\"");
            }
            long pixels = (long) w * scale * h * scale;
            if (pixels > MAX_PIXELS) {
                throw new BadArgument(String.format("%d x %d at --scale %d is %,d pixels; the most is %,d",
                        w, h, scale, pixels, MAX_PIXELS));
            }
            if (layerStyles.size() > layerFiles.size()) {
                throw new BadArgument(String.format("--layer-style is given %d time%s for %d --layer file%s; give each"
                        + " style after its --layer", layerStyles.size(), layerStyles.size() == 1 ? "" : "s",
                        layerFiles.size(), layerFiles.size() == 1 ? "" : "s"));
            }
            List<OutputGuard.Input> given = new ArrayList<>(filters.inputs(dataset));
            if (basemap != null) {
                given.add(new OutputGuard.Input(basemap, "the --basemap file"));
            }
            layerFiles.forEach(l -> given.add(new OutputGuard.Input(l, "a --layer file")));
            if (cli.cannotWrite(target, given)) {
                return Cli.PROBLEMS;
            }
            MapLayers layers = layers();
            Dataset d = cli.readOrSay(dataset);
            if (d == null || cli.cannotWrite(target, OutputGuard.inputsOf(d))) {
                return Cli.PROBLEMS;
            }
            d = filters.withCentres(d);
            IncidentFilter f = filters.toFilter(d);
            List<Incident> shown = FilterArgs.select(d, f);
            List<Center> centres = FilterArgs.selectCentres(d, f);
            BriefingRequest request = new BriefingRequest(d, shown, centres, f, title, PageSize.page(w, h), scale,
                    framing(shown, centres, f.near(), centre, zoom)).withLayers(layers)
                    .withKey(new BriefingKey.KeyOptions(keyLines, keyBy, true))
                    .withDensityView(densityKind == null ? null : new DensityStyle(densityKind, densityWeight, radiusKm, hexPixels))
                    .withChanges(filters.changesLine(shown));
            if (pdf) {
                return writePdf(request, d, f);
            }
            long t0 = System.nanoTime();
            Briefing b = compose(request);
            long t1 = System.nanoTime();
            b.writePng(target);
            cli.out.printf("wrote %s: %d x %d px (%d x %d at %dx), %,d of %,d incidents (%s); drawn in %.1f s, written in %.1f s%n",
                    target, b.widthPx(), b.heightPx(), w, h, scale, shown.size(), d.incidents().size(), f.describe(),
                    (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
            return Cli.OK;
        } catch (BadArgument e) {
            return cli.badValue(e);
        } catch (BasemapFileException e) {
            cli.err.println("error: " + e.getMessage() + " Nothing was written.");
            return Cli.PROBLEMS;
        } catch (IOException e) {
            cli.err.println("error: cannot write " + target + " (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "). Nothing was written.");
            return Cli.PROBLEMS;
        } catch (IllegalStateException e) {
            cli.err.println("error: the briefing could not be made: " + e.getMessage() + ". Nothing was written.");
            return Cli.PROBLEMS;
        }
    }

    private int writePdf(BriefingRequest request, Dataset d, IncidentFilter f) throws IOException {
        PdfBriefing.Paper paper = PdfBriefing.Paper.parse(paperSize, orientation);
        HeadlessFx.start();
        long t0 = System.nanoTime();
        PdfBriefing values = HeadlessFx.await(composer.get().composePdfLater(request.withKey(request.key().offPage()), paper));
        long t1 = System.nanoTime();
        int pages = PdfBriefingWriter.write(values, target);
        cli.out.printf("wrote %s: %s, %d page%s, %,d of %,d incidents (%s), %d in the key; drawn in %.1f s, written in %.1f s%n",
                target, paper.label(), pages, pages == 1 ? "" : "s", request.incidents().size(), d.incidents().size(),
                f.describe(), values.key().size(), (t1 - t0) / 1e9, (System.nanoTime() - t1) / 1e9);
        return Cli.OK;
    }

    /** The --basemap and --layer files, read and checked before anything is drawn. */
    private MapLayers layers() throws BadArgument {
        MbtilesSource base = basemap == null ? null : MbtilesSource.open(basemap);
        List<GeoJsonOverlay> overlays = new ArrayList<>();
        for (int i = 0; i < layerFiles.size(); i++) {
            Path file = layerFiles.get(i);
            String name = file.getFileName().toString().replaceFirst("(?i)\\.(geo)?json$", "");
            overlays.add(GeoJsonOverlay.read(file, LayerStyles.parse(i < layerStyles.size() ? layerStyles.get(i) : "", name)));
        }
        return new MapLayers(base, overlays);
    }

    /**
     * Fits the "within N km" circle whole when the filter has one (its centre labelled, as the window frames it),
     * else the filtered incidents; a centre or zoom given replaces the fitted value.
     */
    static BriefingRequest.Framing framing(List<Incident> shown, List<Center> centres, IncidentFilter.Near near,
                                                   double[] centre, Integer zoom) {
        BriefingRequest.Framing fit = near == null ? BriefingRequest.Framing.fitAll(shown, centres)
                : (w, h) -> MapFraming.circle(near.lat(), near.lon(), near.km(), w, h, 0, 0);
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
        return HeadlessFx.await(composer.get().composeLater(request));
    }

    private static double[] latLon(String v) throws BadArgument {
        String[] parts = v.split(",", -1);
        if (parts.length == 2) {
            double lat = ArgValues.parseDecimal(parts[0]);
            double lon = ArgValues.parseDecimal(parts[1]);
            if (Math.abs(lat) <= 85 && Math.abs(lon) <= 180) {
                return new double[] {lat, lon};
            }
        }
        throw new BadArgument("--center takes LAT,LON in degrees, latitude within 85 of the equator"
                + " (e.g. 35.47,44.39), not \"" + v + "\"");
    }
}
