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
 * drawn in, so small markers stay visible on top of large ones. An edit that replaces a few incidents of the list
 * is {@linkplain #patched patched} into a copy rather than built again from the whole list.
 */
final class IncidentPoints {

    final Incident[] incidents;
    final double[] x;
    final double[] y;
    final MarkerSize[] size;
    final Color[] colour;
    /** Each incident's type as a code into {@link #typeNames}: counting and collecting types without hashing. */
    final int[] typeCode;
    final String[] typeNames;
    final Center[] centers;
    final double[] centerX;
    final double[] centerY;
    private RecordSpellings spellings;
    /** A patched list's spellings until its own are worked out: a name does not flicker at each edit. */
    private RecordSpellings interim;
    private boolean background;
    /** False for a patch that did not find each removed incident once among the points. */
    private boolean complete = true;

    private IncidentPoints(List<? extends Incident> source, List<? extends Center> centerList, ProjectionCache cache) {
        Incident[] list = source.toArray(Incident[]::new); // one pass over a filtered/sorted list, then an array
        int n = list.length;
        int[] slot = new int[n];
        incidents = new Incident[n];
        x = new double[n];
        y = new double[n];
        size = new MarkerSize[n];
        colour = new Color[n];
        typeCode = new int[n];
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
            typeCode[k] = cache.type(slot[i]);
        }
        typeNames = cache.typeNames();
        centers = centerList.toArray(Center[]::new);
        centerX = new double[centers.length];
        centerY = new double[centers.length];
        for (int i = 0; i < centers.length; i++) {
            centerX[i] = Mercator.x(centers[i].lon());
            centerY[i] = Mercator.y(centers[i].lat());
        }
    }

    /**
     * The patched copy: the kept points in their order, each added one at the end of its marker size's run.
     * {@code removed} is a handful of records: each point is compared with them by reference, which reads no
     * record (a hash set of them would read every record's header, a cache miss per point at 100,000).
     */
    private IncidentPoints(IncidentPoints old, Incident[] removed, List<? extends Incident> added, ProjectionCache cache) {
        int n = old.size() - removed.length + added.size();
        incidents = new Incident[n];
        x = new double[n];
        y = new double[n];
        size = new MarkerSize[n];
        colour = new Color[n];
        typeCode = new int[n];
        int[] slots = new int[added.size()];
        for (int a = 0; a < slots.length; a++) {
            slots[a] = cache.slot(added.get(a));
        }
        typeNames = cache.typeNames(); // after the added ones' slots: a new type has its code
        int i = 0;
        int k = 0;
        int dropped = 0;
        for (int s = MarkerSize.values().length - 1; s >= 0; s--) {
            for (; i < old.size() && old.size[i].ordinal() == s; i++) {
                if (among(removed, old.incidents[i])) {
                    dropped++;
                } else if (k < n) {
                    incidents[k] = old.incidents[i];
                    x[k] = old.x[i];
                    y[k] = old.y[i];
                    size[k] = old.size[i];
                    colour[k] = old.colour[i];
                    typeCode[k] = old.typeCode[i];
                    k++;
                }
            }
            for (int a = 0; a < slots.length && k < n; a++) {
                if (cache.size(slots[a]).ordinal() == s) {
                    incidents[k] = added.get(a);
                    x[k] = cache.x(slots[a]);
                    y[k] = cache.y(slots[a]);
                    size[k] = cache.size(slots[a]);
                    colour[k] = cache.colour(slots[a]);
                    typeCode[k] = cache.type(slots[a]);
                    k++;
                }
            }
        }
        complete = dropped == removed.length && k == n;
        centers = old.centers;
        centerX = old.centerX;
        centerY = old.centerY;
        interim = old.spellings != null ? old.spellings : old.interim;
    }

    private static boolean among(Incident[] removed, Incident i) {
        for (Incident r : removed) {
            if (r == i) {
                return true;
            }
        }
        return false;
    }

    /**
     * These points less {@code removed} and with {@code added}, or null when the removed incidents are not each
     * once among them (the caller then builds the points from its list). A pass over the arrays, not a look-up
     * per incident: an edit's redraw at 100,000 incidents does not pay for a rebuild.
     */
    IncidentPoints patched(List<? extends Incident> removed, List<? extends Incident> added, ProjectionCache cache) {
        Incident[] gone = removed.toArray(Incident[]::new);
        for (int a = 0; a < gone.length; a++) {
            for (int b = a + 1; b < gone.length; b++) {
                if (gone[a] == gone[b]) {
                    return null; // removed twice
                }
            }
        }
        IncidentPoints p = new IncidentPoints(this, gone, added, cache);
        return p.complete ? p : null;
    }

    /** How many incidents there are of each type code. */
    int[] typeCounts() {
        int[] counts = new int[typeNames.length];
        for (int t : typeCode) {
            counts[t]++;
        }
        return counts;
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
     * test's redraw), or, once {@link #spellingsInBackground} was called, null (a patched copy: the spellings of
     * the points it was patched from) until the background work is done.
     */
    RecordSpellings spellings() {
        if (spellings == null && !background) {
            spellings = RecordSpellings.of(this);
        }
        return spellings != null ? spellings : interim;
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
