package org.incidentatlas.map.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.map.geo.Mercator;

/**
 * The bundled basemap layers in the compact form the build makes from their GeoJSON ({@link CompactBasemapWriter},
 * docs/decisions/0210): the same features, properties and coordinates, read without parsing text. Parsing the
 * 7 MB of GeoJSON at every start cost about half a second of one core and, worse, kept the JIT compiling the JSON
 * parser while the first window was drawn; reading this costs a few tens of milliseconds.
 *
 * <p>Layout (big-endian, {@link DataInputStream}): magic, version, the decimal digits of the coordinates (or
 * {@link #RAW} for plain doubles), the property names, then per feature: polygon or not, its properties, its parts,
 * each part its point count and its longitudes and latitudes. Coordinates are whole numbers of 10^-digits degrees,
 * each stored as the zigzag varint of its difference from the one before in the part; divided back by 10^digits
 * they are bit for bit the doubles the GeoJSON parse gives (the writer checks every one), and they are projected
 * here with the same {@link Mercator} calls as {@link GeoJsonReader}, so the features are identical.
 */
final class CompactBasemap {

    static final int MAGIC = 0x49414247; // "IABG"
    static final int VERSION = 1;
    /** Digits marker for a layer whose coordinates are stored as plain doubles. */
    static final int RAW = -1;
    static final String EXTENSION = ".basemap";

    // a feature's properties, as GeoJSON had them
    static final int PROPS_OBJECT = 0;
    static final int PROPS_MISSING = 1;
    static final int PROPS_NULL = 2;
    // a property's value
    static final int NULL = 0;
    static final int TEXT = 1;
    static final int INT = 2;
    static final int LONG = 3;
    static final int DOUBLE = 4;
    static final int TRUE = 5;
    static final int FALSE = 6;
    /** Anything else (an array, an object, a very large number): its JSON text. */
    static final int JSON_TEXT = 7;

    static final double[] POW10 = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};

    private CompactBasemap() {
    }

    /** Reads a bundled layer: {@code resource} is its class-path name with {@link #EXTENSION}. */
    static List<Feature> read(String resource) {
        try (InputStream in = CompactBasemap.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("basemap layer missing from the class path: " + resource
                        + " (the build makes it from assets/basemap: run ./mvnw process-classes)");
            }
            return read(in);
        } catch (EOFException e) {
            throw new IllegalStateException("basemap layer " + resource + " is truncated: rebuild it (./mvnw clean process-classes)", e);
        } catch (IOException e) {
            throw new IllegalStateException("basemap layer " + resource + " cannot be read: " + e.getMessage()
                    + " (rebuild it: ./mvnw clean process-classes)", e);
        }
    }

    static List<Feature> read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
        int magic = in.readInt();
        int version = in.readUnsignedShort();
        if (magic != MAGIC || version != VERSION) {
            throw new IOException("not a version " + VERSION + " compact basemap layer (magic " + Integer.toHexString(magic)
                    + ", version " + version + ")");
        }
        int digits = in.readByte();
        if (digits != RAW && (digits < 0 || digits >= POW10.length)) {
            throw new IOException("coordinate digits " + digits + " out of range");
        }
        String[] keys = new String[varint(in)];
        for (int k = 0; k < keys.length; k++) {
            keys[k] = text(in);
        }
        int count = varint(in);
        List<Feature> features = new ArrayList<>(count);
        for (int f = 0; f < count; f++) {
            boolean area = in.readBoolean();
            JsonNode props = properties(in, keys);
            double[][] parts = new double[varint(in)][];
            for (int p = 0; p < parts.length; p++) {
                parts[p] = part(in, digits);
            }
            features.add(new Feature(props, area, parts));
        }
        if (in.read() != -1) {
            throw new IOException("data after the last feature");
        }
        return features;
    }

    private static double[] part(DataInputStream in, int digits) throws IOException {
        double[] xy = new double[varint(in) * 2];
        long lon = 0;
        long lat = 0;
        for (int i = 0; i < xy.length; i += 2) {
            double lonDeg;
            double latDeg;
            if (digits == RAW) {
                lonDeg = in.readDouble();
                latDeg = in.readDouble();
            } else {
                lon += zigzag(varlong(in));
                lat += zigzag(varlong(in));
                lonDeg = lon / POW10[digits];
                latDeg = lat / POW10[digits];
            }
            xy[i] = Mercator.x(lonDeg);
            xy[i + 1] = Mercator.y(latDeg);
        }
        return xy;
    }

    private static JsonNode properties(DataInputStream in, String[] keys) throws IOException {
        int kind = in.readByte();
        switch (kind) {
            case PROPS_MISSING:
                return MissingNode.getInstance();
            case PROPS_NULL:
                return JsonNodeFactory.instance.nullNode();
            case PROPS_OBJECT:
                break;
            default:
                throw new IOException("unknown properties kind " + kind);
        }
        ObjectNode props = JsonNodeFactory.instance.objectNode();
        for (int n = varint(in); n > 0; n--) {
            int key = varint(in);
            if (key >= keys.length) {
                throw new IOException("property name " + key + " out of range");
            }
            props.set(keys[key], value(in));
        }
        return props;
    }

    private static JsonNode value(DataInputStream in) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        int tag = in.readByte();
        return switch (tag) {
            case NULL -> nodes.nullNode();
            case TEXT -> nodes.textNode(text(in));
            case INT -> nodes.numberNode(in.readInt());
            case LONG -> nodes.numberNode(in.readLong());
            case DOUBLE -> nodes.numberNode(in.readDouble());
            case TRUE -> nodes.booleanNode(true);
            case FALSE -> nodes.booleanNode(false);
            case JSON_TEXT -> GeoJsonReader.JSON.readTree(text(in));
            default -> throw new IOException("unknown property tag " + tag);
        };
    }

    static String text(DataInputStream in) throws IOException {
        byte[] bytes = new byte[varint(in)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static int varint(DataInputStream in) throws IOException {
        long v = varlong(in);
        if (v > Integer.MAX_VALUE) {
            throw new IOException("count " + v + " out of range");
        }
        return (int) v;
    }

    static long varlong(DataInputStream in) throws IOException {
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7f) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
        }
        throw new IOException("malformed number");
    }

    static long zigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }
}
