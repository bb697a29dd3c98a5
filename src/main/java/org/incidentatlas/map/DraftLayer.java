package org.incidentatlas.map;

import javafx.scene.canvas.GraphicsContext;
import org.incidentatlas.map.geo.Mercator;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;

/**
 * Where the record being written stands while the analyst writes it: a cross-haired ring at the point and,
 * when the place is uncertain, the circle of that uncertainty as an outline (never a fill over the map).
 */
final class DraftLayer extends CanvasLayer {

    private static final Color INK = Color.web("#c2185b");
    private AtlasMap.Draft draft;

    DraftLayer() {
        super("draftLayerCanvas");
        canvas.setMouseTransparent(true);
        setMouseTransparent(true);
    }

    void setDraft(AtlasMap.Draft d) {
        draft = d;
        redrawSoon();
    }

    @Override
    protected void paint(Viewport v) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (draft == null) {
            return;
        }
        double x = v.screenX(draft.lon());
        double y = v.screenY(draft.lat());
        if (draft.uncertaintyKm() != null && draft.uncertaintyKm() > 0) {
            double r = draft.uncertaintyKm() * 1000 / Mercator.metresPerPixel(draft.lat(), v.zoom());
            if (r > 14 && r < 4 * Math.max(v.width(), v.height())) {
                g.setStroke(INK);
                g.setLineWidth(1.5);
                g.setLineDashes(6, 4);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                g.setLineDashes(null);
            }
        }
        g.setLineCap(StrokeLineCap.ROUND);
        g.setStroke(Color.WHITE);
        g.setLineWidth(5);
        cross(g, x, y);
        g.setStroke(INK);
        g.setLineWidth(2.5);
        cross(g, x, y);
        g.strokeOval(x - 9, y - 9, 18, 18);
    }

    private static void cross(GraphicsContext g, double x, double y) {
        g.strokeLine(x - 16, y, x - 5, y);
        g.strokeLine(x + 5, y, x + 16, y);
        g.strokeLine(x, y - 16, x, y - 5);
        g.strokeLine(x, y + 5, x, y + 16);
    }
}
