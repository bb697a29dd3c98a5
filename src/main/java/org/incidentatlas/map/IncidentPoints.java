package org.incidentatlas.map;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.paint.Color;
import org.incidentatlas.map.geo.Mercator;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Incident;

/**
 * The incidents and centres as flat arrays, projected once per list change, so a redraw after a pan or zoom
 * is only multiplications over primitive arrays. Incidents are kept largest marker first, the order they are
 * drawn in, so small markers stay visible on top of large ones.
 */
final class IncidentPoints {

    final Incident[] incidents;
    final double[] x;
    final double[] y;
    final MarkerSize[] size;
    final Color[] colour;
    final Center[] centers;
    final double[] centerX;
    final double[] centerY;
    private RecordSpellings spellings;
    private boolean background;

    private IncidentPoints(List<? extends Incident> source, List<? extends Center> centerList, ProjectionCache cache) {
        Incident[] list = source.toArray(Incident[]::new); // one pass over a filtered/sorted list, then an array
        int n = list.length;
        int[] slot = new int[n];
        incidents = new Incident[n];
        x = new double[n];
        y = new double[n];
        size = new MarkerSize[n];
        colour = new Color[n];
        int[] perSize = new int[MarkerSize.values().length];
        MarkerSize[] sizes = new MarkerSize[n];
        cache.trimFor(n);
        for (int i = 0; i < n; i++) {
            slot[i] = cache.slot(list[i]);
            sizes[i] = cache.size(slot[i]);
            perSize[sizes[i].ordinal()]++;
        }
        // counting sort, largest size first
        int[] next = new int[perSize.length];
        for (int s = perSize.length - 2, at = perSize[perSize.length - 1]; s >= 0; s--) {
            next[s] = at;
            at += perSize[s];
        }
        for (int i = 0; i < n; i++) {
            int k = next[sizes[i].ordinal()]++;
            incidents[k] = list[i];
            x[k] = cache.x(slot[i]);
            y[k] = cache.y(slot[i]);
            size[k] = sizes[i];
            colour[k] = cache.colour(slot[i]);
        }
        centers = centerList.toArray(Center[]::new);
        centerX = new double[centers.length];
        centerY = new double[centers.length];
        for (int i = 0; i < centers.length; i++) {
            centerX[i] = Mercator.x(centers[i].lon());
            centerY[i] = Mercator.y(centers[i].lat());
        }
    }

    static IncidentPoints of(List<? extends Incident> incidents, List<? extends Center> centers) {
        return new IncidentPoints(incidents, centers, new ProjectionCache());
    }

    /** The same, reusing what {@code cache} already worked out for incidents seen before. */
    static IncidentPoints of(List<? extends Incident> incidents, List<? extends Center> centers, ProjectionCache cache) {
        return new IncidentPoints(incidents, centers, cache);
    }

    /**
     * The records' own spellings of the places they are named after: worked out on first use (a picture's or a
     * test's redraw), or, once {@link #spellingsInBackground} was called, null until the background work is done.
     */
    RecordSpellings spellings() {
        if (spellings == null && !background) {
            spellings = RecordSpellings.of(this);
        }
        return spellings;
    }

    /**
     * Works the spellings out off the FX thread (tens of milliseconds at 100,000 incidents) and runs
     * {@code whenReady} on the FX thread once they are; until then {@link #spellings} is null and the basemap's
     * own spellings show. The arrays read are never changed after construction. FX thread.
     */
    void spellingsInBackground(Runnable whenReady) {
        if (spellings != null || background) {
            return;
        }
        background = true;
        CompletableFuture.supplyAsync(() -> RecordSpellings.of(this)).thenAccept(s -> Platform.runLater(() -> {
            spellings = s;
            whenReady.run();
        }));
    }

    /** The same centres without the incidents (a density view stands for them). */
    IncidentPoints centresOnly() {
        return new IncidentPoints(List.of(), List.of(centers), new ProjectionCache());
    }

    int size() {
        return incidents.length;
    }
}
