package org.incidentatlas.map.basemap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One GeoJSON feature, projected once to Web Mercator world units so that drawing a tile is only a scale and a
 * shift. A polygon keeps all its rings as parts (drawn with the even-odd rule, so holes stay holes); a line is
 * cut into short parts, each with its own box, so a tile touches only the pieces it shows.
 */
public final class Feature {

    private final JsonNode properties;
    private final boolean area;
    private final double[][] parts;
    private final double[] boxes;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;

    Feature(JsonNode properties, boolean area, double[][] parts) {
        this.properties = properties;
        this.area = area;
        this.parts = parts;
        this.boxes = new double[parts.length * 4];
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (int p = 0; p < parts.length; p++) {
            double[] xy = parts[p];
            double a = Double.MAX_VALUE;
            double b = Double.MAX_VALUE;
            double c = -Double.MAX_VALUE;
            double d = -Double.MAX_VALUE;
            for (int i = 0; i < xy.length; i += 2) {
                a = Math.min(a, xy[i]);
                b = Math.min(b, xy[i + 1]);
                c = Math.max(c, xy[i]);
                d = Math.max(d, xy[i + 1]);
            }
            boxes[p * 4] = a;
            boxes[p * 4 + 1] = b;
            boxes[p * 4 + 2] = c;
            boxes[p * 4 + 3] = d;
            x0 = Math.min(x0, a);
            y0 = Math.min(y0, b);
            x1 = Math.max(x1, c);
            y1 = Math.max(y1, d);
        }
        minX = x0;
        minY = y0;
        maxX = x1;
        maxY = y1;
    }

    public boolean isArea() {
        return area;
    }

    public int partCount() {
        return parts.length;
    }

    /** Interleaved x, y world units of one ring, line piece or point. */
    public double[] part(int i) {
        return parts[i];
    }

    public boolean intersects(double x0, double y0, double x1, double y1) {
        return maxX >= x0 && minX <= x1 && maxY >= y0 && minY <= y1;
    }

    public boolean partIntersects(int i, double x0, double y0, double x1, double y1) {
        return boxes[i * 4 + 2] >= x0 && boxes[i * 4] <= x1 && boxes[i * 4 + 3] >= y0 && boxes[i * 4 + 1] <= y1;
    }

    public double minX() {
        return minX;
    }

    public double minY() {
        return minY;
    }

    public double maxX() {
        return maxX;
    }

    public double maxY() {
        return maxY;
    }

    /** The GeoJSON properties as read (for the test that the compact layers match their GeoJSON). */
    JsonNode properties() {
        return properties;
    }

    /** A text property, or null when the feature has none. */
    public String text(String key) {
        JsonNode v = properties.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    public double number(String key, double absent) {
        JsonNode v = properties.get(key);
        return v == null || !v.isNumber() ? absent : v.asDouble();
    }

    public boolean flag(String key) {
        JsonNode v = properties.get(key);
        return v != null && v.asBoolean(false);
    }

    /** x, y of a point feature. */
    public double x() {
        return parts[0][0];
    }

    public double y() {
        return parts[0][1];
    }
}
