package org.incidentatlas.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;

/** The fan of a few incidents of one cluster cell that stand at one place, used when zoomed out. */
final class FanOut {

    private FanOut() {
    }

    /**
     * Moves apart the markers of a few incidents of one cell that stand at one place (closer than IncidentPainter.FAN_NEAR to
     * another of them), around that place, in the order of their ids (so sorting the table does not move them),
     * with a line from each marker to its point. The others stay where they are.
     */
    static void apply(GraphicsContext g, IncidentPoints p, int[] visible, double[] rx, double[] ry, double[] sx,
                      double[] sy, int[] slots, int m) {
        int[] place = new int[m]; // which place each belongs to: the lowest slot index it is near, transitively
        for (int a = 0; a < m; a++) {
            place[a] = a;
        }
        for (boolean merged = true; merged; ) {
            merged = false;
            for (int a = 0; a < m; a++) {
                for (int b = a + 1; b < m; b++) {
                    if (place[a] != place[b] && Math.hypot(rx[slots[a]] - rx[slots[b]], ry[slots[a]] - ry[slots[b]]) < IncidentPainter.FAN_NEAR) {
                        int keep = Math.min(place[a], place[b]);
                        int drop = Math.max(place[a], place[b]);
                        for (int q = 0; q < m; q++) {
                            if (place[q] == drop) {
                                place[q] = keep;
                            }
                        }
                        merged = true;
                    }
                }
            }
        }
        for (int at = 0; at < m; at++) {
            List<Integer> here = new ArrayList<>(m);
            double cx = 0;
            double cy = 0;
            for (int q = 0; q < m; q++) {
                if (place[q] == at) {
                    here.add(slots[q]);
                    cx += rx[slots[q]];
                    cy += ry[slots[q]];
                }
            }
            if (here.size() < 2) {
                continue;
            }
            cx /= here.size();
            cy /= here.size();
            here.sort(Comparator.comparing(k -> p.incidents[visible[k]].id()));
            for (int r = 0; r < here.size(); r++) {
                int k = here.get(r);
                double angle = -Math.PI / 2 + 2 * Math.PI * r / here.size();
                sx[k] = cx + IncidentPainter.FAN_RADIUS * Math.cos(angle);
                sy[k] = cy + IncidentPainter.FAN_RADIUS * Math.sin(angle);
                g.strokeLine(rx[k], ry[k], sx[k], sy[k]);
            }
        }
    }

}
