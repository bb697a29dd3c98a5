package org.incidentatlas.map.basemap;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;

/** A small aeroplane seen from above, nose north, on a white disc: the airport symbol of the basemap. */
final class AirportSymbol {

    private static final Path2D PLANE = plane();

    private AirportSymbol() {
    }

    static void draw(Graphics2D g, double x, double y, Color colour) {
        g.translate(x, y);
        g.setColor(new Color(255, 255, 255, 210));
        g.fill(new Ellipse2D.Double(-6, -6, 12, 12));
        g.setColor(colour);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(new Ellipse2D.Double(-6, -6, 12, 12));
        g.fill(PLANE);
        g.translate(-x, -y);
    }

    private static Path2D plane() {
        // one half, mirrored: fuselage, wing, tailplane
        double[][] half = {{0, -4.6}, {0.8, -3.6}, {0.8, -1.2}, {4.4, 0.8}, {4.4, 1.7}, {0.8, 0.7}, {0.7, 2.9},
            {1.9, 3.9}, {1.9, 4.6}, {0, 4.0}};
        Path2D.Double p = new Path2D.Double();
        p.moveTo(half[0][0], half[0][1]);
        for (int i = 1; i < half.length; i++) {
            p.lineTo(half[i][0], half[i][1]);
        }
        for (int i = half.length - 2; i > 0; i--) {
            p.lineTo(-half[i][0], half[i][1]);
        }
        p.closePath();
        return p;
    }
}
