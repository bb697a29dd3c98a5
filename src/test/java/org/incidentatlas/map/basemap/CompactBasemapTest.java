package org.incidentatlas.map.basemap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compact basemap layers the build makes are the features their GeoJSON gives, bit for bit. */
class CompactBasemapTest {

    private static final Path SOURCES = Path.of("assets/basemap");

    @Test
    void everyBundledLayerMatchesItsGeoJson() throws IOException {
        List<Path> layers;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            layers = files.filter(p -> p.toString().endsWith(".geojson")).sorted().toList();
        }
        assertEquals(19, layers.size(), "the bundled layers (BasemapData reads each; sub-districts serve the place lookup)");
        for (Path layer : layers) {
            String name = SOURCES.relativize(layer).toString().replace(".geojson", CompactBasemap.EXTENSION);
            List<Feature> expected;
            try (InputStream in = Files.newInputStream(layer)) {
                expected = GeoJsonReader.read(in);
            }
            assertSame(expected, CompactBasemap.read("/org/incidentatlas/map/basemap/" + name), name);
        }
    }

    @Test
    void theJarCarriesNoGeoJsonText() {
        assertNull(CompactBasemap.class.getResource("/org/incidentatlas/map/basemap/world/land_50m.geojson"),
                "the window reads the compact form; GeoJSON in the jar only makes it bigger (left from an older build? ./mvnw clean)");
    }

    @Test
    void everyPropertyKindAndGeometryKindSurvives() throws IOException {
        String json = """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"name": "Mosul \\u0645\\u0648\\u0635\\u0644", "pop": 1377000,
                    "big": 12345678901, "rank": 2.5, "capital": true, "port": false, "none": null,
                    "alt": ["Nineveh", 1], "huge": 123456789012345678901234567890},
                   "geometry": {"type": "Point", "coordinates": [43.13, 36.34]}},
                  {"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": [[[[-10.5, -5.25], [0.333333333333, 1],
                    [2, 3], [-10.5, -5.25]], [[1, 1], [1.5, 1], [1, 1.5], [1, 1]]]]}},
                  {"type": "Feature", "properties": null, "geometry": {"type": "LineString", "coordinates":
                    [[179.99, 85.1], [-179.99, -85.1], [0, 0]]}},
                  {"type": "Feature", "properties": {}, "geometry": {"type": "GeometryCollection", "geometries": []}},
                  {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[1, 1]]}}
                ]}""";
        byte[] compact = CompactBasemapWriter.bytes(json);
        assertEquals(CompactBasemap.RAW, compact[6], "1/3 has no short decimal form: plain doubles");
        assertSame(GeoJsonReader.read(new ByteArrayInputStream(json.getBytes("UTF-8"))),
                CompactBasemap.read(new ByteArrayInputStream(compact)), "mixed layer");
        List<Feature> read = CompactBasemap.read(new ByteArrayInputStream(compact));
        assertEquals(3, read.size(), "a collection and a one-point line are not drawn, so not kept");
        assertEquals("Mosul \u0645\u0648\u0635\u0644", read.get(0).text("name"));
        assertEquals(1377000, read.get(0).number("pop", 0));
        assertTrue(read.get(0).flag("capital"));
    }

    @Test
    void shortDecimalsAreStoredAsWholeNumbers() throws IOException {
        String json = """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {},
                  "geometry": {"type": "Polygon", "coordinates": [[[44.361, 33.312], [44.4, 33.3], [-0.001, 0.5], [44.361, 33.312]]]}}]}""";
        byte[] compact = CompactBasemapWriter.bytes(json);
        assertEquals(3, compact[6], "three decimals are enough for every coordinate");
        assertSame(GeoJsonReader.read(new ByteArrayInputStream(json.getBytes("UTF-8"))),
                CompactBasemap.read(new ByteArrayInputStream(compact)), "polygon");
    }

    @Test
    void aDamagedLayerIsRefusedNotMisread() throws IOException {
        byte[] compact = CompactBasemapWriter.bytes("""
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"name": "Erbil"},
                  "geometry": {"type": "Point", "coordinates": [44.009, 36.191]}}]}""");
        assertThrows(EOFException.class,
                () -> CompactBasemap.read(new ByteArrayInputStream(Arrays.copyOf(compact, compact.length - 3))));
        byte[] longer = Arrays.copyOf(compact, compact.length + 1);
        IOException extra = assertThrows(IOException.class, () -> CompactBasemap.read(new ByteArrayInputStream(longer)));
        assertTrue(extra.getMessage().contains("after the last feature"), extra.getMessage());
        byte[] other = compact.clone();
        other[5] = 9;
        IOException version = assertThrows(IOException.class, () -> CompactBasemap.read(new ByteArrayInputStream(other)));
        assertTrue(version.getMessage().contains("not a version 1"), version.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> CompactBasemap.read("/org/incidentatlas/map/basemap/nowhere.basemap"));
        assertTrue(missing.getMessage().contains("process-classes"), missing.getMessage());
    }

    @Test
    void theBuildStepWritesEachLayerOnceAndAgainWhenItsSourceChanges(@TempDir Path dir) throws IOException {
        Path source = dir.resolve("src");
        Files.createDirectories(source.resolve("world"));
        Path land = source.resolve("world/land.geojson");
        Files.writeString(land, """
                {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"k": 1},
                  "geometry": {"type": "Point", "coordinates": [1.5, 2.5]}}]}""");
        Path out = dir.resolve("out");
        CompactBasemapWriter.main(new String[] {source.toString(), out.toString()});
        Path compact = out.resolve("world/land.basemap");
        assertEquals(1, CompactBasemap.read(Files.newInputStream(compact)).size());
        FileTime first = Files.getLastModifiedTime(compact);
        CompactBasemapWriter.main(new String[] {source.toString(), out.toString()});
        assertEquals(first, Files.getLastModifiedTime(compact), "an up-to-date layer is left as it is");
        Files.writeString(land, "{\"type\": \"FeatureCollection\", \"features\": []}");
        Files.setLastModifiedTime(land, FileTime.fromMillis(first.toMillis() + 10_000));
        CompactBasemapWriter.main(new String[] {source.toString(), out.toString()});
        assertEquals(0, CompactBasemap.read(Files.newInputStream(compact)).size(), "a changed source is written again");
        Files.writeString(land, "{\"type\": \"FeatureCollection\", \"features\": [");
        Files.setLastModifiedTime(land, FileTime.fromMillis(first.toMillis() + 20_000));
        IOException bad = assertThrows(IOException.class,
                () -> CompactBasemapWriter.main(new String[] {source.toString(), out.toString()}));
        assertTrue(bad.getMessage().contains("land.geojson"), bad.getMessage());
        assertEquals(0, CompactBasemap.read(Files.newInputStream(compact)).size(), "a failed write leaves the last good one");
    }

    private static void assertSame(List<Feature> expected, List<Feature> actual, String layer) {
        assertEquals(expected.size(), actual.size(), layer + ": features");
        for (int f = 0; f < expected.size(); f++) {
            Feature e = expected.get(f);
            Feature a = actual.get(f);
            String where = layer + " feature " + f;
            assertEquals(e.isArea(), a.isArea(), where);
            assertEquals(e.properties(), a.properties(), where + " properties");
            assertEquals(e.partCount(), a.partCount(), where + " parts");
            for (int p = 0; p < e.partCount(); p++) {
                // assertArrayEquals on double[] compares bits (Double.equals): the same doubles, not close ones
                assertArrayEquals(e.part(p), a.part(p), where + " part " + p);
            }
        }
    }
}
