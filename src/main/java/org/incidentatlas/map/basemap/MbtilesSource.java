package org.incidentatlas.map.basemap;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.incidentatlas.map.geo.Mercator;
import org.sqlite.SQLiteConfig;

/**
 * The analyst's own raster basemap: an MBTiles 1.3 file (SQLite; what QGIS's "Generate XYZ tiles (MBTiles)",
 * gdal2tiles and MapTiler write) of PNG or JPEG tiles, opened read-only. The file's metadata gives its name,
 * attribution, zoom range and bounds; beyond them {@link #tile} answers null and the map shows the bundled
 * basemap there. Rows are TMS (row 0 at the south), so the map's XYZ row is flipped.
 *
 * <p>Opening checks the file as a whole, so a file that is not MBTiles, is corrupt or has no metadata is refused
 * with one clear message ({@link BasemapFileException}) before anything on the map changes. Safe to use from
 * the tile threads at once (the one connection is used by one at a time).
 */
public final class MbtilesSource implements AutoCloseable {

    private final Path file;
    private final Connection db;
    private final PreparedStatement select;
    private final String name;
    private final String attribution;
    private final String format;
    private final int minZoom;
    private final int maxZoom;
    /** west, south, east, north in degrees. */
    private final double[] bounds;

    private MbtilesSource(Path file, Connection db, Map<String, String> meta, int[] zoomRange) throws SQLException {
        this.file = file;
        this.db = db;
        this.select = db.prepareStatement("SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
        String n = meta.get("name");
        this.name = n == null || n.isBlank() ? file.getFileName().toString() : n.strip();
        String a = meta.get("attribution");
        this.attribution = a == null || a.isBlank() ? null : a.replaceAll("<[^>]*>", "").strip();
        this.format = meta.get("format");
        this.minZoom = zoomRange[0];
        this.maxZoom = zoomRange[1];
        this.bounds = parseBounds(file, meta.get("bounds"));
    }

    /**
     * Opens {@code file}.
     *
     * @throws BasemapFileException when it cannot be read, is not an MBTiles file, or has no usable metadata; the
     *                              message says which file, what is wrong and what to do
     */
    public static MbtilesSource open(Path file) {
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new BasemapFileException(file + ": no such file, or it cannot be read. Choose an .mbtiles file.");
        }
        if (!sqliteHeader(file)) {
            throw new BasemapFileException(file + ": not an MBTiles file (it is not a SQLite database, or it is damaged)."
                    + " Export the basemap again as MBTiles (QGIS: Processing > Generate XYZ tiles (MBTiles)).");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        Connection db = null;
        try {
            db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            Map<String, String> meta = metadata(file, db);
            String format = meta.get("format");
            if (format == null || format.isBlank()) {
                throw new BasemapFileException(file + ": its metadata gives no tile format. Only raster tiles (png or"
                        + " jpg) can be drawn; export again with the metadata (QGIS and gdal2tiles write it).");
            }
            format = format.strip().toLowerCase(Locale.ROOT);
            if (!format.equals("png") && !format.equals("jpg") && !format.equals("jpeg")) {
                throw new BasemapFileException(file + ": its tiles are \"" + format + "\"; only png and jpg raster tiles"
                        + " can be drawn (vector tiles, pbf, are not). Export it as a raster MBTiles.");
            }
            meta.put("format", format);
            MbtilesSource source = new MbtilesSource(file, db, meta, zoomRange(file, db, meta));
            source.checkReadable();
            return source;
        } catch (SQLException e) {
            close(db);
            throw new BasemapFileException(file + ": cannot be read as MBTiles (" + e.getMessage() + "). The file may be"
                    + " damaged or still being written; export it again.", e);
        } catch (RuntimeException e) {
            close(db);
            throw e;
        }
    }

    private static boolean sqliteHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(16);
            return new String(head, StandardCharsets.US_ASCII).equals("SQLite format 3\0");
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<String, String> metadata(Path file, Connection db) throws SQLException {
        if (!hasTable(db, "tiles")) {
            throw new BasemapFileException(file + ": a SQLite file but not MBTiles: it has no \"tiles\" table."
                    + " Choose a basemap exported as MBTiles.");
        }
        if (!hasTable(db, "metadata")) {
            throw new BasemapFileException(file + ": an MBTiles file with no metadata table, so its format, zoom range,"
                    + " area and attribution are unknown. Export it again with its metadata (QGIS and gdal2tiles write it).");
        }
        Map<String, String> meta = new HashMap<>();
        try (PreparedStatement q = db.prepareStatement("SELECT name, value FROM metadata");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                if (rs.getString(1) != null) {
                    meta.put(rs.getString(1).strip().toLowerCase(Locale.ROOT), rs.getString(2));
                }
            }
        }
        if (meta.isEmpty()) {
            throw new BasemapFileException(file + ": an MBTiles file whose metadata table is empty, so its format, zoom"
                    + " range, area and attribution are unknown. Export it again with its metadata.");
        }
        return meta;
    }

