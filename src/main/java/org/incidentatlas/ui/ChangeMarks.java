package org.incidentatlas.ui;

import java.util.function.Function;
import javafx.scene.paint.Color;
import org.incidentatlas.app.Comparisons;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.changes.DatasetDiff;
import org.incidentatlas.map.AtlasMap;
import org.incidentatlas.model.Incident;

/** The map's rings for "since the comparison": purple round the new, amber round the changed (no incident type uses either); none when cleared. */
final class ChangeMarks {

    static final Color NEW = Color.web("#7B1FA2");
    static final Color CHANGED = Color.web("#E08A00");

    private ChangeMarks() {
    }

    static void follow(Workbench bench, AtlasMap map) {
        bench.comparisons().currentProperty().addListener((o, was, now) -> map.setChangeMarks(marks(now)));
    }

    private static Function<Incident, Color> marks(Comparisons.Comparison c) {
        if (c == null) {
            return null; // the painter then asks no incident
        }
        return i -> c.kindOf(i).map(k -> k == DatasetDiff.Kind.NEW ? NEW : CHANGED).orElse(null);
    }
}
