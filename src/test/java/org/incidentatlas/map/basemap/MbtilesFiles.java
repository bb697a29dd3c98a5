package org.incidentatlas.map.basemap;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.IntFunction;
import javax.imageio.ImageIO;
import org.incidentatlas.map.geo.Mercator;

/** Writes small MBTiles files for tests, as QGIS and gdal2tiles lay them out (TMS rows). */
public final class MbtilesFiles {

    private MbtilesFiles() {
    }

    /**
     * An MBTiles file with the given metadata (none at all when null) and, at each zoom from {@code minZoom} to
     * {@code maxZoom}, the tiles around (lat, lon) of a 3x3 block, each one colour: {@code colour.apply(xyzRow)}.
     */
    public static Path write(Path file, Map<String, String> metadata, String format, int minZoom, int maxZoom,
                             double lat, double lon, IntFunction<Color> colourOfRow) {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (Statement s = db.createStatement()) {
                s.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)");
                if (metadata != null) {
                    s.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
                }
            }
            if (metadata != null) {
                try (PreparedStatement p = db.prepareStatement("INSERT INTO metadata VALUES (?, ?)")) {
                    for (Map.Entry<String, String> e : metadata.entrySet()) {
                        p.setString(1, e.getKey());
                        p.setString(2, e.getValue());
                        p.executeUpdate();
                    }
                }
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
                for (int z = minZoom; z <= maxZoom; z++) {
                    long cx = (long) (Mercator.x(lon) * (1L << z));
                    long cy = (long) (Mercator.y(lat) * (1L << z));
                    for (long x = cx - 1; x <= cx + 1; x++) {
                        for (long y = cy - 1; y <= cy + 1; y++) {
                            p.setInt(1, z);
                            p.setLong(2, x);
                            p.setLong(3, (1L << z) - 1 - y);
                            p.setBytes(4, image(colourOfRow.apply((int) y), format));
                            p.executeUpdate();
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    static byte[] image(Color colour, String format) {
        BufferedImage tile = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tile.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 256, 256);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(tile, format.equals("jpg") ? "jpeg" : format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
