package org.incidentatlas.map;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.map.basemap.Feature;
import org.incidentatlas.map.basemap.GeoJsonOverlay;
import org.incidentatlas.map.basemap.OverlayStyle;
import org.incidentatlas.map.geo.Mercator;

/**
 * Draws the analyst's layers for one view: MBTiles raster tiles over the bundled basemap (a tile the file does
 * not have is left clear, so the bundled map shows there), then the GeoJSON overlays in order, polygons as a
 * light fill under their edge, lines in their style, points as dots. The window and the briefing share it.
 */
final class UserLayerPainter {

    /** One raster tile at the view's zoom, or null where the file has none (or it is still being read). */
    @FunctionalInterface
    interface Tiles {
        Image tile(int zoom, long x, long y);
    }

    static final Color NEAR = Color.web("#1C2541");
    private static final Font NEAR_FONT = Font.font("System", FontWeight.BOLD, 11.5);

    private UserLayerPainter() {
    }

    static void raster(GraphicsContext g, Viewport v, Tiles tiles) {
        int z = (int) Math.round(v.zoom());
        double size = Mercator.TILE_SIZE * Math.pow(2, v.zoom() - z);
        long max = (1L << z) - 1;
        long i0 = Math.max(0, (long) Math.floor(v.originX() / size));
        long i1 = Math.min(max, (long) Math.floor((v.originX() + v.width() - 1) / size));
        long j0 = Math.max(0, (long) Math.floor(v.originY() / size));
        long j1 = Math.min(max, (long) Math.floor((v.originY() + v.height() - 1) / size));
        for (long i = i0; i <= i1; i++) {
            for (long j = j0; j <= j1; j++) {
                Image tile = tiles.tile(z, i, j);
                if (tile != null) {
                    g.drawImage(tile, i * size - v.originX(), j * size - v.originY(), size, size);
                }
            }
        }
    }

    static void overlays(GraphicsContext g, Viewport v, List<GeoJsonOverlay> overlays) {
        double scale = v.scale();
        double pad = 30 / scale;
        double x0 = v.originX() / scale - pad;
        double y0 = v.originY() / scale - pad;
        double x1 = (v.originX() + v.width()) / scale + pad;
        double y1 = (v.originY() + v.height()) / scale + pad;
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setFillRule(FillRule.EVEN_ODD);
        for (GeoJsonOverlay overlay : overlays) {
            OverlayStyle style = overlay.style();
            if (!style.visible()) {
                continue;
            }
            Color colour = colour(style);
            for (Feature f : overlay.features()) {
                if (!f.intersects(x0, y0, x1, y1)) {
                    continue;
                }
                if (f.part(0).length == 2 && !f.isArea()) {
                    point(g, v, f, colour);
                    continue;
                }
                g.beginPath();
                for (int p = 0; p < f.partCount(); p++) {
                    if (f.partIntersects(p, x0, y0, x1, y1) || f.isArea()) {
                        path(g, v, f.part(p), f.isArea());
                    }
                }
                if (f.isArea()) {
                    g.setFill(colour.deriveColor(0, 1, 1, 0.14));
                    g.fill();
                }
                stroke(g, style, colour);
            }
        }
        g.setLineDashes((double[]) null);
    }

    /**
     * The filter's "within N km of a centre": the circle of that distance, true on the ground (its radius in
     * pixels is taken at the centre's latitude), a dark dashed line on a white casing, and its label.
     */
    static void near(GraphicsContext g, Viewport v, IncidentFilter.Near near) {
        if (near == null) {
            return;
        }
        double x = v.screenX(near.lon());
        double y = v.screenY(near.lat());
        double r = near.km() * 1000 / Mercator.metresPerPixel(near.lat(), v.zoom());
        g.setLineDashes((double[]) null);
        g.setStroke(Color.web("#FFFFFF", 0.8));
        g.setLineWidth(4.5);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(NEAR);
        g.setLineWidth(2);
        g.setLineDashes(9, 5);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setLineDashes((double[]) null);
        String label = "within " + (near.km() == Math.rint(near.km()) ? String.valueOf((long) near.km()) : String.valueOf(near.km()))
                + " km of " + near.centerName();
        g.setFont(NEAR_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        double ly = Math.max(14, y - r - 4);
        g.setLineWidth(3);
        g.setStroke(Color.web("#FFFFFF", 0.9));
        g.strokeText(label, x, ly);
        g.setFill(NEAR);
        g.fillText(label, x, ly);
    }

    static Color colour(OverlayStyle style) {
        int rgb = style.rgb();
        return Color.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
    }

    private static void path(GraphicsContext g, Viewport v, double[] xy, boolean close) {
        double s = v.scale();
        g.moveTo(xy[0] * s - v.originX(), xy[1] * s - v.originY());
        for (int i = 2; i < xy.length; i += 2) {
            g.lineTo(xy[i] * s - v.originX(), xy[i + 1] * s - v.originY());
        }
        if (close) {
            g.closePath();
        }
    }

    /** A white casing under the line, so it reads on any basemap, the analyst's raster included. */
    private static void stroke(GraphicsContext g, OverlayStyle style, Color colour) {
        g.setLineDashes((double[]) null);
        g.setStroke(Color.web("#FFFFFF", 0.75));
        g.setLineWidth(style.width() + 2.5);
        g.stroke();
        double[] dashes = style.line().dashes(style.width());
        g.setLineDashes(dashes.length == 0 ? null : dashes);
        g.setStroke(colour);
        g.setLineWidth(style.width());
        g.stroke();
    }

    private static void point(GraphicsContext g, Viewport v, Feature f, Color colour) {
        for (int p = 0; p < f.partCount(); p++) {
            double x = f.part(p)[0] * v.scale() - v.originX();
            double y = f.part(p)[1] * v.scale() - v.originY();
            g.setFill(colour);
            g.fillRect(x - 4, y - 4, 8, 8);
            g.setStroke(Color.WHITE);
            g.setLineDashes((double[]) null);
            g.setLineWidth(1.5);
            g.strokeRect(x - 4, y - 4, 8, 8);
        }
    }
}
