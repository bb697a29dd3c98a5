package org.incidentatlas.map.basemap;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.map.geo.Mercator;

/**
 * One GeoJSON overlay layer (roads, a front line, the coordination line, districts of interest): its features,
 * projected once, and its {@link OverlayStyle}. Read whole or not at all: a file with any bad feature is refused
 * with a message naming the file, the feature and what is wrong, and the map keeps what it had.
 */
public final class GeoJsonOverlay {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final OverlayStyle style;
    private final List<Feature> features;
    private final int points;
    private final int lines;
    private final int areas;

    private GeoJsonOverlay(Path file, OverlayStyle style, List<Feature> features) {
        this.file = file;
        this.style = style;
        this.features = List.copyOf(features);
        int p = 0;
        int l = 0;
        int a = 0;
        for (Feature f : features) {
            if (f.isArea()) {
                a++;
            } else if (f.part(0).length == 2) {
                p++;
            } else {
                l++;
            }
        }
        points = p;
        lines = l;
        areas = a;
    }

    /**
     * Reads {@code file} (a FeatureCollection, a single Feature or a bare geometry, WGS 84 lon/lat).
     *
     * @throws BasemapFileException when it cannot be read, is not JSON (with line and column), or a feature is not
     *                              valid GeoJSON (with its index and what is wrong)
     */
    public static GeoJsonOverlay read(Path file, OverlayStyle style) {
        JsonNode root;
        try {
            root = JSON.readTree(Files.newBufferedReader(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new BasemapFileException(file + (at == null ? "" : ", line " + at.getLineNr() + ", column "
                    + at.getColumnNr()) + ": not valid JSON (" + e.getOriginalMessage() + "). Fix the file or export"
                    + " the layer again as GeoJSON.", e);
        } catch (IOException e) {
            throw new BasemapFileException(file + ": cannot be read (" + e.getMessage() + "). Choose a .geojson file.", e);
        }
        if (root == null || !root.isObject()) {
            throw new BasemapFileException(file + ": empty, or not a GeoJSON object. A layer is a FeatureCollection.");
        }
        List<Feature> features = new ArrayList<>();
        String type = root.path("type").asText("");
        switch (type) {
            case "FeatureCollection" -> {
                JsonNode list = root.get("features");
                if (list == null || !list.isArray()) {
                    throw new BasemapFileException(file + ": a FeatureCollection with no \"features\" array.");
                }
                for (int i = 0; i < list.size(); i++) {
                    feature(file, i, list.get(i), features);
                }
            }
            case "Feature" -> feature(file, 0, root, features);
            default -> {
                Feature f = geometry(file, "the geometry", root);
                if (f != null) {
                    features.add(f);
                }
            }
        }
        if (features.isEmpty()) {
            throw new BasemapFileException(file + ": no features with a geometry; nothing to draw.");
        }
        return new GeoJsonOverlay(file, style, features);
    }

    private static void feature(Path file, int index, JsonNode f, List<Feature> out) {
        String where = "feature " + index;
        if (f == null || !f.isObject() || !"Feature".equals(f.path("type").asText())) {
            throw new BasemapFileException(file + ": " + where + " is not a GeoJSON Feature (its \"type\" must be"
                    + " \"Feature\").");
        }
        JsonNode name = f.path("properties").path("name");
        if (name.isTextual()) {
            where += " (\"" + name.asText() + "\")";
        }
        JsonNode g = f.get("geometry");
        if (g == null) {
            throw new BasemapFileException(file + ": " + where + " has no \"geometry\" member.");
        }
        if (!g.isNull()) { // GeoJSON allows a feature without a location: nothing to draw
            out.add(geometry(file, where, g));
        }
    }

    private static Feature geometry(Path file, String where, JsonNode g) {
        String type = g.path("type").asText("");
        JsonNode c = g.get("coordinates");
        if (!List.of("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon").contains(type)) {
            throw new BasemapFileException(file + ": " + where + ": geometry type \"" + type + "\" is not one a layer can"
                    + " draw (Point, MultiPoint, LineString, MultiLineString, Polygon, MultiPolygon).");
        }
        if (c == null || !c.isArray()) {
            throw new BasemapFileException(file + ": " + where + ": the " + type + " has no \"coordinates\" array.");
        }
        List<double[]> parts = new ArrayList<>();
        switch (type) {
            case "Point" -> parts.add(position(file, where, c));
            case "MultiPoint" -> c.forEach(p -> parts.add(position(file, where, p)));
            case "LineString" -> parts.add(line(file, where, c, 2));
            case "MultiLineString" -> c.forEach(l -> parts.add(line(file, where, l, 2)));
            case "Polygon" -> c.forEach(r -> parts.add(line(file, where, r, 4)));
            default -> c.forEach(poly -> {
                if (!poly.isArray()) {
                    throw new BasemapFileException(file + ": " + where + ": a MultiPolygon's member is not a polygon.");
                }
                poly.forEach(r -> parts.add(line(file, where, r, 4)));
            });
        }
        if (parts.isEmpty()) {
            throw new BasemapFileException(file + ": " + where + ": the " + type + " has no coordinates.");
        }
        return new Feature(JSON.createObjectNode(), type.endsWith("Polygon"), parts.toArray(double[][]::new));
    }

    private static double[] line(Path file, String where, JsonNode c, int least) {
        if (!c.isArray() || c.size() < least) {
            throw new BasemapFileException(file + ": " + where + ": a " + (least == 4 ? "polygon ring" : "line")
                    + " needs at least " + least + " positions; it has " + (c.isArray() ? c.size() : 0) + ".");
        }
        double[] xy = new double[c.size() * 2];
        for (int i = 0; i < c.size(); i++) {
            double[] p = position(file, where, c.get(i));
            xy[2 * i] = p[0];
            xy[2 * i + 1] = p[1];
        }
        return xy;
    }

    private static double[] position(Path file, String where, JsonNode p) {
        if (p == null || !p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
            throw new BasemapFileException(file + ": " + where + ": position " + p + " is not [longitude, latitude]"
                    + " in numbers.");
        }
        double lon = p.get(0).asDouble();
        double lat = p.get(1).asDouble();
        if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
            throw new BasemapFileException(file + ": " + where + ": position [" + lon + ", " + lat + "] is off the"
                    + " globe; GeoJSON is [longitude, latitude] in degrees (were they swapped, or is it projected?).");
        }
        return new double[] {Mercator.x(lon), Mercator.y(lat)};
    }

    public GeoJsonOverlay withStyle(OverlayStyle newStyle) {
        return new GeoJsonOverlay(file, newStyle, features);
    }

    public Path file() {
        return file;
    }

    public OverlayStyle style() {
        return style;
    }

    /** The features, projected to Web Mercator world units; a point is a part of length 2. */
    public List<Feature> features() {
        return features;
    }

    public boolean hasPoints() {
        return points > 0;
    }

    public boolean hasLines() {
        return lines > 0;
    }

    public boolean hasAreas() {
        return areas > 0;
    }
}
