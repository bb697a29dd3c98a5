package org.incidentatlas.map;

import java.util.List;
import javafx.scene.paint.Color;
import org.incidentatlas.map.geo.Mercator;
import org.incidentatlas.model.Incident;

/**
 * The incidents of a playback's earlier frames, projected once (off the FX thread: {@link #of} reads nothing of
 * the scene), so drawing them faded after a pan or zoom is multiplications over arrays. They are the playback's
 * own list, apart from the one filtered list the markers show.
 */
public final class EarlierPoints {

    /** None: no playback, a cumulative one, or its first frame. */
    public static final EarlierPoints NONE = new EarlierPoints(List.of());

    private final List<Incident> incidents;
    final double[] x;
    final double[] y;
    final Color[] colour;

    private EarlierPoints(List<Incident> list) {
        incidents = List.copyOf(list);
        int n = incidents.size();
        x = new double[n];
        y = new double[n];
        colour = new Color[n];
        for (int i = 0; i < n; i++) {
            Incident inc = incidents.get(i);
            x[i] = Mercator.x(inc.lon());
            y[i] = Mercator.y(inc.lat());
            colour[i] = TypePalette.colour(inc.type());
        }
    }

    /** Projects {@code incidents}; call it in the background for a long list. */
    public static EarlierPoints of(List<? extends Incident> incidents) {
        return incidents.isEmpty() ? NONE : new EarlierPoints(List.copyOf(incidents));
    }

    /** The incidents, in the order given (a briefing of the frame draws them too). */
    public List<Incident> incidents() {
        return incidents;
    }

    public int size() {
        return x.length;
    }
}
