package org.incidentatlas.map.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.map.geo.Mercator;

/**
 * Reads GeoJSON FeatureCollections into projected {@link Feature}s. The window reads the bundled layers from
 * their compact form ({@link CompactBasemap}), which the build makes from the same GeoJSON with
 * {@link #degreeParts}; this reader is the reference the compact form is tested against.
 */
final class GeoJsonReader {

    /** Longest line piece; short pieces let a tile skip most of a long river. */
    static final int MAX_LINE_POINTS = 48;

    static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonReader() {
    }

    static List<Feature> read(String resource) {
        try (InputStream in = GeoJsonReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("basemap resource missing from the class path: " + resource);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static List<Feature> read(InputStream in) throws IOException {
        List<Feature> out = new ArrayList<>();
        for (JsonNode f : JSON.readTree(in).path("features")) {
            List<double[]> parts = degreeParts(f.path("geometry"));
            if (parts != null && !parts.isEmpty()) {
                out.add(new Feature(f.path("properties"), isArea(f.path("geometry")), project(parts)));
            }
        }
        return out;
    }

    static boolean isArea(JsonNode geometry) {
        return geometry.path("type").asText().endsWith("Polygon");
    }

    /**
     * The parts of a geometry as interleaved longitude, latitude: a point, each ring, each line piece of at most
     * {@link #MAX_LINE_POINTS} points; null for a geometry type the basemap does not draw.
     */
    static List<double[]> degreeParts(JsonNode geometry) {
        JsonNode c = geometry.path("coordinates");
        List<double[]> parts = new ArrayList<>();
        switch (geometry.path("type").asText()) {
            case "Point" -> parts.add(new double[] {c.get(0).asDouble(), c.get(1).asDouble()});
            case "LineString" -> pieces(c, parts);
            case "MultiLineString" -> c.forEach(line -> pieces(line, parts));
            case "Polygon" -> c.forEach(ring -> parts.add(degrees(ring, 0, ring.size())));
            case "MultiPolygon" -> c.forEach(poly -> poly.forEach(ring -> parts.add(degrees(ring, 0, ring.size()))));
            default -> {
                return null;
            }
        }
        return parts;
    }

    /** Projects interleaved longitude, latitude parts to world units, each coordinate on its own. */
    static double[][] project(List<double[]> parts) {
        double[][] out = new double[parts.size()][];
        for (int p = 0; p < out.length; p++) {
            double[] lonLat = parts.get(p);
            double[] xy = new double[lonLat.length];
            for (int i = 0; i < xy.length; i += 2) {
                xy[i] = Mercator.x(lonLat[i]);
                xy[i + 1] = Mercator.y(lonLat[i + 1]);
            }
            out[p] = xy;
        }
        return out;
    }

    /** Cuts a line into pieces that share their end points, so the drawn line stays unbroken. */
    private static void pieces(JsonNode line, List<double[]> parts) {
        int n = line.size();
        for (int start = 0; start < n - 1; start += MAX_LINE_POINTS - 1) {
            parts.add(degrees(line, start, Math.min(n, start + MAX_LINE_POINTS)));
        }
    }

    private static double[] degrees(JsonNode coords, int from, int to) {
        double[] lonLat = new double[(to - from) * 2];
        for (int i = from; i < to; i++) {
            JsonNode p = coords.get(i);
            lonLat[(i - from) * 2] = p.get(0).asDouble();
            lonLat[(i - from) * 2 + 1] = p.get(1).asDouble();
        }
        return lonLat;
    }
}
