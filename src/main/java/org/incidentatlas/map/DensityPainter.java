package org.incidentatlas.map;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
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

    static Color colour(int argb) {
        return Color.rgb((argb >> 16) & 0xFF, (argb >> 8) & 0xFF, argb & 0xFF, ((argb >>> 24) & 0xFF) / 255.0);
    }
}
