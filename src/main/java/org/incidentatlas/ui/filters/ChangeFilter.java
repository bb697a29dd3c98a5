package org.incidentatlas.ui.filters;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.incidentatlas.app.Comparisons;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.filter.IncidentFilter;

/**
 * The filter pane's "Changes" section, shown while a comparison is set (File > Compare): every incident, only the
 * new ones, or the new and changed ones since the compared version. The choice is a part of the one filter, so
 * the table, map, counts and exports follow it, and it goes when the comparison is cleared.
 */
final class ChangeFilter {

    private static final String ALL = "All incidents";
    private static final String NEW = "Only new";
    private static final String NEW_OR_CHANGED = "Only new or changed";

    private final VBox box;
    private boolean showing;

    ChangeFilter(Workbench bench) {
        Comparisons comparisons = bench.comparisons();
        ChoiceBox<String> choice = new ChoiceBox<>();
        choice.setId("filterSince");
        choice.getItems().setAll(ALL, NEW, NEW_OR_CHANGED);
        choice.setValue(ALL);
        choice.setMaxWidth(Double.MAX_VALUE);
        Label since = new Label();
        since.setWrapText(true);
        since.textProperty().bind(Bindings.createStringBinding(() -> {
            Comparisons.Comparison c = comparisons.currentProperty().get();
            return c == null ? "" : "Since " + c.label() + ":";
        }, comparisons.currentProperty()));
        choice.valueProperty().addListener((o, was, v) -> {
            if (showing || v == null) {
                return;
            }
            if (v.equals(ALL)) {
                comparisons.showAll();
            } else {
                comparisons.showOnlyNew(v.equals(NEW_OR_CHANGED));
            }
        });
        bench.filterProperty().addListener((o, was, f) -> {
            IncidentFilter.Since s = f.since();
            showing = true;
            try {
                choice.setValue(s == null ? ALL : s.changedToo() ? NEW_OR_CHANGED : NEW);
            } finally {
                showing = false;
            }
        });
        box = new VBox(4, since, choice);
    }

    VBox content() {
        return box;
    }
}
