package org.incidentatlas.map;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.canvas.GraphicsContext;
import org.incidentatlas.map.basemap.AdminAreas;
import org.incidentatlas.map.density.AreaCounts;
import org.incidentatlas.map.density.DensityScale;
import org.incidentatlas.map.density.DensityStyle;
import org.incidentatlas.map.density.HeatGrid;
import org.incidentatlas.map.density.HexBins;
import org.incidentatlas.map.density.PointCache;
import org.incidentatlas.map.density.ViewBox;
import org.incidentatlas.map.density.WeightedPoints;
import org.incidentatlas.model.Incident;

/**
 * The density view (heatmap or hexagon counts) of the map's list, on its own canvas under the markers' layer.
 * Everything is worked out on one background thread: the weighted points once per list and weight, the hexagons
 * once per zoom, the heat surface once per view. Until a result for the view comes back the last one stays on
 * screen, moved with a pan (or, after a zoom, nothing), so the FX thread only draws.
 */
final class DensityLayer extends CanvasLayer {

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "density");
        t.setDaemon(true);
        return t;
    });

    private List<? extends Incident> incidents = List.of();
    private DensityStyle style;
    private long generation;
    private Result shown;
    private boolean busy;
    /** The list and style the worker last failed on: not asked again until either changes. */
    private long failedGeneration = -1;
    private Consumer<DensityScale.Key> onKey = k -> { };
    // read and written on the worker thread only
    private List<? extends Incident> pointsFor;
    private DensityStyle.Weight pointsWeight;
    private WeightedPoints points;
    private final PointCache cache = new PointCache();
    private HexBins bins;

    /** What the worker made for one view, list and style. */
    private record Result(long generation, DensityStyle style, ViewBox view, HeatGrid heat, HexBins hex, AreaCounts areas,
                          DensityScale.Key key) {
    }

    DensityLayer() {
        super("densityCanvas");
        canvas.setMouseTransparent(true);
    }

    /** Told the key of each density view drawn (null when none is), for the legend. */
    void setOnKey(Consumer<DensityScale.Key> onKey) {
        this.onKey = onKey;
    }

    /** The view to draw, null for none (the markers alone). */
    void setStyle(DensityStyle style) {
        if (!Objects.equals(style, this.style)) {
            this.style = style;
            changed();
        }
    }

    DensityStyle style() {
        return style;
    }

    void setIncidents(List<? extends Incident> list) {
        incidents = List.copyOf(list);
        changed();
    }

    private void changed() {
        generation++;
        if (style == null) {
            shown = null;
            onKey.accept(null);
        }
        redrawSoon();
    }

    @Override
    protected void paint(Viewport v) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (style == null) {
            return;
        }
        ViewBox box = box(v);
        if (shown != null && shown.style().kind() == style.kind()) {
            if (shown.areas() != null) {
                DensityPainter.areas(g, shown.areas(), v);
            } else if (shown.hex() != null) {
                DensityPainter.hex(g, shown.hex(), v);
            } else if (shown.view().zoom() == v.zoom()) {
                DensityPainter.heat(g, shown.heat(), shown.view().originX() - v.originX(), shown.view().originY() - v.originY());
            }
        }
        if (!fresh(box) && failedGeneration != generation) {
            request(box);
        }
    }

    private boolean fresh(ViewBox box) {
        if (shown == null || shown.generation() != generation) {
            return false;
        }
        if (shown.areas() != null) {
            return true; // the counts do not depend on the view
        }
        return shown.hex() != null ? shown.hex().zoom() == box.zoom() : shown.view().equals(box);
    }

    /** Starts the worker on the view now shown, unless it is busy (then it starts again when done). */
    private void request(ViewBox box) {
        if (busy) {
            return;
        }
        busy = true;
        long gen = generation;
        DensityStyle s = style;
        List<? extends Incident> list = incidents;
        WORKER.execute(() -> {
            Result r;
            try {
                r = compute(gen, s, list, box);
            } catch (RuntimeException | OutOfMemoryError e) {
                r = null; // nothing is drawn until the list or the style changes
            }
            Result made = r;
            Platform.runLater(() -> done(made));
        });
    }

    private void done(Result r) {
        busy = false;
        if (r == null) {
            failedGeneration = generation;
            return;
        }
        if (r.generation() == generation) {
            shown = r;
            onKey.accept(r.key());
        }
        redrawSoon(); // draws it, or asks again for the view now shown
    }

    /** On the worker thread. */
    private Result compute(long gen, DensityStyle s, List<? extends Incident> list, ViewBox box) {
        if (list != pointsFor || s.weight() != pointsWeight) {
            points = cache.points(list, s.weight());
            pointsFor = list;
            pointsWeight = s.weight();
            bins = null;
        }
        if (s.kind() == DensityStyle.Kind.PROVINCES || s.kind() == DensityStyle.Kind.DISTRICTS) {
            AreaCounts counts = areaCounts(cache, list, s);
            return new Result(gen, s, box, null, null, counts, DensityScale.areaKey(s, counts.max()));
        }
        if (s.kind() == DensityStyle.Kind.HEX) {
            if (bins == null || !bins.isFor(box.zoom(), s.hexPixels())) {
                bins = HexBins.of(points, box.zoom(), s.hexPixels());
            }
            return new Result(gen, s, box, null, bins, null, DensityScale.hexKey(s, bins.max()));
        }
        HeatGrid grid = HeatGrid.compute(points, box, s.radiusKm());
        return new Result(gen, s, box, grid, null, null, DensityScale.heatKey(s, grid.max()));
    }

    /**
     * What the density view shows at (x, y) of view {@code v}, for the map's tooltip: an area's name and figure,
     * a hexagon's count or the heat there; null where it shows nothing (or has not drawn yet).
     */
    String describeAt(double x, double y, Viewport v) {
        Result r = shown;
        if (r == null || style == null || r.style().kind() != style.kind()) {
            return null;
        }
        String plural = r.style().weight().unit();
        double wx = (x + v.originX()) / v.scale();
        double wy = (y + v.originY()) / v.scale();
        if (r.areas() != null) {
            int a = r.areas().areas().areaOf(wx, wy);
            return a < 0 ? null : String.format(Locale.ENGLISH, "%s (%s)%n%,d %s", r.areas().areas().name(a),
                    r.areas().areas().level().noun(), Math.round(r.areas().value(a)), unit(plural, r.areas().value(a)));
        }
        if (r.hex() != null) {
            int h = r.hex().zoom() == v.zoom() ? r.hex().at(x + v.originX(), y + v.originY()) : -1;
            return h < 0 ? null : String.format(Locale.ENGLISH, "%,d %s in this hexagon", Math.round(r.hex().value(h)),
                    unit(plural, r.hex().value(h)));
        }
        HeatGrid g = r.heat();
        int c = (int) Math.floor((x + v.originX() - r.view().originX()) / g.cell());
        int row = (int) Math.floor((y + v.originY() - r.view().originY()) / g.cell());
        if (r.view().zoom() != v.zoom() || c < 0 || row < 0 || c >= g.cols() || row >= g.rows() || g.value(c, row) <= 0) {
            return null;
        }
        double d = g.value(c, row);
        return String.format(Locale.ENGLISH, d >= 10 ? "%.0f %s per 100 km\u00b2 here" : "%.2g %s per 100 km\u00b2 here", d, plural);
    }

    /** The choropleth's area under (x, y) of view {@code v}, or -1 (no area there, or no choropleth drawn). */
    int areaAt(double x, double y, Viewport v) {
        Result r = shown;
        if (r == null || style == null || r.style().kind() != style.kind() || r.areas() == null) {
            return -1;
        }
        return r.areas().areas().areaOf((x + v.originX()) / v.scale(), (y + v.originY()) / v.scale());
    }

    /** The level of the areas drawn, or null when no choropleth is. */
    AdminAreas.Level areaLevel() {
        Result r = shown;
        return r == null || r.areas() == null ? null : r.areas().areas().level();
    }

    private static String unit(String plural, double n) {
        return Math.round(n) == 1 && plural.equals("incidents") ? "incident" : plural;
    }

    /** Counts per governorate or district of {@code list}: point-in-polygon once per incident, then sums. */
    static AreaCounts areaCounts(PointCache cache, List<? extends Incident> list, DensityStyle s) {
        AdminAreas areas = AdminAreas.bundled(s.kind() == DensityStyle.Kind.PROVINCES ? AdminAreas.Level.PROVINCE
                : AdminAreas.Level.DISTRICT);
        return AreaCounts.of(areas, cache.areas(list, areas), cache.weights(list, s.weight()));
    }

    static ViewBox box(Viewport v) {
        return new ViewBox(v.zoom(), v.originX(), v.originY(), v.width(), v.height());
    }
}
