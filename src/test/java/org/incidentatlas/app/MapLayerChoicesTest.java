package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.map.basemap.GeoJsonOverlay;
import org.incidentatlas.map.basemap.MbtilesFiles;
import org.incidentatlas.map.basemap.OverlayStyle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyst's own map layers as workbench commands: chosen, restyled, ordered, refused, remembered per dataset. */
class MapLayerChoicesTest {

    @TempDir
    Path temp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Preferences node;
    private Workbench bench;

    @BeforeEach
    void create() {
        node = Preferences.userRoot().node("org/incidentatlas-tests/layers-" + UUID.randomUUID());
        bench = new Workbench(Runnable::run, Runnable::run, dialogs, new AppSettings(node), PlaceVariants.bundled());
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    private Path tiles() {
        return MbtilesFiles.write(temp.resolve("own.mbtiles"), Map.of("name", "Own tiles", "format", "png",
                "attribution", "Tiles by the test", "minzoom", "6", "maxzoom", "9"), "png", 6, 9, 35.4, 44.4,
                row -> Color.GREEN);
    }

    private Path layer(String name) throws IOException {
        Path f = temp.resolve(name + ".geojson");
        Files.writeString(f, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{},"
                + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[43.0,35.5],[46.0,35.5]]}}]}");
        return f;
    }

    private List<String> names() {
        return bench.layers().overlays().stream().map(o -> o.style().name()).toList();
    }

    @Test
    void aBaseAndOverlaysAreChosenStyledOrderedAndGoIntoTheBriefing() throws IOException {
        bench.open(TestDatasets.write(temp.resolve("d"), "atlas.json", "Layers", 5));
        dialogs.file(tiles());
        bench.layers().chooseBasemap();
        assertEquals("Own tiles", bench.layers().basemapProperty().get().name());
        dialogs.file(layer("front"));
        bench.layers().chooseOverlay();
        bench.layers().addOverlay(layer("roads"), null);
        assertEquals(List.of("front", "roads"), names(), "added on top, default style named after the file");
        assertEquals(OverlayStyle.byDefault("front"), bench.layers().overlays().get(0).style());
        bench.layers().moveOverlay(0, 1);
        assertEquals(List.of("roads", "front"), names());
        bench.layers().restyleOverlay(1, new OverlayStyle("Front line", "#D1495B", OverlayStyle.LineStyle.DASHED, 3, false));
        assertEquals("#D1495B", bench.layers().overlays().get(1).style().colour());
        assertEquals(1, bench.layers().layers().shown().size(), "a layer switched off is not drawn");
        assertEquals(2, bench.briefingRequest("t", org.incidentatlas.briefing.PageSize.SLIDE, 1,
                (w, h) -> null).layers().overlays().size(), "the briefing takes the same layers");
        bench.layers().removeOverlay(0);
        assertEquals(List.of("Front line"), names());
        bench.layers().useBundledBasemap();
        assertNull(bench.layers().basemapProperty().get());
    }

    @Test
    void aBrokenFileIsSaidAndNothingChanges() throws IOException {
        bench.open(TestDatasets.write(temp.resolve("d"), "atlas.json", "Layers", 5));
        bench.layers().addOverlay(layer("good"), null);
        Path bad = temp.resolve("bad.geojson");
        Files.writeString(bad, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":"
                + "{\"type\":\"Blob\",\"coordinates\":[]}}]}");
        bench.layers().addOverlay(bad, null);
        assertEquals(DialogService.Level.ERROR, dialogs.lastShown().level());
        assertTrue(dialogs.lastShown().text().contains("bad.geojson"), dialogs.lastShown().text());
        assertEquals(List.of("good"), names());
        Path notTiles = Files.writeString(temp.resolve("x.mbtiles"), "not sqlite");
        bench.layers().openBasemap(notTiles);
        assertTrue(dialogs.lastShown().text().contains("x.mbtiles"), dialogs.lastShown().text());
        assertNull(bench.layers().basemapProperty().get());
    }

    @Test
    void eachDatasetKeepsItsOwnLayersAndAFileThatHasGoneIsSaid() throws IOException {
        Path first = TestDatasets.write(temp.resolve("a"), "atlas.json", "A", 5);
        Path second = TestDatasets.write(temp.resolve("b"), "atlas.json", "B", 5);
        bench.open(first);
        bench.layers().openBasemap(tiles());
        Path front = layer("front");
        bench.layers().addOverlay(front, new OverlayStyle("Front", "#112233", OverlayStyle.LineStyle.DOTTED, 4, true));
        bench.layers().addOverlay(layer("gone"), null);
        bench.open(second);
        assertNull(bench.layers().basemapProperty().get(), "another dataset starts on the bundled basemap");
        assertTrue(bench.layers().overlays().isEmpty());
        Files.delete(temp.resolve("gone.geojson"));
        bench.open(first);
        assertNotNull(bench.layers().basemapProperty().get());
        GeoJsonOverlay o = bench.layers().overlays().get(0);
        assertEquals(new OverlayStyle("Front", "#112233", OverlayStyle.LineStyle.DOTTED, 4, true), o.style());
        assertEquals(1, bench.layers().overlays().size());
        assertEquals(DialogService.Level.WARNING, dialogs.lastShown().level());
        assertTrue(dialogs.lastShown().text().contains("gone.geojson"), dialogs.lastShown().text());
    }
}
