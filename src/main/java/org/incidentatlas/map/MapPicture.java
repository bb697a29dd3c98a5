package org.incidentatlas.map;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleConsumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.map.basemap.BasemapStyle;
import org.incidentatlas.map.density.AreaCounts;
import org.incidentatlas.map.density.DensityScale;
import org.incidentatlas.map.density.PointCache;
import org.incidentatlas.map.density.DensityStyle;
import org.incidentatlas.map.density.HeatGrid;
import org.incidentatlas.map.density.HexBins;
import org.incidentatlas.map.density.WeightedPoints;
import org.incidentatlas.map.geo.Mercator;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Incident;

/**
 * A still picture of one map view, for a briefing: the basemap and the incident layer exactly as the window
 * draws them (the same tiles, the same painter), with a scale bar and a north arrow.
 *
 * <p>Made to be snapshotted at a pixel density of 1, 2 or 3. The window's map cannot be: its 256 px tiles
 * would be enlarged and come out blurred. Here the basemap is drawn at the density itself (Java2D, on the tile
 * threads), and everything else is vector, which a scaled snapshot draws sharp. The picture is built only once
 * every tile is drawn, so it is never half drawn.
 */
public final class MapPicture extends StackPane {

    /** Draws one basemap tile at a density; the future completes once it is drawn. */
    @FunctionalInterface
    public interface TileSource {
        /** The app's own offline basemap. */
        TileSource BASEMAP = BasemapTileRetriever::drawTile;

        CompletableFuture<BufferedImage> tile(int zoom, long x, long y, int density);
    }

    /**
     * What to draw.
     *
     * @param width   the picture's width in map pixels (a snapshot at {@code density} has {@code width * density})
     * @param density device pixels per map pixel: 1, 2 or 3
     * @param unit    how large the scale bar and north arrow are drawn (1 = as on the window's map)
     * @param layers  the analyst's basemap and overlays ({@link MapLayers#NONE} for the bundled map alone)
     * @param near    the filter's "within N km" circle to draw, or null
     * @param numbers the briefing's incident numbers to write beside their markers (the key's), or none
     * @param densityView a heatmap or hexagon counts drawn in place of the incident markers, or null
     * @param earlier a playback's earlier frames, drawn faded under the markers (none: an empty list)
     */
    public record Request(List<? extends Incident> incidents, List<? extends Center> centers, MapFraming framing,
                          int width, int height, int density, double unit, MapLayers layers,
                          IncidentFilter.Near near, List<Numbered> numbers, DensityStyle densityView,
                          List<? extends Incident> earlier) {

        /** Without numbers, with the incident markers. */
        public Request(List<? extends Incident> incidents, List<? extends Center> centers, MapFraming framing,
                       int width, int height, int density, double unit, MapLayers layers, IncidentFilter.Near near) {
            this(incidents, centers, framing, width, height, density, unit, layers, near, List.of(), null, List.of());
        }

        /** With the bundled basemap alone. */
        public Request(List<? extends Incident> incidents, List<? extends Center> centers, MapFraming framing,
                       int width, int height, int density, double unit) {
            this(incidents, centers, framing, width, height, density, unit, MapLayers.NONE, null);
        }

        public Request {
            layers = layers == null ? MapLayers.NONE : layers;
            numbers = List.copyOf(numbers);
            earlier = earlier == null ? List.of() : List.copyOf(earlier);
        }
    }

    /** A number to write beside the marker of the incident at (lat, lon), the marker's radius given by its figure. */
    public record Numbered(int number, Incident incident) { }

    /** Where a number was written, in map pixels: its tag's box and its marker's point. */
    public record NumberTag(int number, double x, double y, double width, double height, double pointX,
                            double pointY, boolean leader) { }

    private final Viewport viewport;
    private final int drawnIncidents;
    private final ShownMarks shown;
    private final List<NumberTag> tags;
    private final List<Node> furniture;
    private final double metresPerPixel;

    private final DensityScale.Key densityKey;
    private final int earlierDrawn;

