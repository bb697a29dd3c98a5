package org.incidentatlas.map;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * The coordination centres: their diamonds under the incident markers (an incident at a centre's point is the
 * subject and must not be hidden), and their names on white tags placed after the markers, where they hide
 * none: below the symbol, else above, right or left, else a ring further out with a leader line, and always
 * inside the view, so a tag at the map's edge is moved in rather than cut off.
 */
final class CentrePainter {

    static final int NAMES_FROM_ZOOM = 8;
    private static final Font FONT = Font.font("System", FontWeight.BOLD, 10.5);
    private static final double TAG_HEIGHT = 16;
    private static final double EDGE = 2;
    private static final double MARGIN = 24;
    /** Rings of spots tried around the symbol, each {@link #RING_STEP} px further out. */
    private static final int RINGS = 6;
    private static final double RING_STEP = 14;
    /** Room kept around a tag for a stack's count badge, drawn outside its disc. */
    private static final double PAD = 6;

    private final MarkerPen pen;
    private final Text measure = new Text();

    CentrePainter(MarkerPen pen) {
        this.pen = pen;
        measure.setFont(FONT);
    }

    void symbols(GraphicsContext g, Viewport v, IncidentPoints p, HitIndex hits) {
        for (int i = 0; i < p.centers.length; i++) {
            double x = p.centerX[i] * v.scale() - v.originX();
            double y = p.centerY[i] * v.scale() - v.originY();
            if (inView(v, x, y)) {
                pen.centre(g, x, y);
                hits.add(new HitIndex.Item(HitIndex.Kind.CENTER, x, y, MarkerPen.CENTER_SIZE, i, 1));
            }
        }
    }

    /**
     * The names, from {@link #NAMES_FROM_ZOOM}; {@code hits} already holds the markers drawn this time, {@code taken}
     * the boxes other names keep. Returns the name tags' boxes (x, y, width, height), so a briefing's numbers can
     * keep off them.
     */
    List<double[]> names(GraphicsContext g, Viewport v, IncidentPoints p, HitIndex hits, ScreenBoxes taken) {
        List<double[]> placed = new ArrayList<>();
        if (v.zoom() < NAMES_FROM_ZOOM) {
            return placed; // zoomed out, names would bury the basemap's; the tooltip names the centre
        }
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < p.centers.length; i++) {
            double x = p.centerX[i] * v.scale() - v.originX();
            double y = p.centerY[i] * v.scale() - v.originY();
            if (!inView(v, x, y)) {
                continue;
            }
            String name = p.centers[i].name();
            measure.setText(name);
            double[] box = place(x, y, measure.getLayoutBounds().getWidth() + 8, v, hits, taken);
            if (box != null) {
                taken.add(name, box[0], box[1], box[0] + box[2], box[1] + box[3]);
                if (box[4] > 0) {
                    leader(g, x, y, box);
                }
                pen.tag(g, name, box);
                placed.add(box);
            }
        }
        return placed;
    }

    /**
     * The first spot around the symbol whose tag hides no marker (nor a stack's count badge, which sits just
     * outside its disc: hence the padding) and no other tag: beside the symbol first (below, above, right, left),
     * then the same four a ring further out each time, where a leader line ties the tag to its symbol; when
     * every spot hides a marker, the one that hides the fewest (a name at a busy place still reads, over as
     * little of the data as it can); null when every spot meets another tag. The box's fifth element is 1 when
     * the tag stands off its symbol and needs its leader line.
     */
    static double[] place(double x, double y, double w, Viewport v, HitIndex hits, ScreenBoxes taken) {
        double s = MarkerPen.CENTER_SIZE;
        double[] fallback = null;
        int fewest = Integer.MAX_VALUE;
        for (int ring = 0; ring < RINGS; ring++) {
            double d = ring * RING_STEP;
            double[][] spots = {
                {x - w / 2, y + s + 3 + d}, {x - w / 2, y - s - 3 - TAG_HEIGHT - d},
                {x + s + 4 + d, y - TAG_HEIGHT / 2}, {x - s - 4 - w - d, y - TAG_HEIGHT / 2}};
            for (double[] spot : spots) {
                double bx = Math.max(EDGE, Math.min(v.width() - w - EDGE, spot[0]));
                double by = Math.max(EDGE, Math.min(v.height() - TAG_HEIGHT - EDGE, spot[1]));
                double[] box = {bx, by, w, TAG_HEIGHT, ring > 0 ? 1 : 0};
                if (taken.meets(bx, by, bx + w, by + TAG_HEIGHT)) {
                    continue;
                }
                int covered = hits.coveredCount(bx - PAD, by - PAD, bx + w + PAD, by + TAG_HEIGHT + PAD);
                if (covered == 0) {
                    return box;
                }
                if (covered < fewest) {
                    fewest = covered;
                    fallback = box;
                }
            }
        }
        return fallback;
    }

    /** A thin line from the symbol to the nearest point of its tag, for a tag placed a ring out (the numbers' ink). */
    private static void leader(GraphicsContext g, double x, double y, double[] box) {
        double nx = Math.max(box[0], Math.min(box[0] + box[2], x));
        double ny = Math.max(box[1], Math.min(box[1] + box[3], y));
        g.setStroke(NumberPen.LEADER);
        g.setLineWidth(1);
        g.strokeLine(x, y, nx, ny);
    }

    private static boolean inView(Viewport v, double x, double y) {
        return x >= -MARGIN && y >= -MARGIN && x <= v.width() + MARGIN && y <= v.height() + MARGIN;
    }
}
