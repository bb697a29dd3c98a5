package org.incidentatlas.map;

import static org.incidentatlas.map.MapTestSupport.assertColour;
import static org.incidentatlas.map.MapTestSupport.at;
import static org.incidentatlas.map.MapTestSupport.pixel;
import static org.incidentatlas.map.MapTestSupport.settle;
import static org.incidentatlas.map.MapTestSupport.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.incidentatlas.map.basemap.GeoJsonOverlay;
import org.incidentatlas.map.basemap.GeoJsonOverlayTest;
import org.incidentatlas.map.basemap.MbtilesFiles;
import org.incidentatlas.map.basemap.MbtilesSource;
import org.incidentatlas.map.basemap.OverlayStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;

/** The analyst's own MBTiles basemap and GeoJSON overlays in the map window: pixels, fallback, legend, credit. */
class MapLayersTest extends ApplicationTest {

    private static final double LAT = 35.47;
    private static final double LON = 44.39;

    @TempDir
    Path dir;
    private AtlasMap map;
    private MbtilesSource source;

    @Override
    public void start(Stage stage) {
        map = new AtlasMap(FXCollections.observableArrayList(), FXCollections.observableArrayList(), new SimpleObjectProperty<>());
        stage.setScene(new Scene(map, 900, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        if (source != null) {
            source.close();
        }
    }

    private static javafx.scene.paint.Color fx(int rgb) {
        return javafx.scene.paint.Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    /** The bundled basemap's pale land (plain or built-up), not the file's magenta. */
    private static void assertBundled(javafx.scene.paint.Color c, String where) {
        assertTrue(c.getGreen() > 0.75 && c.getRed() > 0.85, "the bundled basemap " + where + ": " + c);
    }

    @Test
    void anMbtilesBaseShowsInItsZoomRangeAndTheBundledMapBeyondIt() throws Exception {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("name", "Survey");
        meta.put("format", "png");
        meta.put("minzoom", "9");
        meta.put("maxzoom", "10");
        meta.put("attribution", "\u00a9 Test Survey 2024");
        source = MbtilesSource.open(MbtilesFiles.write(dir.resolve("s.mbtiles"), meta, "png", 9, 10, LAT, LON,
                row -> new Color(0xC040C0)));
        interact(() -> {
            map.setView(LAT, LON, 10);
            map.basemapProperty().set(source);
        });
        settle(map);
        WritableImage image = snapshot(this, map);
        assertColour(fx(0xC040C0), pixel(image, at(map, LAT, LON).add(3, 3)), "the file's tile");
        Label credit = lookup("#mapAttribution").queryAs(Label.class);
        assertTrue(credit.getText().startsWith("Basemap: \u00a9 Test Survey 2024."), credit.getText());
        assertTrue(map.attributionProperty().get().contains("Natural Earth"));

        interact(() -> map.setView(LAT, LON, 12)); // beyond maxzoom
        settle(map);
        assertBundled(pixel(snapshot(this, map), at(map, LAT + 0.02, LON - 0.03)), "beyond the file's zoom range");
        interact(() -> map.setView(LAT, LON + 3, 10)); // outside the tiles the file has
        settle(map);
        assertBundled(pixel(snapshot(this, map), new javafx.geometry.Point2D(450, 300)), "where the file has no tile");

        interact(() -> map.basemapProperty().set(null));
        assertTrue(credit.getText().startsWith("Map data:"), credit.getText());
    }

    @Test
    void overlaysAreDrawnInTheirStyleListedInTheLegendAndCanBeSwitchedOff() throws Exception {
        Path file = Files.writeString(dir.resolve("front.geojson"), GeoJsonOverlayTest.LAYER);
        GeoJsonOverlay front = GeoJsonOverlay.read(file,
                new OverlayStyle("Front line", "#0050D0", OverlayStyle.LineStyle.SOLID, 4, true));
        interact(() -> {
            map.setView(LAT, LON, 11);
            map.overlays().add(front);
        });
        settle(map);
        // on the road, half-way between its first two vertices
        javafx.geometry.Point2D road = at(map, (35.40 + 35.47) / 2, (44.30 + 44.39) / 2);
        assertColour(fx(0x0050D0), pixel(snapshot(this, map), road), "the road in the layer's colour");
        assertEquals(List.of("Front line"), map.legend().overlaysShown());

        interact(() -> map.overlays().set(0, front.withStyle(front.style().withVisible(false))));
        settle(map);
        javafx.scene.paint.Color off = pixel(snapshot(this, map), road);
        assertTrue(off.getBlue() - off.getRed() < 0.2, "switched off: " + off);
        assertEquals(List.of(), map.legend().overlaysShown());
    }
}