    /** A density view worked out for the picture's view (in the background, with the tiles). */
    private record Density(HeatGrid heat, HexBins hex, AreaCounts areas, DensityScale.Key key) {
        static Density of(Request r, Viewport v) {
            DensityStyle s = r.densityView();
            if (s == null) {
                return null;
            }
            if (s.kind() == DensityStyle.Kind.PROVINCES || s.kind() == DensityStyle.Kind.DISTRICTS) {
                AreaCounts counts = DensityLayer.areaCounts(new PointCache(), r.incidents(), s);
                return new Density(null, null, counts, DensityScale.areaKey(s, counts.max()));
            }
            WeightedPoints p = WeightedPoints.of(r.incidents(), s.weight());
            if (s.kind() == DensityStyle.Kind.HEX) {
                HexBins bins = HexBins.of(p, v.zoom(), s.hexPixels());
                return new Density(null, bins, null, DensityScale.hexKey(s, bins.max()));
            }
            HeatGrid grid = HeatGrid.compute(p, DensityLayer.box(v), s.radiusKm());
            return new Density(grid, null, null, DensityScale.heatKey(s, grid.max()));
        }
    }

    private MapPicture(Viewport v, Image basemap, IncidentPoints points, double unit, int pixelDensity, MapLayers layers,
                       IncidentFilter.Near near, List<Numbered> numbers, Density density, EarlierPoints earlier) {
        viewport = v;
        setId("mapPicture");
        setMinSize(v.width(), v.height());
        setPrefSize(v.width(), v.height());
        setMaxSize(v.width(), v.height());
        ImageView base = new ImageView(basemap);
        base.setFitWidth(v.width());
        base.setFitHeight(v.height());
        Canvas own = new Canvas(v.width(), v.height());
        own.setId("pictureOverlays");
        UserLayerPainter.overlays(own.getGraphicsContext2D(), v, layers.shown());
        UserLayerPainter.near(own.getGraphicsContext2D(), v, near);
        Canvas marks = new Canvas(v.width(), v.height());
        marks.setId("pictureIncidents");
        densityKey = density == null ? null : density.key();
        IncidentPainter painter = new IncidentPainter(true);
        // every tile of the picture is drawn, so its zoom's names are planned: no redraw to wait for
        painter.setLabels(zoom -> BasemapTileRetriever.labels(zoom, () -> { }));
        painter.setRaster(layers.basemap());
        painter.setDensity(pixelDensity);
        IncidentPainter.Frame frame;
        if (density != null) {
            Canvas heat = new Canvas(v.width(), v.height());
            heat.setId("pictureDensity");
            if (density.areas() != null) {
                DensityPainter.areas(heat.getGraphicsContext2D(), density.areas(), v);
            } else if (density.hex() != null) {
                DensityPainter.hex(heat.getGraphicsContext2D(), density.hex(), v);
            } else {
                DensityPainter.heat(heat.getGraphicsContext2D(), density.heat(), 0, 0);
            }
            getChildren().add(heat);
            earlierDrawn = earlier(v, earlier);
            // the centres stay; the incidents are in the density
            frame = painter.paint(marks.getGraphicsContext2D(), v, points.centresOnly(), null);
            drawnIncidents = inView(v, points);
        } else {
            earlierDrawn = earlier(v, earlier);
            frame = painter.paint(marks.getGraphicsContext2D(), v, points, null);
            drawnIncidents = frame.drawnIncidents();
        }
        shown = frame.shown();
        // the numbers on a canvas of their own, so a PDF can write them as text instead of their pixels
        Canvas numberCanvas = new Canvas(v.width(), v.height());
        numberCanvas.setId("pictureNumbers");
        tags = NumberPen.draw(numberCanvas.getGraphicsContext2D(), v, density == null ? numbers : List.of(), unit,
                frame.centreNames());
        ScaleBar scale = new ScaleBar(unit);
        scale.update(v.lat(v.height() / 2), v.zoom());
        setAlignment(scale, Pos.BOTTOM_LEFT);
        setMargin(scale, new Insets(0, 0, 10 * unit, 10 * unit));
        Canvas north = northArrow(unit);
        setAlignment(north, Pos.TOP_RIGHT);
        setMargin(north, new Insets(10 * unit, 10 * unit, 0, 0));
        getChildren().add(0, base);
        getChildren().add(1, own);
        getChildren().addAll(marks, numberCanvas, scale, north);
        furniture = List.of(numberCanvas, scale, north);
        metresPerPixel = Mercator.metresPerPixel(v.lat(v.height() / 2), v.zoom());
    }

