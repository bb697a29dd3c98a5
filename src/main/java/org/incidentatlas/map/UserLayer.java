package org.incidentatlas.map;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.map.basemap.GeoJsonOverlay;
import org.incidentatlas.map.basemap.MbtilesSource;

/**
 * The analyst's layers in the window, between the bundled basemap and the incidents: one canvas with the
 * MBTiles raster (tiles read on a background thread and kept, the view redrawn as they arrive) and the GeoJSON
 * overlays, and the filter's "within N km" circle. Where the raster file has no tile the canvas stays clear and the bundled basemap shows.
 */
final class UserLayer extends CanvasLayer {

    private static final Logger LOG = Logger.getLogger(UserLayer.class.getName());
    private static final int CACHE_TILES = 256;
    /** Marks a tile the file does not have, so it is not asked for again. */
    private static final Image NONE = new WritableImage(1, 1);

    private final ExecutorService reader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mbtiles-reader");
        t.setDaemon(true);
        return t;
    });
    private final Map<Long, Image> cache = new LinkedHashMap<>(CACHE_TILES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
            return size() > CACHE_TILES;
        }
    };
    private final Set<Long> pending = new HashSet<>();
    private MapLayers layers = MapLayers.NONE;
    private IncidentFilter.Near near;

    UserLayer() {
        super("userLayerCanvas");
        canvas.setMouseTransparent(true);
        setMouseTransparent(true);
    }

    void setLayers(MapLayers now) {
        if (layers.basemap() != now.basemap()) {
            cache.clear();
            pending.clear();
        }
        layers = now;
        redrawSoon();
    }

    void setNear(IncidentFilter.Near now) {
        near = now;
        redrawSoon();
    }

    MapLayers layers() {
        return layers;
    }

    /** True when no raster tile the view needs is still being read. */
    boolean complete() {
        return pending.isEmpty();
    }

    @Override
    protected void paint(Viewport v) {
        var g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (layers.basemap() != null) {
            UserLayerPainter.raster(g, v, this::tile);
        }
        List<GeoJsonOverlay> shown = layers.shown();
        if (!shown.isEmpty()) {
            UserLayerPainter.overlays(g, v, shown);
        }
        UserLayerPainter.near(g, v, near);
    }

    /** The cached tile, or null while it is read (the view is redrawn when it comes) or where the file has none. */
    private Image tile(int zoom, long x, long y) {
        MbtilesSource source = layers.basemap();
        if (!source.covers(zoom, x, y)) {
            return null;
        }
        long key = ((long) zoom << 58) | (x << 29) | y;
        Image cached = cache.get(key);
        if (cached != null) {
            return cached == NONE ? null : cached;
        }
        if (pending.add(key)) {
            reader.execute(() -> {
                Image image = read(source, zoom, x, y).map(b -> (Image) SwingFXUtils.toFXImage(b, null)).orElse(NONE);
                Platform.runLater(() -> {
                    if (layers.basemap() == source) {
                        pending.remove(key);
                        cache.put(key, image);
                        redrawSoon();
                    }
                });
            });
        }
        return null;
    }

    private static Optional<BufferedImage> read(MbtilesSource source, int zoom, long x, long y) {
        try {
            return Optional.ofNullable(source.tile(zoom, x, y));
        } catch (RuntimeException e) {
            // one damaged tile: the bundled basemap shows in its place, and the log says which
            LOG.log(Level.WARNING, e.getMessage(), e);
            return Optional.empty();
        }
    }
}
