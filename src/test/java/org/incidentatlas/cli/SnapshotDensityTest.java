package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.incidentatlas.TestDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snapshot --density heat|hex}: the briefing page with a density view in place of the markers. */
class SnapshotDensityTest {

    @TempDir
    Path temp;

    private final CliRunner cli = new CliRunner();

    private Path snapshot(String name, String... extra) throws IOException {
        Path data = TestDatasets.write(temp.resolve("data"), "atlas.json", "Density test", 30);
        Path png = temp.resolve(name);
        List<String> args = new ArrayList<>(List.of("snapshot", "--dataset", data.toString(), "--out", png.toString(),
                "--width", "800", "--height", "500", "--center", "36.32,41.86", "--zoom", "9"));
        args.addAll(List.of(extra));
        assertEquals(Cli.OK, cli.run(args.toArray(String[]::new)), cli.err());
        return png;
    }

    /** Pixels of the darkest class / hottest colour: a deep red no basemap or marker colour comes near. */
    private static int deepRed(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                Color c = new Color(image.getRGB(x, y));
                n += c.getRed() > 110 && c.getRed() < 190 && c.getGreen() < 45 && c.getBlue() < 70 ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void hexagonsAndHeatAreDrawnWhereTheIncidentsAreAndNotWithTheMarkers() throws IOException {
        int markers = deepRed(snapshot("markers.png"));
        int hex = deepRed(snapshot("hex.png", "--density", "hex"));
        int heat = deepRed(snapshot("heat.png", "--density", "heat", "--density-radius", "5"));
        // Sinjar's 15 incidents fill one hexagon of the top class (about 840 px), and make the heat's peak
        assertTrue(hex > 400 + markers, "hex " + hex + " vs markers " + markers);
        assertTrue(heat > 50 + markers, "heat " + heat + " vs markers " + markers);
    }

    @Test
    void aBadDensityFlagSaysWhatItTakesAndWritesNothing() throws IOException {
        Path data = TestDatasets.write(temp.resolve("data"), "atlas.json", "Density test", 5);
        Path png = temp.resolve("never.png");
        assertEquals(Cli.USAGE, cli.run("snapshot", "--dataset", data.toString(), "--out", png.toString(), "--density", "dots"));
        assertTrue(cli.err().contains("--density takes heat, hex, province or district, not \"dots\""), cli.err());
        assertEquals(Cli.USAGE, cli.run("snapshot", "--dataset", data.toString(), "--out", png.toString(), "--density", "heat",
                "--density-radius", "0"));
        assertTrue(cli.err().contains("--density-radius"), cli.err());
        assertEquals(Cli.USAGE, cli.run("snapshot", "--dataset", data.toString(), "--out", png.toString(), "--density", "hex",
                "--density-weight", "injured"));
        assertTrue(cli.err().contains("count or killed"), cli.err());
        assertFalse(Files.exists(png));
    }
}
