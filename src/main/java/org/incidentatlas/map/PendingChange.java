package org.incidentatlas.map;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.incidentatlas.model.Incident;

/**
 * What the incident list lost and gained since the map last built its points. An edit replaces one or a few
 * incidents; patching the points with them (instead of building them from the whole list again) keeps an edit's
 * redraw at 100,000 incidents well inside a frame. A filter change, a sort or a new dataset replaces much of the
 * list and is built anew: past {@value #MOST} records a patch saves nothing.
 */
final class PendingChange {

    private static final int MOST = 64;

    private final List<Incident> removed = new ArrayList<>();
    private final List<Incident> added = new ArrayList<>();
    private boolean whole;

    /** Notes a change of the incident list. */
    void note(ListChangeListener.Change<? extends Incident> c) {
        while (!whole && c.next()) {
            if (c.wasPermutated() || c.wasUpdated()
                    || removed.size() + added.size() + c.getRemovedSize() + c.getAddedSize() > MOST) {
                whole = true;
            } else {
                removed.addAll(c.getRemoved());
                added.addAll(c.getAddedSubList());
            }
        }
    }

    /** Something other than the incidents changed (the centres, the density view): the points are built anew. */
    void noteWhole() {
        whole = true;
    }

    /**
     * The points patched with what changed, or null when they are to be built from the list: a large change, or
     * points that do not hold what the change removed. Forgets what was noted.
     */
    IncidentPoints patch(IncidentPoints old, int listSize, ProjectionCache cache) {
        try {
            if (whole || old.size() - removed.size() + added.size() != listSize) {
                return null;
            }
            return old.patched(removed, added, cache);
        } finally {
            removed.clear();
            added.clear();
            whole = false;
        }
    }
}
