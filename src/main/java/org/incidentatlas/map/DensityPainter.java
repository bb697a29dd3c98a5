package org.incidentatlas.map;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.incidentatlas.map.basemap.AdminAreas;
import org.incidentatlas.map.basemap.Feature;
import org.incidentatlas.map.density.AreaCounts;
import org.incidentatlas.map.density.DensityScale;
import org.incidentatlas.map.density.HeatGrid;
import org.incidentatlas.map.density.HexBins;

/**
 * Draws a density view onto a canvas: the heatmap as one small image of its cells enlarged smoothly over the
 * view (one draw call however many incidents), the hexagons as filled polygons in their class's colour with
 * their count written in when there is room.
 */
final class DensityPainter {

    private static final Font COUNT_FONT = Font.font("System", FontWeight.BOLD, 10);
    private static final Color EDGE = Color.web("#FFFFFF", 0.7);

    private DensityPainter() {
    }

    /** The heat grid, its cell (0, 0) moved {@code dx, dy} pixels from the view's corner (a stale grid after a pan). */
    static void heat(GraphicsContext g, HeatGrid grid, double dx, double dy) {
        int cols = grid.cols();
        int rows = grid.rows();
        if (cols == 0 || rows == 0 || grid.max() <= 0) {
            return;
        }
        int[] argb = new int[cols * rows];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                argb[r * cols + c] = DensityScale.heat(grid.value(c, r), grid.max());
            }
        }
        WritableImage image = new WritableImage(cols, rows);
        image.getPixelWriter().setPixels(0, 0, cols, rows, PixelFormat.getIntArgbInstance(), argb, 0, cols);
        g.setImageSmoothing(true);
        // cell centres at their place: the image's pixel centres are half a cell in
        g.drawImage(image, dx, dy, cols * grid.cell(), rows * grid.cell());
    }

    /** The hexagons that fall in view {@code v}; bins made at another zoom are not drawn. */
    static void hex(GraphicsContext g, HexBins bins, Viewport v) {
        if (bins.zoom() != v.zoom() || bins.size() == 0) {
            return;
        }
        List<Double> bounds = DensityScale.classBounds(bins.max());
        double rad = bins.radius();
        double[] xs = new double[6];
        double[] ys = new double[6];
        boolean labels = rad >= 14;
        g.setFont(COUNT_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(0.8);
        for (int i = 0; i < bins.size(); i++) {
            double cx = bins.centreX(i) - v.originX();
            double cy = bins.centreY(i) - v.originY();
            if (cx < -rad || cy < -rad || cx > v.width() + rad || cy > v.height() + rad) {
                continue;
            }
            for (int k = 0; k < 6; k++) {
                double a = Math.toRadians(60 * k - 30); // pointy top
                xs[k] = cx + rad * Math.cos(a);
                ys[k] = cy + rad * Math.sin(a);
            }
            int cls = DensityScale.classOf(bins.value(i), bounds);
            int argb = DensityScale.classColour(cls, bounds.size());
            g.setFill(colour(argb));
            g.fillPolygon(xs, ys, 6);
            g.setStroke(EDGE);
            g.strokePolygon(xs, ys, 6);
            if (labels) {
                g.setFill(cls * 2 >= bounds.size() ? Color.WHITE : Color.web("#3A2A00"));
                g.fillText(MarkerPen.count((int) Math.round(bins.value(i))), cx, cy);
            }
        }
    }

    /**
     * The choropleth: each area holding something filled in its class's colour (an area with none left clear),
     * every area's edge, and the figure written at the middle of the area's largest ring when it fits.
     */
    static void areas(GraphicsContext g, AreaCounts counts, Viewport v) {
        AdminAreas areas = counts.areas();
        List<Double> bounds = DensityScale.classBounds(Math.max(1, counts.max()));
        double s = v.scale();
        g.setFillRule(FillRule.EVEN_ODD);
        for (int a = 0; a < areas.size(); a++) {
            Feature f = areas.feature(a);
            double x0 = f.minX() * s - v.originX();
            double y0 = f.minY() * s - v.originY();
            double x1 = f.maxX() * s - v.originX();
            double y1 = f.maxY() * s - v.originY();
            if (x1 < 0 || y1 < 0 || x0 > v.width() || y0 > v.height()) {
                continue;
            }
            g.beginPath();
            for (int p = 0; p < f.partCount(); p++) {
                double[] r = f.part(p);
                g.moveTo(r[0] * s - v.originX(), r[1] * s - v.originY());
                for (int i = 2; i < r.length; i += 2) {
                    g.lineTo(r[i] * s - v.originX(), r[i + 1] * s - v.originY());
                }
                g.closePath();
            }
            double value = counts.value(a);
            if (value > 0) {
                int cls = DensityScale.classOf(value, bounds);
                g.setFill(colour(DensityScale.classColour(cls, bounds.size())));
                g.fill();
            }
            g.setStroke(Color.web("#5A4A3A", 0.8));
            g.setLineWidth(0.8);
            g.stroke();
        }
        g.setFont(COUNT_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int a = 0; a < areas.size(); a++) {
            double value = counts.value(a);
            Feature f = areas.feature(a);
            double w = (f.maxX() - f.minX()) * s;
            if (value <= 0 || w < 28) {
                continue;
            }
            double[] c = middle(f);
            double cx = c[0] * s - v.originX();
            double cy = c[1] * s - v.originY();
            if (cx < 0 || cy < 0 || cx > v.width() || cy > v.height()) {
                continue;
            }
            String text = MarkerPen.count((int) Math.round(value));
            g.setFill(Color.web("#FFFFFF", 0.85));
            double tw = text.length() * 6.5 + 6;
            g.fillRoundRect(cx - tw / 2, cy - 7, tw, 14, 4, 4);
            g.setFill(Color.web("#222222"));
            g.fillText(text, cx, cy);
        }
    }

    /** The mean of the vertices of the area's largest ring: inside for the compact shapes of most areas. */
    private static double[] middle(Feature f) {
        double[] best = f.part(0);
        for (int p = 1; p < f.partCount(); p++) {
            if (f.part(p).length > best.length) {
                best = f.part(p);
            }
        }
        double sx = 0;
        double sy = 0;
        for (int i = 0; i < best.length; i += 2) {
            sx += best[i];
            sy += best[i + 1];
        }
        return new double[] {sx / (best.length / 2.0), sy / (best.length / 2.0)};
    }

    static Color colour(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }
}
