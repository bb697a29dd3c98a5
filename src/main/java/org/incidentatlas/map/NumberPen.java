package org.incidentatlas.map;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.incidentatlas.model.Incident;

/**
 * Writes the briefing's incident numbers on the map: white tags with a dark border, beside their markers or, where
 * that is taken, further out with a leader line to the marker (placed by {@link NumberPlacer}, so none overlap).
 */
final class NumberPen {

    /** The tag's height at unit 1, in map pixels. */
    static final double TAG_HEIGHT = 15;
    private static final Color INK = Color.web("#111111");
    /** The ink of leader lines: the numbers' and the centre tags' set off from their symbols alike. */
    static final Color LEADER = Color.web("#111111", 0.75);

    private NumberPen() {
    }

    /** @param keepOff boxes (x, y, width, height) the numbers keep off where they can: the centres' name tags */
    static List<MapPicture.NumberTag> draw(GraphicsContext g, Viewport v, List<MapPicture.Numbered> numbers, double unit,
                                           List<double[]> keepOff) {
        if (numbers.isEmpty()) {
            return List.of();
        }
        double h = TAG_HEIGHT * Math.max(1, unit);
        List<NumberPlacer.Wanted> wanted = new ArrayList<>(numbers.size());
        for (MapPicture.Numbered n : numbers) {
            Incident i = n.incident();
            wanted.add(new NumberPlacer.Wanted(n.number(), v.screenX(i.lon()), v.screenY(i.lat()),
                    MarkerSize.of(i.killed()).radius));
        }
        List<NumberPlacer.Tag> placed = NumberPlacer.place(wanted, v.width(), v.height(), h, keepOff);
        g.setLineWidth(1.2);
        g.setStroke(LEADER);
        for (NumberPlacer.Tag t : placed) {
            if (t.leader()) {
                double cx = t.x() + t.w() / 2;
                double cy = t.y() + t.h() / 2;
                g.strokeLine(t.pointX(), t.pointY(), cx, cy);
                g.setFill(LEADER);
                g.fillOval(t.pointX() - 1.8, t.pointY() - 1.8, 3.6, 3.6);
            }
        }
        g.setFont(Font.font("System", FontWeight.BOLD, h * 0.72));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        List<MapPicture.NumberTag> out = new ArrayList<>(placed.size());
        for (NumberPlacer.Tag t : placed) {
            g.setFill(Color.WHITE);
            g.fillRoundRect(t.x(), t.y(), t.w(), t.h(), 5, 5);
            g.setStroke(INK);
            g.setLineWidth(1.1);
            g.strokeRoundRect(t.x(), t.y(), t.w(), t.h(), 5, 5);
            g.setFill(INK);
            g.fillText(Integer.toString(t.number()), t.x() + t.w() / 2, t.y() + t.h() / 2 + 0.5);
            out.add(new MapPicture.NumberTag(t.number(), t.x(), t.y(), t.w(), t.h(), t.pointX(), t.pointY(), t.leader()));
        }
        return out;
    }
}
