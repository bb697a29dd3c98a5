package org.incidentatlas.map;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javax.imageio.ImageIO;
import org.incidentatlas.briefing.Briefing;
import org.incidentatlas.briefing.BriefingComposer;
import org.incidentatlas.briefing.BriefingRequest;
import org.incidentatlas.briefing.PageSize;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.map.basemap.BasemapData;
import org.incidentatlas.map.basemap.GeoJsonOverlay;
import org.incidentatlas.map.basemap.MbtilesSource;
import org.incidentatlas.map.basemap.OverlayStyle;
import org.incidentatlas.map.basemap.TileRenderer;
import org.incidentatlas.map.geo.Mercator;
import org.incidentatlas.model.Dataset;

/**
 * Draws the docs/map.md picture of a briefing over an MBTiles base with two GeoJSON overlays (a test-scope tool;
 * the command line's --basemap/--layer flags are wired elsewhere):
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=org.incidentatlas.map.LayersShot -Dexec.classpathScope=test
 * -Dexec.args="DATASET.json OUT.png"}. The MBTiles file is made here, zooms 10 to 12 around Kirkuk, from the app's
 * own tiles turned into a grey "survey" raster with a 1 km grid, so that it is plainly not the bundled basemap.
 */
public final class LayersShot {

    private LayersShot() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        Dataset d = new DatasetReader().read(Path.of(args[0])).dataset();
        Path dir = Files.createTempDirectory("layersshot");
        Path mbtiles = survey(dir.resolve("kirkuk-survey.mbtiles"), 35.468, 44.392);
        Path roads = Files.writeString(dir.resolve("roads.geojson"), """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"name": "Kirkuk-Erbil road"}, "geometry": {"type": "LineString",
                  "coordinates": [[44.392, 35.468], [44.37, 35.52], [44.33, 35.58], [44.27, 35.66]]}},
                 {"type": "Feature", "properties": {"name": "Kirkuk-Sulaymaniyah road"}, "geometry": {"type": "LineString",
                  "coordinates": [[44.392, 35.468], [44.45, 35.49], [44.52, 35.52], [44.60, 35.55]]}},
                 {"type": "Feature", "properties": {"name": "Kirkuk-Tuz road"}, "geometry": {"type": "LineString",
                  "coordinates": [[44.392, 35.468], [44.42, 35.41], [44.46, 35.35], [44.50, 35.30]]}}]}
                """);
        Path area = Files.writeString(dir.resolve("area.geojson"), """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "properties": {"name": "area of interest"}, "geometry": {"type": "Polygon",
                  "coordinates": [[[44.30, 35.42], [44.47, 35.42], [44.49, 35.53], [44.33, 35.55], [44.30, 35.42]]]}},
                 {"type": "Feature", "properties": {"name": "checkpoint"}, "geometry": {"type": "MultiPoint",
                  "coordinates": [[44.37, 35.52], [44.45, 35.49], [44.42, 35.41]]}}]}
                """);
        MbtilesSource base = MbtilesSource.open(mbtiles);
        MapLayers layers = new MapLayers(base, List.of(
                GeoJsonOverlay.read(area, new OverlayStyle("Area of interest, checkpoints", "#D1495B",
                        OverlayStyle.LineStyle.DASHED, 2, true)),
                GeoJsonOverlay.read(roads, new OverlayStyle("Main roads (made up)", "#1F4E9A",
                        OverlayStyle.LineStyle.SOLID, 3, true))));
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        MapFraming view = new MapFraming(35.47, 44.40, 11);
        BriefingRequest r = new BriefingRequest(d, d.incidents(), d.centers(), IncidentFilter.NONE,
                "Kirkuk over an MBTiles basemap with two overlays", PageSize.page(1280, 860), 1,
                BriefingRequest.Framing.keep(view, 1000, 640)).withLayers(layers);
        CompletableFuture<Briefing> out = new CompletableFuture<>();
        Platform.runLater(() -> new BriefingComposer().compose(r, p -> { }).whenComplete((b, e) -> {
            if (e != null) {
                out.completeExceptionally(e);
            } else {
                out.complete(b);
            }
        }));
        out.get(120, TimeUnit.SECONDS).writePng(Path.of(args[1]));
        System.out.println("wrote " + args[1]);
        Platform.exit();
        System.exit(0);
    }

    private static Path survey(Path file, double lat, double lon) throws Exception {
        TileRenderer renderer = new TileRenderer(BasemapData.load());
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = db.createStatement()) {
                s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
                s.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
                s.execute("INSERT INTO metadata VALUES ('name', 'Kirkuk survey (test raster)'), ('format', 'png'),"
                        + " ('minzoom', '10'), ('maxzoom', '12'), ('bounds', '44.15,35.30,44.65,35.65'),"
                        + " ('attribution', 'Test raster made by LayersShot from the app''s own tiles')");
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
                for (int z = 10; z <= 12; z++) {
                    long x0 = (long) (Mercator.x(44.15) * (1L << z));
                    long x1 = (long) (Mercator.x(44.65) * (1L << z));
                    long y0 = (long) (Mercator.y(35.65) * (1L << z));
                    long y1 = (long) (Mercator.y(35.30) * (1L << z));
                    for (long x = x0; x <= x1; x++) {
                        for (long y = y0; y <= y1; y++) {
                            p.setInt(1, z);
                            p.setLong(2, x);
                            p.setLong(3, (1L << z) - 1 - y);
                            p.setBytes(4, png(grey(renderer.render(z, x, y))));
                            p.executeUpdate();
                        }
                    }
                }
            }
        }
        return file;
    }

    /** The tile in warm greys with a faint grid: a stand-in for a scanned or survey map. */
    private static BufferedImage grey(BufferedImage tile) {
        BufferedImage out = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 256; y++) {
            for (int x = 0; x < 256; x++) {
                int c = tile.getRGB(x, y);
                int l = (int) (0.3 * ((c >> 16) & 0xFF) + 0.59 * ((c >> 8) & 0xFF) + 0.11 * (c & 0xFF));
                l = Math.min(255, (int) (l * 0.92 + 10));
                out.setRGB(x, y, new Color(l, (int) (l * 0.97), (int) (l * 0.9)).getRGB());
            }
        }
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(120, 110, 100, 60));
        for (int k = 0; k < 256; k += 64) {
            g.drawLine(k, 0, k, 255);
            g.drawLine(0, k, 255, k);
        }
        g.dispose();
        return out;
    }

    private static byte[] png(BufferedImage image) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