    private static boolean hasTable(Connection db, String table) throws SQLException {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?")) {
            q.setString(1, table);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** minzoom and maxzoom from the metadata; where it lacks them (they are optional), from the tiles. */
    private static int[] zoomRange(Path file, Connection db, Map<String, String> meta) throws SQLException {
        Integer min = integer(file, meta, "minzoom");
        Integer max = integer(file, meta, "maxzoom");
        if (min == null || max == null) {
            try (PreparedStatement q = db.prepareStatement("SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles");
                 ResultSet rs = q.executeQuery()) {
                rs.next();
                if (rs.getObject(1) == null) {
                    throw new BasemapFileException(file + ": an MBTiles file with no tiles in it. Export it again.");
                }
                min = min == null ? rs.getInt(1) : min;
                max = max == null ? rs.getInt(2) : max;
            }
        }
        if (min < 0 || max > 24 || min > max) {
            throw new BasemapFileException(file + ": its metadata gives the zoom range " + min + " to " + max
                    + "; it must lie within 0 to 24, lowest first. Correct minzoom and maxzoom.");
        }
        return new int[] {min, max};
    }

    private static Integer integer(Path file, Map<String, String> meta, String key) {
        String v = meta.get(key);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return (int) Math.round(Double.parseDouble(v.strip()));
        } catch (NumberFormatException e) {
            throw new BasemapFileException(file + ": metadata " + key + " is \"" + v + "\", not a number. Correct it"
                    + " or remove it (the zoom range is then read from the tiles).");
        }
    }

    private static double[] parseBounds(Path file, String v) {
        if (v == null || v.isBlank()) {
            return new double[] {-180, -Mercator.MAX_LAT, 180, Mercator.MAX_LAT};
        }
        String[] parts = v.split(",");
        try {
            if (parts.length == 4) {
                double[] b = new double[4];
                for (int i = 0; i < 4; i++) {
                    b[i] = Double.parseDouble(parts[i].strip());
                }
                if (b[0] < b[2] && b[1] < b[3] && b[0] >= -180 && b[2] <= 180 && b[1] >= -90 && b[3] <= 90) {
                    return b;
                }
            }
        } catch (NumberFormatException e) {
            // reported below with the rest
        }
        throw new BasemapFileException(file + ": metadata bounds is \"" + v + "\"; it must be west,south,east,north in"
                + " degrees (e.g. 43.9,35.2,44.6,35.7). Correct it or remove it.");
    }

    /** One tile is read when the file is opened, so a damaged tile table is found then, not on the map. */
    private void checkReadable() throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT zoom_level, tile_column, tile_row FROM tiles LIMIT 1");
             ResultSet rs = q.executeQuery()) {
            if (rs.next()) {
                int z = rs.getInt(1);
                long x = rs.getLong(2);
                long flipped = (1L << z) - 1 - rs.getLong(3);
                if (z >= minZoom && z <= maxZoom) {
                    tileOrFail(z, x, flipped);
                }
            }
        }
    }

    /**
     * The tile at {@code zoom}/{@code x}/{@code y} (XYZ, row 0 at the north), or null where the file has none:
     * outside its zoom range, outside its bounds, or a tile it lacks. The bundled basemap shows there.
     *
     * @throws BasemapFileException when the tile is there but cannot be decoded
     */
    public BufferedImage tile(int zoom, long x, long y) {
        if (!covers(zoom, x, y)) {
            return null;
        }
        try {
            return tileOrFail(zoom, x, y);
        } catch (SQLException e) {
            throw new BasemapFileException(file + ": tile " + zoom + "/" + x + "/" + y + " cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private BufferedImage tileOrFail(int zoom, long x, long y) throws SQLException {
        byte[] data;
        synchronized (db) {
            select.setInt(1, zoom);
            select.setLong(2, x);
            select.setLong(3, (1L << zoom) - 1 - y); // TMS: row 0 is the southernmost
            try (ResultSet rs = select.executeQuery()) {
                data = rs.next() ? rs.getBytes(1) : null;
            }
        }
        if (data == null) {
            return null;
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(data));
            if (image == null) {
                throw new BasemapFileException(file + ": tile " + zoom + "/" + x + "/" + y + " is not a " + format
                        + " image. The file may be damaged; export it again.");
            }
            return image;
        } catch (IOException e) {
            throw new BasemapFileException(file + ": tile " + zoom + "/" + x + "/" + y + " cannot be decoded ("
                    + e.getMessage() + "). The file may be damaged; export it again.", e);
        }
    }

    /** True when the zoom is in the file's range and the tile meets its bounds. */
    public boolean covers(int zoom, long x, long y) {
        if (zoom < minZoom || zoom > maxZoom) {
            return false;
        }
        double scale = 1L << zoom;
        double west = Mercator.lon(x / scale);
        double east = Mercator.lon((x + 1) / scale);
        double north = Mercator.lat(y / scale);
        double south = Mercator.lat((y + 1) / scale);
        return east > bounds[0] && west < bounds[2] && north > bounds[1] && south < bounds[3];
    }

    public String name() {
        return name;
    }

    /** The attribution the file's metadata gives (HTML tags removed), or null when it gives none. */
    public String attribution() {
        return attribution;
    }

    public String format() {
        return format;
    }

    public int minZoom() {
        return minZoom;
    }

    public int maxZoom() {
        return maxZoom;
    }

    /** west, south, east, north in degrees (the whole world when the metadata gives no bounds). */
    public double[] bounds() {
        return bounds.clone();
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        close(db);
    }

    private static void close(Connection db) {
        if (db != null) {
            try {
                db.close();
            } catch (SQLException ignored) {
                // closing a read-only connection: nothing to lose
            }
        }
    }
}
