package org.incidentatlas.map.basemap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.incidentatlas.map.geo.Mercator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MbtilesSourceTest {

    private static final double LAT = 35.47;
    private static final double LON = 44.39;

    @TempDir
    Path dir;

    private static Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", "Kirkuk survey");
        m.put("format", "png");
        m.put("minzoom", "9");
        m.put("maxzoom", "10");
        m.put("bounds", "43.0,34.0,45.8,37.0");
        m.put("attribution", "<a href=\"https://example.org\">\u00a9 Test Survey 2024</a>");
        return m;
    }

    /** A colour per XYZ row, so a row read upside down (TMS not flipped) shows. */
    private static Color colour(int row) {
        return new Color((row * 37) & 0xFF, (row * 91) & 0xFF, 200);
    }

    private static long[] tileAt(int zoom) {
        return new long[] {(long) (Mercator.x(LON) * (1L << zoom)), (long) (Mercator.y(LAT) * (1L << zoom))};
    }

    @Test
    void readsTilesMetadataAndFlipsTmsRows() {
        Path file = MbtilesFiles.write(dir.resolve("k.mbtiles"), metadata(), "png", 9, 10, LAT, LON, MbtilesSourceTest::colour);
        try (MbtilesSource source = MbtilesSource.open(file)) {
            assertEquals("Kirkuk survey", source.name());
            assertEquals("\u00a9 Test Survey 2024", source.attribution(), "HTML removed");
            assertEquals(9, source.minZoom());
            assertEquals(10, source.maxZoom());
            assertEquals("png", source.format());
            for (int z = 9; z <= 10; z++) {
                long[] t = tileAt(z);
                for (long y = t[1] - 1; y <= t[1] + 1; y++) {
                    BufferedImage tile = source.tile(z, t[0], y);
                    assertNotNull(tile, z + "/" + t[0] + "/" + y);
                    assertEquals(colour((int) y).getRGB(), tile.getRGB(128, 128), "row " + y + " at zoom " + z);
                }
            }
            long[] t = tileAt(10);
            assertNull(source.tile(11, t[0] * 2, t[1] * 2), "beyond maxzoom: the bundled basemap shows");
            assertNull(source.tile(8, t[0] / 4, t[1] / 4), "below minzoom");
            long[] far = {(long) (Mercator.x(40.0) * 1024), (long) (Mercator.y(33.0) * 1024)};
            assertNull(source.tile(10, far[0], far[1]), "outside the bounds");
            assertTrue(!source.covers(10, far[0], far[1]));
            assertNull(source.tile(10, t[0] + 3, t[1]), "inside the bounds, but a tile the file lacks");
        }
    }

    @Test
    void jpegTilesAndMissingOptionalMetadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("format", "jpg");
        Path file = MbtilesFiles.write(dir.resolve("photo.mbtiles"), m, "jpg", 12, 13, LAT, LON, r -> Color.GREEN);
        try (MbtilesSource source = MbtilesSource.open(file)) {
            assertEquals("photo.mbtiles", source.name(), "no name: the file's");
            assertNull(source.attribution());
            assertEquals(12, source.minZoom(), "zoom range from the tiles");
            assertEquals(13, source.maxZoom());
            long[] t = tileAt(12);
            Color c = new Color(source.tile(12, t[0], t[1]).getRGB(100, 100));
            assertTrue(c.getGreen() > 200 && c.getRed() < 40, "a JPEG decoded: " + c);
        }
    }

    @Test
    void aFileWithNoMetadataIsRefusedWithAClearMessage() {
        Path file = MbtilesFiles.write(dir.resolve("bare.mbtiles"), null, "png", 9, 9, LAT, LON, MbtilesSourceTest::colour);
        BasemapFileException e = assertThrows(BasemapFileException.class, () -> MbtilesSource.open(file));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("no metadata table"), e.getMessage());
        assertTrue(e.getMessage().contains("Export it again"), "says what to do: " + e.getMessage());

        Path empty = MbtilesFiles.write(dir.resolve("empty-meta.mbtiles"), Map.of(), "png", 9, 9, LAT, LON, MbtilesSourceTest::colour);
        assertTrue(assertThrows(BasemapFileException.class, () -> MbtilesSource.open(empty)).getMessage()
                .contains("metadata table is empty"));

        Path vector = MbtilesFiles.write(dir.resolve("vector.mbtiles"), Map.of("format", "pbf"), "png", 9, 9, LAT, LON,
                MbtilesSourceTest::colour);
        assertTrue(assertThrows(BasemapFileException.class, () -> MbtilesSource.open(vector)).getMessage()
                .contains("vector tiles"));

        Map<String, String> bad = metadata();
        bad.put("bounds", "44.8,35.2,44.0");
        Path badBounds = MbtilesFiles.write(dir.resolve("bounds.mbtiles"), bad, "png", 9, 9, LAT, LON, MbtilesSourceTest::colour);
        assertTrue(assertThrows(BasemapFileException.class, () -> MbtilesSource.open(badBounds)).getMessage()
                .contains("metadata bounds is \"44.8,35.2,44.0\""));
    }

    @Test
    void aCorruptFileIsRefusedWithAClearMessage() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.mbtiles"), "these are not tiles");
        BasemapFileException e = assertThrows(BasemapFileException.class, () -> MbtilesSource.open(text));
        assertTrue(e.getMessage().contains("not an MBTiles file"), e.getMessage());

        // a real file cut short: the SQLite header is there, the pages are not
        Path whole = MbtilesFiles.write(dir.resolve("whole.mbtiles"), metadata(), "png", 9, 10, LAT, LON, MbtilesSourceTest::colour);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.mbtiles"), Arrays.copyOf(bytes, 1500));
        BasemapFileException c = assertThrows(BasemapFileException.class, () -> MbtilesSource.open(cut));
        assertTrue(c.getMessage().startsWith(cut.toString()), c.getMessage());

        // a tile whose bytes are not an image
        Path broken = MbtilesFiles.write(dir.resolve("broken.mbtiles"), metadata(), "png", 9, 9, LAT, LON, MbtilesSourceTest::colour);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + broken); Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE tiles SET tile_data = X'00112233'");
        }
        BasemapFileException t = assertThrows(BasemapFileException.class, () -> MbtilesSource.open(broken));
        assertTrue(t.getMessage().contains("is not a png image"), t.getMessage());

        Path none = dir.resolve("missing.mbtiles");
        assertTrue(assertThrows(BasemapFileException.class, () -> MbtilesSource.open(none)).getMessage().contains("no such file"));
    }
}
