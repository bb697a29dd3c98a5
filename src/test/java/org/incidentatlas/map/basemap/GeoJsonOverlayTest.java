package org.incidentatlas.map.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.incidentatlas.map.geo.Mercator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class GeoJsonOverlayTest {

    /** A point, a line and a polygon with a hole, around Kirkuk. */
    public static final String LAYER = """
            {"type": "FeatureCollection", "features": [
              {"type": "Feature", "properties": {"name": "checkpoint"}, "geometry": {"type": "Point", "coordinates": [44.39, 35.47]}},
              {"type": "Feature", "properties": {"name": "road"}, "geometry": {"type": "LineString",
                "coordinates": [[44.30, 35.40], [44.39, 35.47], [44.50, 35.55]]}},
              {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [
                [[44.2, 35.3], [44.6, 35.3], [44.6, 35.6], [44.2, 35.6], [44.2, 35.3]],
                [[44.3, 35.4], [44.4, 35.4], [44.4, 35.5], [44.3, 35.4]]]}},
              {"type": "Feature", "properties": {"name": "no place"}, "geometry": null}
            ]}
            """;

    @TempDir
    Path dir;

    private BasemapFileException refused(String json) throws Exception {
        Path file = Files.writeString(dir.resolve("bad.geojson"), json);
        BasemapFileException e = assertThrows(BasemapFileException.class,
                () -> GeoJsonOverlay.read(file, OverlayStyle.byDefault("bad")));
        assertTrue(e.getMessage().startsWith(file.toString()), "names the file: " + e.getMessage());
        return e;
    }

    @Test
    void readsPointsLinesAndPolygons() throws Exception {
        Path file = Files.writeString(dir.resolve("front.geojson"), LAYER);
        GeoJsonOverlay layer = GeoJsonOverlay.read(file, OverlayStyle.byDefault("Front line"));
        assertEquals(3, layer.features().size(), "the feature with no geometry has nothing to draw");
        assertTrue(layer.hasPoints() && layer.hasLines() && layer.hasAreas());
        Feature point = layer.features().get(0);
        assertEquals(Mercator.x(44.39), point.x(), 1e-12);
        assertEquals(Mercator.y(35.47), point.y(), 1e-12);
        assertEquals(2, layer.features().get(2).partCount(), "the ring and its hole");
        GeoJsonOverlay off = layer.withStyle(layer.style().withVisible(false));
        assertFalse(off.style().visible());
        assertEquals(layer.features(), off.features());

        Path single = Files.writeString(dir.resolve("one.geojson"),
                "{\"type\": \"MultiLineString\", \"coordinates\": [[[44, 35], [45, 36]], [[44, 36], [45, 35]]]}");
        assertTrue(GeoJsonOverlay.read(single, OverlayStyle.byDefault("x")).hasLines());
    }

    @Test
    void aBrokenFileIsRefusedSayingWhereAndWhat() throws Exception {
        BasemapFileException json = refused("{\"type\": \"FeatureCollection\",\n  \"features\": [ {\"type\": }]}");
        assertTrue(json.getMessage().contains("line 2, column"), json.getMessage());
        assertTrue(json.getMessage().contains("not valid JSON"), json.getMessage());

        BasemapFileException type = refused(LAYER.replace("\"LineString\"", "\"Curve\""));
        assertTrue(type.getMessage().contains("feature 1 (\"road\"): geometry type \"Curve\""), type.getMessage());

        BasemapFileException swapped = refused(LAYER.replace("[44.39, 35.47]}", "[35.47, 244.39]}"));
        assertTrue(swapped.getMessage().contains("feature 0 (\"checkpoint\")"), swapped.getMessage());
        assertTrue(swapped.getMessage().contains("off the globe"), swapped.getMessage());

        BasemapFileException ring = refused(LAYER.replace("[[44.3, 35.4], [44.4, 35.4], [44.4, 35.5], [44.3, 35.4]]",
                "[[44.3, 35.4], [44.4, 35.4], [44.3, 35.4]]"));
        assertTrue(ring.getMessage().contains("feature 2: a polygon ring needs at least 4 positions; it has 3"), ring.getMessage());

        BasemapFileException text = refused(LAYER.replace("[44.39, 35.47]}", "[\"44.39\", 35.47]}"));
        assertTrue(text.getMessage().contains("is not [longitude, latitude] in numbers"), text.getMessage());

        assertTrue(refused("{\"type\": \"FeatureCollection\"}").getMessage().contains("no \"features\" array"));
        assertTrue(refused("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\"}]}").getMessage()
                .contains("feature 0 has no \"geometry\""));
        assertTrue(refused("{\"type\": \"FeatureCollection\", \"features\": []}").getMessage().contains("nothing to draw"));
        assertTrue(refused("[1, 2]").getMessage().contains("not a GeoJSON object"));
    }

    @Test
    void stylesAreCheckedValues() {
        OverlayStyle s = new OverlayStyle(" Roads ", "#d1495b", OverlayStyle.LineStyle.of("dashed"), 2.5, true);
        assertEquals("Roads", s.name());
        assertEquals("#D1495B", s.colour());
        assertEquals(0xD1495B, s.rgb());
        assertEquals(2, s.line().dashes(2).length);
        assertEquals(0, OverlayStyle.LineStyle.SOLID.dashes(2).length);
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new OverlayStyle("x", "red", OverlayStyle.LineStyle.SOLID, 2, true)).getMessage().contains("#rrggbb"));
        assertThrows(IllegalArgumentException.class, () -> new OverlayStyle("x", "#000000", OverlayStyle.LineStyle.SOLID, 40, true));
    }
}