    /**
     * Starts drawing; call on the FX thread (the lists are read now). The tiles are drawn in the background and
     * the picture is built on the FX thread once all of them are. The future fails when a tile cannot be drawn
     * or when they are not all drawn within {@code timeout} (with a {@link java.util.concurrent.TimeoutException}).
     *
     * @param progress told the share of tiles drawn, 0 to 1, on the FX thread
     */
    public static CompletableFuture<MapPicture> draw(Request r, TileSource tiles, Duration timeout, DoubleConsumer progress) {
        Viewport v = r.framing().viewport(r.width(), r.height());
        IncidentPoints points = IncidentPoints.of(r.incidents(), r.centers());
        int z = r.framing().zoom();
        long max = (1L << z) - 1;
        long i0 = Math.max(0, (long) Math.floor(v.originX() / Mercator.TILE_SIZE));
        long i1 = Math.min(max, (long) Math.floor((v.originX() + v.width() - 1) / Mercator.TILE_SIZE));
        long j0 = Math.max(0, (long) Math.floor(v.originY() / Mercator.TILE_SIZE));
        long j1 = Math.min(max, (long) Math.floor((v.originY() + v.height() - 1) / Mercator.TILE_SIZE));
        List<long[]> where = new ArrayList<>();
        List<CompletableFuture<BufferedImage>> drawn = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        int total = (int) ((i1 - i0 + 1) * (j1 - j0 + 1));
        for (long j = j0; j <= j1; j++) {
            for (long i = i0; i <= i1; i++) {
                where.add(new long[] {i, j});
                drawn.add(withRaster(tiles.tile(z, i, j, r.density()), r.layers(), z, i, j, r.density()).whenComplete((img, e) -> {
                    double share = done.incrementAndGet() / (double) total;
                    Platform.runLater(() -> progress.accept(share));
                }));
            }
        }
        return CompletableFuture.allOf(drawn.toArray(CompletableFuture[]::new))
                .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                // off the FX thread even when every tile was ready at once: a 3x mosaic is tens of megabytes
                .thenApplyAsync(ok -> new Drawn(SwingFXUtils.toFXImage(mosaic(v, r.density(), where, drawn), null),
                        Density.of(r, v), EarlierPoints.of(r.earlier())))
                .thenApplyAsync(d -> new MapPicture(v, d.image(), points, r.unit(), r.density(), r.layers(), r.near(),
                        r.numbers(), d.density(), d.earlier()), Platform::runLater);
    }

