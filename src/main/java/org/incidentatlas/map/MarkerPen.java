package org.incidentatlas.map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import java.util.Map;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/** The marks the incident layer and the legend share: markers, rings, clusters, centres, the selection. */
final class MarkerPen {

    /** Half the width of a centre's diamond. */
    static final double CENTER_SIZE = 7.5;
    private static final Font STACK_FONT = Font.font("System", FontWeight.BOLD, 10);

    void marker(GraphicsContext g, double x, double y, double r, Color fill) {
        g.setFill(fill);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(IncidentPainter.OUTLINE);
        g.setLineWidth(1);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
    }

    /** A ring of the distance the point may be off by, drawn as {@link RingPainter} draws them on the map. */
    void uncertainty(GraphicsContext g, double x, double y, double r, Color colour) {
        if (r < RingPainter.MIN_RADIUS) {
            return;
        }
        g.setFill(RingPainter.FILL);
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(colour.deriveColor(0, 1, 0.85, 0.7));
        g.setLineWidth(1.2);
        g.setLineDashes(5, 4);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setLineDashes((double[]) null);
    }

    /** A dashed edge around a marker whose point stands for an area wider than the view shows (see the legend). */
    void coarse(GraphicsContext g, double x, double y, double r) {
        double e = r + 3.5;
        g.setStroke(Color.web("#2A2A2A", 0.8));
        g.setLineWidth(1.3);
        g.setLineDashes(3, 2.5);
        g.strokeOval(x - e, y - e, 2 * e, 2 * e);
        g.setLineDashes((double[]) null);
    }

    /**
     * Several incidents at one exact point: their marker (their type's colour, or the cluster's slate when the
     * types differ) on a second disc that reads as a pile, with the count on a white badge at its upper right.
     * Returns the radius the mark covers, for hit-testing.
     */
    double stack(GraphicsContext g, double x, double y, double r, Color fill, int n) {
        g.setFill(Color.WHITE);
        g.fillOval(x - r + 2.5, y - r - 2.5, 2 * r, 2 * r);
        g.setStroke(IncidentPainter.OUTLINE);
        g.setLineWidth(1);
        g.strokeOval(x - r + 2.5, y - r - 2.5, 2 * r, 2 * r);
        marker(g, x, y, r, fill);
        String text = count(n);
        double w = 7 + 6.2 * text.length();
        double bx = x + r * 0.55;
        double by = y - r * 0.55 - 13;
        g.setFill(Color.web("#FFFFFF", 0.95));
        g.fillRoundRect(bx, by, w, 13, 12, 12);
        g.setStroke(IncidentPainter.CENTER);
        g.setLineWidth(1);
        g.strokeRoundRect(bx, by, w, 13, 12, 12);
        g.setFont(STACK_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(IncidentPainter.CENTER);
        g.fillText(text, bx + w / 2, by + 6.5);
        return Math.max(r + 3, Math.hypot(bx + w - x, by - y) * 0.8);
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

    /**
     * A cluster of a still picture: a disc in slices, one per type in its colour, sized by count, with the count
     * on a dark centre, so the picture says what the cluster holds without a zoom.
     *
     * @param shares each colour's count, in the order to draw them (clockwise from the top)
     */
    void splitCluster(GraphicsContext g, double x, double y, double r, Map<Color, Integer> shares, int n) {
        double start = 90;
        for (Map.Entry<Color, Integer> e : shares.entrySet()) {
            double extent = -360.0 * e.getValue() / n;
            g.setFill(e.getKey());
            g.fillArc(x - r, y - r, 2 * r, 2 * r, start, extent, ArcType.ROUND);
            start += extent;
        }
        g.setStroke(Color.WHITE);
        g.setLineWidth(1.5);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        double inner = Math.max(7.5, r * 0.52);
        g.setFill(IncidentPainter.CLUSTER);
        g.fillOval(x - inner, y - inner, 2 * inner, 2 * inner);
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
