package org.incidentatlas.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The name of the place a stack of incidents is reported at, beside its marker, in the data's own spelling.
 * A stack sits on a town's centroid, which is where the basemap writes the town's name, so the marker hides
 * that name; and the basemap may spell it otherwise (Mexmur for the data's Makhmour). Placed right of the
 * marker, else left, else above, wholly inside the view and only where it hides no other mark.
 */
final class StackNames {

    private static final Font FONT = Font.font("System", FontWeight.BOLD, 11);
    private static final Color TEXT = Color.web("#1F1B18");
    private static final Color HALO = Color.web("#FFFFFF", 0.9);
    private static final double HEIGHT = 14;

    private record Name(String text, double x, double y, double r) {
    }

    private final List<Name> names = new ArrayList<>();
    private final Text measure = new Text();

    StackNames() {
        measure.setFont(FONT);
    }

    void add(String text, double x, double y, double r) {
        if (text != null) {
            names.add(new Name(text, x, y, r));
        }
    }

    /** Draws the names gathered since the last call, clear of the marks and of {@code taken}, and forgets them. */
    void draw(GraphicsContext g, HitIndex hits, ScreenBoxes taken) {
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.setLineWidth(3);
        double width = g.getCanvas().getWidth();
        double height = g.getCanvas().getHeight();
        for (Name n : names) {
            measure.setText(n.text);
            double w = measure.getLayoutBounds().getWidth();
            // right of the marker, else left, else above it: a name at the view's edge is not cut off
            double[][] spots = {{n.x + n.r + 3, n.y + 2}, {n.x - n.r - 3 - w, n.y + 2},
                {n.x - w / 2, n.y - n.r - 4 - HEIGHT}};
            for (double[] spot : spots) {
                double x = spot[0];
                double[] box = {x, spot[1], x + w, spot[1] + HEIGHT};
                boolean inView = box[0] >= 0 && box[1] >= 0 && box[2] <= width && box[3] <= height;
                if (inView && !hits.overlaps(box[0], box[1], box[2], box[3])
                        && !taken.meets(box[0], box[1], box[2], box[3])) {
                    taken.add(n.text, box[0], box[1], box[2], box[3]);
                    g.setStroke(HALO);
                    g.strokeText(n.text, x, spot[1] + HEIGHT / 2);
                    g.setFill(TEXT);
                    g.fillText(n.text, x, spot[1] + HEIGHT / 2);
                    break;
                }
            }
        }
        names.clear();
    }
}