    /**
     * The bundled tile with the analyst's MBTiles tile over it, where the file has one (on the thread that drew
     * the bundled tile). The raster is enlarged smoothly to the density: it has only its own pixels.
     */
    private static CompletableFuture<BufferedImage> withRaster(CompletableFuture<BufferedImage> bundled, MapLayers layers,
                                                               int z, long i, long j, int density) {
        if (layers.basemap() == null || !layers.basemap().covers(z, i, j)) {
            return bundled;
        }
        return bundled.thenApply(base -> {
            BufferedImage raster = layers.basemap().tile(z, i, j);
            if (raster == null) {
                return base;
            }
            BufferedImage out = new BufferedImage(base.getWidth(), base.getHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = out.createGraphics();
            try {
                g.drawImage(base, 0, 0, null);
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.drawImage(raster, 0, 0, Mercator.TILE_SIZE * density, Mercator.TILE_SIZE * density, null);
            } finally {
                g.dispose();
            }
            return out;
        });
    }

    /** The tiles in one image of the view, at the density; the sea where the world ends. */
    private static BufferedImage mosaic(Viewport v, int density, List<long[]> where, List<CompletableFuture<BufferedImage>> tiles) {
        BufferedImage out = new BufferedImage((int) v.width() * density, (int) v.height() * density, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(BasemapStyle.SEA);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            for (int k = 0; k < where.size(); k++) {
                // the view's corner is on a whole map pixel, so every tile lands on whole device pixels
                int x = (int) Math.round((where.get(k)[0] * Mercator.TILE_SIZE - v.originX()) * density);
                int y = (int) Math.round((where.get(k)[1] * Mercator.TILE_SIZE - v.originY()) * density);
                g.drawImage(tiles.get(k).join(), x, y, null);
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The earlier frames faded on a canvas of their own, over the density and under the markers; how many in view. */
    private int earlier(Viewport v, EarlierPoints earlier) {
        if (earlier.size() == 0) {
            return 0;
        }
        Canvas faded = new Canvas(v.width(), v.height());
        faded.setId("pictureEarlier");
        int n = EarlierPainter.paint(faded.getGraphicsContext2D(), v, earlier);
        getChildren().add(faded);
        return n;
    }

    private static int inView(Viewport v, IncidentPoints p) {
        int n = 0;
        double s = v.scale();
        for (int i = 0; i < p.size(); i++) {
            double x = p.x[i] * s - v.originX();
            double y = p.y[i] * s - v.originY();
            if (x >= 0 && y >= 0 && x < v.width() && y < v.height()) {
                n++;
            }
        }
        return n;
    }

    private record Drawn(Image image, Density density, EarlierPoints earlier) {
    }

    /** How many of the playback's earlier incidents are drawn faded in the picture (0 without a playback). */
    public int earlierDrawn() {
        return earlierDrawn;
    }

    /** The key of the density view drawn (null when the markers are), for the legend beside the picture. */
    public DensityScale.Key densityKey() {
        return densityKey;
    }

    /** Where (lat, lon) is in the picture, in map pixels. */
    public Point2D point(double lat, double lon) {
        return new Point2D(viewport.screenX(lon), viewport.screenY(lat));
    }

    /**
     * Shows or hides the numbers, scale bar and north arrow: a PDF hides them while it takes the map's pixels and
     * draws them itself, as text and lines.
     */
    public void showFurniture(boolean shown) {
        furniture.forEach(n -> n.setVisible(shown));
    }

    /** Metres per map pixel at the picture's middle latitude (what the scale bar shows). */
    public double metresPerPixel() {
        return metresPerPixel;
    }

    public double mapWidth() {
        return viewport.width();
    }

    public double mapHeight() {
        return viewport.height();
    }

    /** What the picture shows, for its legend. */
    public ShownMarks shown() {
        return shown;
    }

    /** Where each number was written (a number whose incident is outside the view has none). */
    public List<NumberTag> numberTags() {
        return tags;
    }

    /** True when (lat, lon) is inside the picture. */
    public boolean inView(double lat, double lon) {
        Point2D p = point(lat, lon);
        return p.getX() >= 0 && p.getY() >= 0 && p.getX() <= viewport.width() && p.getY() <= viewport.height();
    }

    /** How many incidents are in the picture, as markers or inside clusters (or, in a density view, in the list). */
    public int drawnIncidents() {
        return drawnIncidents;
    }

    /** An arrow pointing up with an N: on this Web Mercator map north is straight up everywhere. */
    private static Canvas northArrow(double unit) {
        Canvas c = new Canvas(30 * unit, 46 * unit);
        c.setId("northArrow");
        GraphicsContext g = c.getGraphicsContext2D();
        g.scale(unit, unit);
        g.setFill(Color.web("#FFFFFF", 0.8));
        g.fillRoundRect(0, 0, 30, 46, 6, 6);
        Color ink = Color.web("#333333");
        g.setFill(ink);
        g.setFont(Font.font("System", FontWeight.BOLD, 13));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("N", 15, 11);
        g.fillPolygon(new double[] {15, 23, 15}, new double[] {20, 41, 35}, 3);
        g.setStroke(ink);
        g.setLineWidth(1.2);
        g.strokePolygon(new double[] {15, 23, 15, 7}, new double[] {20, 41, 35, 41}, 4);
        return c;
    }
}
