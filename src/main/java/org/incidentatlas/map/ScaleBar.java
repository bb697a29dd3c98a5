package org.incidentatlas.map;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.incidentatlas.map.geo.Mercator;

/** A scale bar in kilometres (metres when zoomed far in), true at the latitude of the map's centre. */
final class ScaleBar extends Canvas {

    private static final double MAX_WIDTH = 120;
    /** Pen sizes and text are multiplied by this; the bar's length is always true to the map. */
    private final double unit;
    private String text = "";

    ScaleBar() {
        this(1);
    }

    /** A bar drawn {@code unit} times as large (thicker, larger text, up to {@code unit} times as long). */
    ScaleBar(double unit) {
        super((MAX_WIDTH + 60) * unit, 26 * unit);
        this.unit = unit;
        setId("scaleBar");
        setMouseTransparent(true);
    }

    /** The label now shown, e.g. "20 km". */
    String text() {
        return text;
    }

    void update(double lat, double zoom) {
        double u = unit;
        double mpp = Mercator.metresPerPixel(lat, zoom);
        double metres = niceLength(mpp * MAX_WIDTH * u);
        double w = metres / mpp;
        text = metres >= 1000 ? String.format("%d km", Math.round(metres / 1000)) : String.format("%d m", Math.round(metres));
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        g.setFill(Color.web("#FFFFFF", 0.75));
        g.fillRoundRect(0, 0, w + 52 * u, 24 * u, 4 * u, 4 * u);
        g.setStroke(Color.web("#333333"));
        g.setLineWidth(1.5 * u);
        g.strokeLine(6 * u, 17 * u, 6 * u + w, 17 * u);
        g.strokeLine(6 * u, 12 * u, 6 * u, 20 * u);
        g.strokeLine(6 * u + w, 12 * u, 6 * u + w, 20 * u);
        g.setFill(Color.web("#333333"));
        g.setFont(Font.font("System", 11 * u));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, w + 10 * u, 14 * u);
    }

    /** The largest 1, 2 or 5 times a power of ten not above {@code metres}. */
    static double niceLength(double metres) {
        double p = Math.pow(10, Math.floor(Math.log10(metres)));
        for (double m : new double[] {5, 2, 1}) {
            if (m * p <= metres) {
                return m * p;
            }
        }
        return p;
    }
}
