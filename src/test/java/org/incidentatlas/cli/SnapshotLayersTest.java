package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.incidentatlas.TestFiles;
import org.incidentatlas.map.basemap.MbtilesFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snapshot --basemap FILE.mbtiles --layer FILE.geojson --layer-style ...}: the analyst's own map layers. */
class SnapshotLayersTest {

    private static final String DATA = TestFiles.bundledDataset().toString();

    @TempDir
    Path temp;

    private final CliRunner cli = new CliRunner();

    private Path line() throws Exception {
        Path layer = temp.resolve("front line.geojson");
        Files.writeString(layer, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"name\":\"line\"},\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[43.0,35.5],[46.0,35.5]]}}]}");
        return layer;
    }

    @Test
    void anMbtilesBaseAndAStyledOverlayAreDrawnAndCredited() throws Exception {
        Path tiles = MbtilesFiles.write(temp.resolve("own.mbtiles"), Map.of("name", "Own tiles", "format", "png",
                "attribution", "Tiles by the test", "minzoom", "8", "maxzoom", "8"), "png", 8, 8, 35.468, 44.392,
                row -> new Color(0x20, 0xA0, 0x20));
        Path png = temp.resolve("layers.png");
        assertEquals(Cli.OK, cli.run("snapshot", "--dataset", DATA, "--out", png.toString(), "--width", "800",
                "--height", "500", "--center", "35.468,44.392", "--zoom", "8", "--basemap", tiles.toString(),
                "--layer", line().toString(), "--layer-style", "name=Front line,colour=#0000FF,width=6"), cli.err());
        BufferedImage image = ImageIO.read(png.toFile());
        int green = 0;
        int blue = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                Color c = new Color(image.getRGB(x, y));
                green += c.getGreen() > 140 && c.getRed() < 60 && c.getBlue() < 60 ? 1 : 0;
                blue += c.getBlue() > 200 && c.getRed() < 60 && c.getGreen() < 60 ? 1 : 0;
            }
        }
        assertTrue(green > 1000, "the MBTiles base is drawn: " + green);
        assertTrue(blue > 100, "the overlay line is drawn in its colour: " + blue);
    }

    @Test
    void aBrokenLayerOrBaseIsOneLineAndNothingIsWritten() throws Exception {
        Path png = temp.resolve("never.png");
        Path bad = temp.resolve("bad.geojson");
        Files.writeString(bad, "{\"type\": \"FeatureCollection\", \"features\": [ {\"type\": \"Feature\", ");
        assertEquals(Cli.PROBLEMS, cli.run("snapshot", "--dataset", DATA, "--out", png.toString(), "--layer", bad.toString()));
        assertTrue(cli.err().startsWith("error: " + bad) && cli.err().contains("Nothing was written"), cli.err());
        assertFalse(Files.exists(png));
        Path notTiles = temp.resolve("x.mbtiles");
        Files.writeString(notTiles, "not a database");
        assertEquals(Cli.PROBLEMS, cli.run("snapshot", "--dataset", DATA, "--out", png.toString(), "--basemap", notTiles.toString()));
        String last = cli.err().lines().reduce((a, b) -> b).orElse("");
        assertTrue(last.startsWith("error: ") && last.contains(notTiles.getFileName().toString())
                && last.endsWith("Nothing was written."), last);
        assertFalse(Files.exists(png));
        assertEquals(Cli.USAGE, cli.run("snapshot", "--dataset", DATA, "--out", png.toString(), "--layer", line().toString(),
                "--layer-style", "colour=blue"));
        assertTrue(cli.err().contains("#rrggbb"), cli.err());
        assertEquals(Cli.USAGE, cli.run("snapshot", "--dataset", DATA, "--out", png.toString(), "--layer-style", "width=3"));
        assertTrue(cli.err().contains("give each style after its --layer"), cli.err());
        assertFalse(Files.exists(png));
    }

    @Test
    void theSnapshotNeverWritesOverItsLayers() throws Exception {
        Path layer = Files.copy(line(), temp.resolve("layer-named.png")); // GeoJSON, whatever its name
        String before = Files.readString(layer);
        assertEquals(Cli.PROBLEMS, cli.run("snapshot", "--dataset", DATA, "--out", layer.toString(), "--layer", layer.toString()));
        assertEquals(before, Files.readString(layer));
    }
}
