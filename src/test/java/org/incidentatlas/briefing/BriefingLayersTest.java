package org.incidentatlas.briefing;

import static org.incidentatlas.map.MapTestSupport.assertColour;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.map.MapFraming;
import org.incidentatlas.map.MapLayers;
import org.incidentatlas.map.MapPicture;
import org.incidentatlas.map.MapTestSupport;
import org.incidentatlas.map.basemap.GeoJsonOverlay;
import org.incidentatlas.map.basemap.MbtilesFiles;
import org.incidentatlas.map.basemap.MbtilesSource;
import org.incidentatlas.map.basemap.OverlayStyle;
import org.incidentatlas.map.geo.Mercator;
import org.incidentatlas.model.Dataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** A briefing over the analyst's MBTiles basemap with an overlay and the filter's "within N km" circle. */
class BriefingLayersTest {

    private static final double LAT = 35.47;
    private static final double LON = 44.39;
    private static Dataset dataset;

    @TempDir
    Path dir;

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage();
        dataset = MapTestSupport.bundled();
    }

    private static javafx.scene.paint.Color fx(int rgb) {
        return javafx.scene.paint.Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    @Test
    void theBriefingDrawsTheRasterTheOverlayTheCircleAndCreditsTheFile() throws Exception {
        Map<String, String> meta = Map.of("name", "Survey", "format", "png", "minzoom", "10", "maxzoom", "10",
                "attribution", "\u00a9 Test Survey");
        Path road = Files.writeString(dir.resolve("road.geojson"), "{\"type\": \"LineString\", \"coordinates\": [["
                + (LON - 0.2) + ", " + (LAT + 0.15) + "], [" + (LON - 0.2) + ", " + (LAT - 0.15) + "]]}");
        try (MbtilesSource base = MbtilesSource.open(MbtilesFiles.write(dir.resolve("s.mbtiles"), meta, "png", 10, 10,
                LAT, LON, row -> new Color(0xC040C0)))) {
            MapLayers layers = new MapLayers(base, List.of(GeoJsonOverlay.read(road,
                    new OverlayStyle("Road", "#0050D0", OverlayStyle.LineStyle.SOLID, 4, true))));
            IncidentFilter near = IncidentFilter.NONE.withNear(new IncidentFilter.Near("c", "Kirkuk JCC", LAT, LON, 10));
            BriefingRequest r = new BriefingRequest(dataset, List.of(), List.of(), near, "t", PageSize.page(1000, 700), 1,
                    (w, h) -> new MapFraming(LAT, LON, 10)).withLayers(layers);
            Briefing b = new BriefingComposer(MapPicture.TileSource.BASEMAP, Duration.ofSeconds(60),
                    Clock.fixed(Instant.parse("2026-12-02T01:00:00Z"), ZoneOffset.UTC)).composeLater(r).get(90, TimeUnit.SECONDS);
            MapPicture map = b.page().picture();
            Point2D raster = map.localToScene(map.point(LAT + 0.01, LON + 0.05));
            assertColour(fx(0xC040C0), b.image().getPixelReader().getColor((int) raster.getX(), (int) raster.getY()),
                    "the file's tile under the view's centre");
            Point2D line = map.localToScene(map.point(LAT, LON - 0.2));
            assertColour(fx(0x0050D0), b.image().getPixelReader().getColor((int) line.getX(), (int) line.getY()),
                    "the overlay's line");
            Point2D west = map.localToScene(map.point(LAT, LON).add(-10_000 / Mercator.metresPerPixel(LAT, 10), 0));
            boolean dark = false;
            for (int d = -2; d <= 2; d++) {
                dark |= b.image().getPixelReader().getColor((int) west.getX() + d, (int) west.getY()).getBrightness() < 0.4;
            }
            assertTrue(dark, "the 10 km circle's line at its west point");
            String credit = ((Label) b.page().lookup("#briefingAttribution")).getText();
            assertTrue(credit.startsWith("Basemap: \u00a9 Test Survey."), credit);
            assertTrue(b.page().legend().lookupAll(".label").stream().anyMatch(n -> "Road".equals(((Label) n).getText())),
                    "the overlay in the legend");
        }
    }
}
