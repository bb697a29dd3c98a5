package org.incidentatlas.map.basemap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.map.geo.Mercator;

/** Reads the bundled GeoJSON FeatureCollections from the class path into projected {@link Feature}s. */
final class GeoJsonReader {

    /** Longest line piece; short pieces let a tile skip most of a long river. */
    static final int MAX_LINE_POINTS = 48;

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonReader() {
    }

    static List<Feature> read(String resource) {
        try (InputStream in = GeoJsonReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("basemap resource missing from the class path: " + resource);
            }
            List<Feature> out = new ArrayList<>();
            for (JsonNode f : JSON.readTree(in).path("features")) {
                Feature feature = feature(f.path("properties"), f.path("geometry"));
                if (feature != null) {
                    out.add(feature);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static Feature feature(JsonNode props, JsonNode geometry) {
        JsonNode c = geometry.path("coordinates");
        List<double[]> parts = new ArrayList<>();
        switch (geometry.path("type").asText()) {
            case "Point" -> parts.add(new double[] {Mercator.x(c.get(0).asDouble()), Mercator.y(c.get(1).asDouble())});
            case "LineString" -> pieces(c, parts);
            case "MultiLineString" -> c.forEach(line -> pieces(line, parts));
            case "Polygon" -> c.forEach(ring -> parts.add(project(ring, 0, ring.size())));
            case "MultiPolygon" -> c.forEach(poly -> poly.forEach(ring -> parts.add(project(ring, 0, ring.size()))));
            default -> {
                return null;
            }
        }
        boolean area = geometry.path("type").asText().endsWith("Polygon");
        return parts.isEmpty() ? null : new Feature(props, area, parts.toArray(double[][]::new));
    }

    /** Cuts a line into pieces that share their end points, so the drawn line stays unbroken. */
    private static void pieces(JsonNode line, List<double[]> parts) {
        int n = line.size();
        for (int start = 0; start < n - 1; start += MAX_LINE_POINTS - 1) {
            parts.add(project(line, start, Math.min(n, start + MAX_LINE_POINTS)));
        }
    }

    private static double[] project(JsonNode coords, int from, int to) {
        double[] xy = new double[(to - from) * 2];
        for (int i = from; i < to; i++) {
            JsonNode p = coords.get(i);
            xy[(i - from) * 2] = Mercator.x(p.get(0).asDouble());
            xy[(i - from) * 2 + 1] = Mercator.y(p.get(1).asDouble());
        }
        return xy;
    }
}
