package org.incidentatlas.map;

import com.gluonhq.maps.tile.TileRetriever;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import org.incidentatlas.map.basemap.BasemapData;
import org.incidentatlas.map.basemap.BasemapStyle;
import org.incidentatlas.map.basemap.MapLabel;
import org.incidentatlas.map.basemap.TileRenderer;
import org.incidentatlas.map.geo.Mercator;

/**
 * The app's own tile source for Gluon Maps, registered in {@code META-INF/services}: draws each tile from the
 * bundled vector data instead of downloading it, so the map works with no network and opens no connection.
 *
 * <p>Gluon Maps calls {@link #loadTile} on the FX thread and keeps one retriever per JVM. A cached tile is
 * returned at once; any other is drawn with Java2D on background threads (newest request first, so the view the
 * analyst has just moved to comes before tiles already scrolled past) and handed back on the FX thread, because
 * Gluon sets the image on a live node when the future completes. A tile never fails: Gluon would never ask
 * again, and the map would keep a hole.
 */
public final class BasemapTileRetriever implements TileRetriever {

    private static final Logger LOG = Logger.getLogger(BasemapTileRetriever.class.getName());
    /** About 64 MB of tiles at 256 KB each: several screens at every zoom the analyst has visited. */
    static final int CACHE_TILES = 256;

