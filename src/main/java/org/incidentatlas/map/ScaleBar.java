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
    private String text = "";

    ScaleBar() {
        super(MAX_WIDTH + 60, 26);
        setId("scaleBar");
        setMouseTransparent(true);
    }

    /** The label now shown, e.g. "20 km". */
    String text() {
        return text;
    }

    void update(double lat, double zoom) {
        double mpp = Mercator.metresPerPixel(lat, zoom);
        double metres = niceLength(mpp * MAX_WIDTH);
        double w = metres / mpp;
        text = metres >= 1000 ? String.format("%d km", Math.round(metres / 1000)) : String.format("%d m", Math.round(metres));
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        g.setFill(Color.web("#FFFFFF", 0.75));
        g.fillRoundRect(0, 0, w + 52, 24, 4, 4);
        g.setStroke(Color.web("#333333"));
        g.setLineWidth(1.5);
        g.strokeLine(6, 17, 6 + w, 17);
        g.strokeLine(6, 12, 6, 20);
        g.strokeLine(6 + w, 12, 6 + w, 20);
        g.setFill(Color.web("#333333"));
        g.setFont(Font.font("System", 11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(text, w + 10, 14);
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
