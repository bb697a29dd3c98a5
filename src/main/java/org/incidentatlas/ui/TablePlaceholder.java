package org.incidentatlas.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.model.Dataset;

/** What an empty table means: no dataset, an empty one, or filters that keep nothing (with a way out). */
final class TablePlaceholder {

    private TablePlaceholder() {
    }

    static Node create(Workbench bench) {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> {
            Dataset d = bench.datasetProperty().get();
            if (d == null) {
                return "No dataset open.";
            }
            return d.incidents().isEmpty() ? "This dataset has no incidents."
                    : String.format("No incidents pass the filters (%,d in the dataset).", d.incidents().size());
        }, bench.datasetProperty(), bench.filterProperty()));
        Button clear = new Button("Clear all filters");
        clear.visibleProperty().bind(Bindings.createBooleanBinding(() -> !bench.filterProperty().get().isEmpty(),
                bench.filterProperty()));
        clear.setOnAction(e -> bench.clearFilters());
        VBox box = new VBox(8, text, clear);
        box.setAlignment(Pos.CENTER);
        box.setId("tablePlaceholder");
        return box;
    }
}
