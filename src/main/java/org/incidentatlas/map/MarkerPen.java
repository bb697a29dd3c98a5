package org.incidentatlas.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;

/** The marks the incident layer and the legend share: markers, rings, clusters, centres, the selection. */
final class MarkerPen {

    /** Half the width of a centre's diamond. */
    static final double CENTER_SIZE = 7.5;

    void marker(GraphicsContext g, double x, double y, double r, Color fill) {
        g.setFill(fill);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(IncidentPainter.OUTLINE);
        g.setLineWidth(1);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    /** A faint ring of the distance the point may be off by. */
    void uncertainty(GraphicsContext g, double x, double y, double r, Color colour) {
        if (r < 8) {
            return;
        }
        g.setFill(colour.deriveColor(0, 1, 1, 0.07));
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(colour.deriveColor(0, 1, 1, 0.45));
        g.setLineWidth(1);
        g.setLineDashes(4, 3);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setLineDashes((double[]) null);
    }

    void cluster(GraphicsContext g, double x, double y, double r, int n) {
        g.setFill(IncidentPainter.CLUSTER);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.5);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setFill(Color.WHITE);
        g.fillText(count(n), x, y);
    }

    static String count(int n) {
        if (n < 1000) {
            return Integer.toString(n);
        }
        return n < 10_000 ? String.format("%.1fk", n / 1000.0) : (n / 1000) + "k";
    }

    /** A centre: a dark diamond with a white edge, unlike any incident marker. */
    void centre(GraphicsContext g, double x, double y) {
        double s = CENTER_SIZE;
        double[] xs = {x, x + s, x, x - s};
        double[] ys = {y - s, y, y + s, y};
        g.setFill(IncidentPainter.CENTER);
        g.fillPolygon(xs, ys, 4);
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.5);
        g.setLineJoin(StrokeLineJoin.MITER);
        g.strokePolygon(xs, ys, 4);
        g.setFill(Color.WHITE);
        g.fillOval(x - 1.8, y - 1.8, 3.6, 3.6);
    }

    void selection(GraphicsContext g, double x, double y, double r) {
        g.setLineWidth(4);
        g.setStroke(Color.web("#1A1A1A", 0.8));
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setLineWidth(2.5);
        g.setStroke(IncidentPainter.SELECTED);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    /** A name on a white tag; {@code box} is x, y, width, height; the text is centred in it. */
    void tag(GraphicsContext g, String text, double[] box) {
        g.setFill(Color.web("#FFFFFF", 0.88));
        g.fillRoundRect(box[0], box[1], box[2], box[3], 6, 6);
        g.setStroke(Color.web("#1C2541", 0.35));
        g.setLineWidth(0.8);
        g.strokeRoundRect(box[0], box[1], box[2], box[3], 6, 6);
        g.setFill(IncidentPainter.CENTER);
        g.fillText(text, box[0] + box[2] / 2, box[1] + box[3] / 2);
    }
}