    static {
        // Tiles are drawn with Java2D only; a headless AWT never opens a second windowing toolkit next to
        // JavaFX. Set before AWT loads; an explicit setting wins.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final ThreadPoolExecutor RENDERERS = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS,
            new PriorityBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "basemap-tiles");
                t.setDaemon(true);
                t.setPriority(Thread.NORM_PRIORITY - 1);
                return t;
            });
    private static final Map<Long, Image> CACHE = new LinkedHashMap<>(CACHE_TILES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
            return size() > CACHE_TILES;
        }
    };
    private static final Map<Long, CompletableFuture<Image>> PENDING = new java.util.HashMap<>();
    /**
     * Every tile ever handed to the map (FX thread only). Gluon Maps keeps the tiles it was given and does not
     * ask again for one it still holds, so a tile evicted from {@link #CACHE} can still be on screen: readiness
     * is "handed over and not being drawn again", not "in the cache". A few bytes per tile visited.
     */
    private static final java.util.Set<Long> DELIVERED = new java.util.HashSet<>();
    private static volatile TileRenderer renderer;
    /** Zooms whose names are being planned in the background (FX thread only). */
    private static final Set<Integer> PLANNING = new HashSet<>();

    static {
        RENDERERS.allowCoreThreadTimeOut(true);
    }

    /**
     * The window starts on a default view and moves, a moment later, to the opened dataset (AtlasMap zooms to it).
     * Drawing the first view's tiles then costs the start about as much as the view the analyst gets (issue 12:
     * 24 of the 48 tiles drawn before "map ready"). While {@link #holdUntilFirstView held}, tiles are queued but not
     * drawn until a view is chosen and the map asks for its tiles, or {@link #FIRST_VIEW_WAIT_MS} passed; then the
     * newest requests (the chosen view) are drawn first and the held ones after them. No tile is dropped: every
     * future still completes.
     */
    static final long FIRST_VIEW_WAIT_MS = 3000;
    private static final CountDownLatch FIRST_VIEW = new CountDownLatch(1);
    private static volatile boolean holding;
    private static volatile boolean firstViewChosen;

    /** Holds the window's tiles until its first chosen view (see {@link #FIRST_VIEW_WAIT_MS}); call before the window. */
    public static void holdUntilFirstView() {
        holding = true;
    }

    /** The map has chosen its view (the dataset's, or one asked for): the hold ends with its first tile request. */
    public static void firstViewChosen() {
        if (!firstViewChosen) {
            firstViewChosen = true;
            // a chosen view the map already shows asks for no tile: then the hold ends a moment later anyway
            CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS).execute(FIRST_VIEW::countDown);
        }
    }

    /** Starts reading the vector data in the background so the first tiles come quickly. */
    public static void preload() {
        RENDERERS.execute(new Job(Long.MAX_VALUE, BasemapTileRetriever::renderer));
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        long key = key(zoom, i, j);
        synchronized (CACHE) {
            Image cached = CACHE.get(key);
            if (cached != null) {
                return CompletableFuture.completedFuture(cached);
            }
        }
        CompletableFuture<Image> pending = PENDING.get(key);
        if (pending != null) {
            return pending;
        }
        CompletableFuture<Image> future = new CompletableFuture<>();
        PENDING.put(key, future);
        long order = SEQUENCE.incrementAndGet();
        RENDERERS.execute(new Job(order, held(order, () -> {
            Image image = render(zoom, i, j);
            Platform.runLater(() -> {
                synchronized (CACHE) {
                    CACHE.put(key, image);
                }
                PENDING.remove(key);
                DELIVERED.add(key);
                future.complete(image);
            });
        })));
        if (firstViewChosen && FIRST_VIEW.getCount() > 0) {
            FIRST_VIEW.countDown(); // after queueing: the released workers find the chosen view's tiles first
        }
        return future;
    }

    /**
     * A tile's drawing that waits while the first view is held; one that waited until a view was chosen goes back
     * in the queue with its own order, behind the chosen view's newer tiles, instead of being drawn now.
     */
    private static Runnable held(long order, Runnable draw) {
        return () -> {
            if (holding && FIRST_VIEW.getCount() > 0) {
                boolean released = false;
                try {
                    released = FIRST_VIEW.await(FIRST_VIEW_WAIT_MS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                holding = false;
                if (released) {
                    RENDERERS.execute(new Job(order, draw));
                    return;
                }
            }
            draw.run();
        };
    }

    /**
     * Draws one tile at {@code density} for a still picture (a briefing), on the same background threads, and
     * completes there. Not cached: a picture asks for each tile once, and a 2x or 3x tile would crowd the
     * window's cache. Unlike {@link #loadTile}, a tile that cannot be drawn fails the future, so a picture is
     * never made with a hole in it.
     */
    public static CompletableFuture<BufferedImage> drawTile(int zoom, long i, long j, int density) {
        CompletableFuture<BufferedImage> future = new CompletableFuture<>();
        RENDERERS.execute(new Job(SEQUENCE.incrementAndGet(), () -> {
            try {
                future.complete(renderer().render(zoom, i, j, density));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }));
        return future;
    }

    /**
     * The basemap's names planned for {@code zoom}, or null when they are not yet: they are then planned in the
     * background and {@code whenPlanned} runs on the FX thread once they are. FX thread.
     */
    static List<MapLabel> labels(int zoom, Runnable whenPlanned) {
        TileRenderer r = renderer;
        List<MapLabel> plan = r == null ? null : r.labelsIfPlanned(zoom);
        if (plan == null && PLANNING.add(zoom)) {
            RENDERERS.execute(new Job(SEQUENCE.incrementAndGet(), () -> {
                try {
                    renderer().labels(zoom);
                } finally {
                    Platform.runLater(() -> {
                        PLANNING.remove(zoom);
                        whenPlanned.run();
                    });
                }
            }));
        }
        return plan;
    }

    /**
     * True when the tile has been drawn and handed to the map, and the map is not waiting for it again. FX thread.
     * (When the map needs a tile it dropped, it asks for it in the same layout pass, so it is then pending.)
     */
    static boolean isReady(int zoom, long i, long j) {
        long key = key(zoom, i, j);
        return DELIVERED.contains(key) && !PENDING.containsKey(key);
    }

    /** True when every tile the view {@code v} needs is ready (see {@link #isReady}). FX thread. */
    static boolean viewReady(Viewport v) {
        int z = (int) Math.min(19, Math.floor(v.zoom() + 0.2));
        double f = Math.pow(2, z - v.zoom()) / Mercator.TILE_SIZE;
        long max = (1L << z) - 1;
        long i0 = Math.max(0, (long) Math.floor(v.originX() * f));
        long i1 = Math.min(max, (long) Math.floor((v.originX() + v.width() - 1) * f));
        long j0 = Math.max(0, (long) Math.floor(v.originY() * f));
        long j1 = Math.min(max, (long) Math.floor((v.originY() + v.height() - 1) * f));
        for (long i = i0; i <= i1; i++) {
            for (long j = j0; j <= j1; j++) {
                if (!isReady(z, i, j)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Image render(int zoom, long i, long j) {
        try {
            BufferedImage tile = renderer().render(zoom, i, j);
            return SwingFXUtils.toFXImage(tile, null);
        } catch (RuntimeException | Error e) {
            LOG.log(Level.WARNING, "basemap tile " + zoom + "/" + i + "/" + j + " could not be drawn", e);
            return blank();
        }
    }

    private static Image blank() {
        WritableImage image = new WritableImage(Mercator.TILE_SIZE, Mercator.TILE_SIZE);
        javafx.scene.paint.Color land = javafx.scene.paint.Color.web(BasemapStyle.web(BasemapStyle.LAND_IRAQ));
        for (int y = 0; y < Mercator.TILE_SIZE; y++) {
            for (int x = 0; x < Mercator.TILE_SIZE; x++) {
                image.getPixelWriter().setColor(x, y, land);
            }
        }
        return image;
    }

    private static TileRenderer renderer() {
        TileRenderer r = renderer;
        if (r == null) {
            synchronized (BasemapTileRetriever.class) {
                if (renderer == null) {
                    renderer = new TileRenderer(BasemapData.load());
                }
                r = renderer;
            }
        }
        return r;
    }

    private static long key(int zoom, long i, long j) {
        return ((long) zoom << 58) | (i << 29) | j;
    }

    /** A queued piece of work; the most recently asked-for runs first. */
    private record Job(long order, Runnable work) implements Runnable, Comparable<Job> {
        @Override
        public void run() {
            work.run();
        }

        @Override
        public int compareTo(Job other) {
            return Long.compare(other.order, order);
        }
    }
}
