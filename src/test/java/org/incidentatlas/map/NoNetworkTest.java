package org.incidentatlas.map;

import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;
import javafx.scene.control.DialogPane;
import com.gluonhq.impl.maps.TileImageView;
import javafx.application.Application;
import org.incidentatlas.app.MapLayerChoices;
import org.incidentatlas.ui.MainView;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.gluonhq.maps.tile.TileRetriever;
import java.awt.Color;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.incidentatlas.TestFiles;
import org.incidentatlas.map.basemap.GeoJsonOverlay;
import org.incidentatlas.map.basemap.GeoJsonOverlayTest;
import org.incidentatlas.map.basemap.MbtilesFiles;
import org.incidentatlas.map.basemap.MbtilesSource;
import org.incidentatlas.map.basemap.OverlayStyle;
import org.incidentatlas.ui.AtlasApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real app with every way out to the network watched, moves the map about, and checks nothing tried
 * to connect: a ProxySelector (every HTTP(S) URL connection asks it first), a URL handler for http and https,
 * and a socket factory for every plain {@link Socket}. Also checks that Gluon Maps uses our tile source.
 */
class NoNetworkTest extends ApplicationTest {

    private static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();
    private static ProxySelector previousSelector;
    private static boolean factoriesInstalled;

    @BeforeAll
    static void watchTheNetwork() throws IOException {
        previousSelector = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                ATTEMPTS.add("proxy lookup for " + uri);
                throw new IllegalStateException("the app must not open " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
                ATTEMPTS.add("connect failed " + uri);
            }
        });
        if (!factoriesInstalled) {
            // Both factories can be set once per JVM; they stay, failing any later connection too.
            factoriesInstalled = true;
            Socket.setSocketImplFactory(() -> {
                ATTEMPTS.add("socket created by " + caller());
                throw new IllegalStateException("the app must not open a socket");
            });
            URL.setURLStreamHandlerFactory(protocol -> protocol.startsWith("http") ? new URLStreamHandler() {
                @Override
                protected URLConnection openConnection(URL u) throws IOException {
                    ATTEMPTS.add("URL opened: " + u);
                    throw new IOException("the app must not open " + u);
                }
            } : null);
        }
    }

    @AfterAll
    static void restore() {
        ProxySelector.setDefault(previousSelector);
    }

    private static String caller() {
        return StackWalker.getInstance().walk(s -> s.skip(2).limit(6).map(Object::toString).toList()).toString();
    }

    @Test
    void openingTheAppAndMovingTheMapOpensNoConnection() throws Exception {
        System.setProperty("incidentatlas.dataset", TestFiles.bundledDataset().toString());
        // fresh settings: layers remembered by an earlier run would be opened again
        Preferences.userRoot().node(System.getProperty("incidentatlas.prefs", "org/incidentatlas-tests")).removeNode();
        FxToolkit.registerPrimaryStage();
        Application app = FxToolkit.setupApplication(AtlasApp.class);
        try {
            Stage stage = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing())
                    .findFirst().orElseThrow();
            assertTrue(stage.isShowing());
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> lookup("#atlasMap").tryQuery().isPresent());
            AtlasMap map = lookup("#atlasMap").queryAs(AtlasMap.class);
            MapTestSupport.settle(map);
            drag(map.localToScreen(600, 250)).dropTo(map.localToScreen(350, 150));
            clickOn("#zoomIn");
            clickOn("#zoomIn");
            MapTestSupport.settle(map);
            drag(map.localToScreen(300, 250)).dropTo(map.localToScreen(600, 300));
            clickOn("#zoomOut");
            clickOn("#zoomOut");
            clickOn("#zoomOut");
            MapTestSupport.settle(map);
            clickOn("#zoomToAll");
            MapTestSupport.settle(map);
            assertTrue(map.drawnPointCount() > 0);

            // the analyst's own layers: an MBTiles basemap (SQLite, read locally) and a GeoJSON overlay
            Path dir = Files.createTempDirectory("nonetwork");
            Map<String, String> meta = Map.of("name", "local", "format", "png", "minzoom", "7", "maxzoom", "9");
            Path tiles = MbtilesFiles.write(dir.resolve("local.mbtiles"), meta, "png", 7, 9, 35.47, 44.39, row -> Color.PINK);
            Path layer = Files.writeString(dir.resolve("layer.geojson"), GeoJsonOverlayTest.LAYER);
            // as the analyst chooses them: through the workbench, which reads them in the background
            MapLayerChoices layers =
                    lookup("#mainView").queryAs(MainView.class).workbench().layers();
            interact(() -> {
                layers.openBasemap(tiles);
                layers.addOverlay(layer, OverlayStyle.byDefault("layer"));
            });
            try {
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                        () -> map.basemapProperty().get() != null && map.overlays().size() == 1);
            } catch (TimeoutException e) {
                throw new AssertionError("the layers were not shown: base " + map.basemapProperty().get() + ", overlays "
                        + map.overlays().size() + ", choices " + layers.basemapProperty().get() + "/" + layers.overlays().size()
                        + ", busy " + lookup("#loadProgress").query().isVisible() + "; " + lookup(".dialog-pane").queryAll().stream()
                        .map(n -> ((DialogPane) n).getHeaderText() + " / "
                                + ((DialogPane) n).lookup(".text-area")).toList(), e);
            }
            interact(() -> map.setView(35.47, 44.39, 8));
            MapTestSupport.settle(map);
            clickOn("#zoomIn");
            MapTestSupport.settle(map);
            drag(map.localToScreen(300, 250)).dropTo(map.localToScreen(500, 300));
            MapTestSupport.settle(map);
            interact(layers::useBundledBasemap);

            assertEquals(List.of(), ATTEMPTS, "network connections attempted");
            assertInstanceOf(BasemapTileRetriever.class, ServiceLoader.load(TileRetriever.class).findFirst().orElseThrow());
            Field inUse = TileImageView.class.getDeclaredField("TILE_RETRIEVER");
            inUse.setAccessible(true);
            assertInstanceOf(BasemapTileRetriever.class, inUse.get(null), "the retriever Gluon Maps uses");
        } finally {
            FxToolkit.cleanupStages();
            FxToolkit.cleanupApplication(app);
            System.clearProperty("incidentatlas.dataset");
        }
    }

    @Test
    void theGuardWorks() {
        assertTrue(factoriesInstalled);
        int before = ATTEMPTS.size();
        try (Socket s = new Socket()) {
            assertTrue(s.isClosed(), "unreachable");
        } catch (IllegalStateException | IOException expected) {
            // what any connection attempt meets
        }
        assertEquals(before + 1, ATTEMPTS.size());
        ATTEMPTS.remove(ATTEMPTS.size() - 1);
    }
}
