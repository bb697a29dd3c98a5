package org.incidentatlas.map.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Makes the compact form of the bundled basemap layers ({@link CompactBasemap}) from their GeoJSON, at build time:
 * the Maven build runs {@link #main} in process-classes over assets/basemap into the class path (pom.xml,
 * execution "compact-basemap"). The GeoJSON stays the source that is edited and documented (assets/basemap/README.md).
 */
public final class CompactBasemapWriter {

    private CompactBasemapWriter() {
    }

    /** {@code SOURCE_DIR OUT_DIR}: every {@code .geojson} under SOURCE_DIR to OUT_DIR, same relative path. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompactBasemapWriter SOURCE_DIR OUT_DIR");
        }
        Path source = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Path> layers;
        try (Stream<Path> files = Files.walk(source)) {
            layers = files.filter(p -> p.getFileName().toString().endsWith(".geojson")).sorted().toList();
        }
        int written = 0;
        for (Path layer : layers) {
            String name = source.relativize(layer).toString();
            Path target = out.resolve(name.substring(0, name.length() - ".geojson".length()) + CompactBasemap.EXTENSION);
            if (Files.isRegularFile(target)
                    && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(layer)) >= 0
                    && isCurrentVersion(target)) {
                continue;
            }
            Files.createDirectories(target.getParent());
            Path temp = target.resolveSibling(target.getFileName() + ".tmp");
            try (InputStream in = Files.newInputStream(layer);
                    OutputStream o = new BufferedOutputStream(Files.newOutputStream(temp))) {
                write(GeoJsonReader.JSON.readTree(in), o);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(temp);
                throw new IOException(layer + ": cannot be made compact: " + e.getMessage(), e);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            written++;
        }
        System.out.println("compact basemap: " + written + " of " + layers.size() + " layers written to " + out);
    }

    private static boolean isCurrentVersion(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(6);
            return head.length == 6 && ((head[0] & 0xff) << 24 | (head[1] & 0xff) << 16 | (head[2] & 0xff) << 8
                    | (head[3] & 0xff)) == CompactBasemap.MAGIC && ((head[4] & 0xff) << 8 | (head[5] & 0xff)) == CompactBasemap.VERSION;
        }
    }

    /** One FeatureCollection in compact form; features {@link GeoJsonReader} would skip are left out. */
    static void write(JsonNode collection, OutputStream stream) throws IOException {
        List<JsonNode> props = new ArrayList<>();
        List<Boolean> areas = new ArrayList<>();
        List<List<double[]>> parts = new ArrayList<>();
        for (JsonNode f : collection.path("features")) {
            List<double[]> p = GeoJsonReader.degreeParts(f.path("geometry"));
            if (p != null && !p.isEmpty()) {
                props.add(f.path("properties"));
                areas.add(GeoJsonReader.isArea(f.path("geometry")));
                parts.add(p);
            }
        }
        int digits = digits(parts);
        Map<String, Integer> keys = new LinkedHashMap<>();
        for (JsonNode p : props) {
            p.fieldNames().forEachRemaining(k -> keys.putIfAbsent(k, keys.size()));
        }
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(CompactBasemap.MAGIC);
        out.writeShort(CompactBasemap.VERSION);
        out.writeByte(digits);
        varint(out, keys.size());
        for (String k : keys.keySet()) {
            text(out, k);
        }
        varint(out, props.size());
        for (int f = 0; f < props.size(); f++) {
            out.writeBoolean(areas.get(f));
            properties(out, props.get(f), keys);
            varint(out, parts.get(f).size());
            for (double[] lonLat : parts.get(f)) {
                part(out, lonLat, digits);
            }
        }
        out.flush();
    }

    /** The fewest decimal digits that give back every coordinate exactly, or {@link CompactBasemap#RAW}. */
    static int digits(List<List<double[]>> parts) {
        for (int d = 0; d < CompactBasemap.POW10.length; d++) {
            if (exact(parts, d)) {
                return d;
            }
        }
        return CompactBasemap.RAW;
    }

    private static boolean exact(List<List<double[]>> parts, int digits) {
        double scale = CompactBasemap.POW10[digits];
        for (List<double[]> feature : parts) {
            for (double[] lonLat : feature) {
                for (double c : lonLat) {
                    double scaled = c * scale;
                    // whole numbers up to 2^53 are exact doubles; the reader divides the same way
                    if (!(Math.abs(scaled) < 0x1p52) || Double.doubleToLongBits(Math.round(scaled) / scale)
                            != Double.doubleToLongBits(c)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static void part(DataOutputStream out, double[] lonLat, int digits) throws IOException {
        varint(out, lonLat.length / 2);
        long[] previous = {0, 0};
        for (int i = 0; i < lonLat.length; i++) {
            if (digits == CompactBasemap.RAW) {
                out.writeDouble(lonLat[i]);
            } else {
                long v = Math.round(lonLat[i] * CompactBasemap.POW10[digits]);
                long delta = v - previous[i % 2];
                varint(out, (delta << 1) ^ (delta >> 63));
                previous[i % 2] = v;
            }
        }
    }

    private static void properties(DataOutputStream out, JsonNode props, Map<String, Integer> keys) throws IOException {
        if (props.isMissingNode()) {
            out.writeByte(CompactBasemap.PROPS_MISSING);
            return;
        }
        if (!props.isObject()) {
            // GeoJSON allows only an object or null here; anything else reads as no properties, as null does
            out.writeByte(CompactBasemap.PROPS_NULL);
            return;
        }
        out.writeByte(CompactBasemap.PROPS_OBJECT);
        varint(out, props.size());
        for (Iterator<Map.Entry<String, JsonNode>> it = props.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            varint(out, keys.get(e.getKey()));
            value(out, e.getValue());
        }
    }

    private static void value(DataOutputStream out, JsonNode v) throws IOException {
        if (v.isNull()) {
            out.writeByte(CompactBasemap.NULL);
        } else if (v.isTextual()) {
            out.writeByte(CompactBasemap.TEXT);
            text(out, v.textValue());
        } else if (v.isInt()) {
            out.writeByte(CompactBasemap.INT);
            out.writeInt(v.intValue());
        } else if (v.isLong()) {
            out.writeByte(CompactBasemap.LONG);
            out.writeLong(v.longValue());
        } else if (v.isDouble()) {
            out.writeByte(CompactBasemap.DOUBLE);
            out.writeDouble(v.doubleValue());
        } else if (v.isBoolean()) {
            out.writeByte(v.booleanValue() ? CompactBasemap.TRUE : CompactBasemap.FALSE);
        } else {
            out.writeByte(CompactBasemap.JSON_TEXT);
            text(out, GeoJsonReader.JSON.writeValueAsString(v));
        }
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        varint(out, bytes.length);
        out.write(bytes);
    }

    private static void varint(DataOutputStream out, long v) throws IOException {
        long rest = v;
        while ((rest & ~0x7fL) != 0) {
            out.writeByte((int) (rest & 0x7f) | 0x80);
            rest >>>= 7;
        }
        out.writeByte((int) rest);
    }

    /** The compact bytes of a FeatureCollection given as GeoJSON text (for tests). */
    static byte[] bytes(String geoJson) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(GeoJsonReader.JSON.readTree(geoJson), out);
        return out.toByteArray();
    }
}
