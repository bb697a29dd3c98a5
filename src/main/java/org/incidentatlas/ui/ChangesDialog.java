package org.incidentatlas.ui;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.incidentatlas.app.Comparisons;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.changes.DatasetDiff;
import org.incidentatlas.model.DisplayText;

/**
 * The diff in the window: every new, changed (with its fields) and removed incident of the comparison, as the
 * `diff` command lists them, and Export CSV… writing the same file as {@code diff --out}; Show only new (or
 * new or changed) sets the filter part "only new since" and closes the list.
 */
final class ChangesDialog {

    private ChangesDialog() {
    }

    static void show(Window owner, Workbench bench) {
        Comparisons.Comparison c = bench.comparisons().currentProperty().get();
        if (c == null) {
            return;
        }
        TableView<DatasetDiff.Change> table = new TableView<>(FXCollections.observableArrayList(c.diff().changes()));
        table.setId("changesTable");
        table.getColumns().add(column("Change", ch -> ch.kind() == DatasetDiff.Kind.GONE ? "removed"
                : ch.kind().name().toLowerCase(Locale.ROOT), 80));
        table.getColumns().add(column("Id", ch -> ch.incident().id(), 120));
        table.getColumns().add(column("Fields changed", ch -> String.join(", ", ch.fields()), 200));
        table.getColumns().add(column("Date", ch -> String.valueOf(ch.incident().dateStart()), 100));
        table.getColumns().add(column("Place", ch -> ch.incident().place(), 140));
        table.getColumns().add(column("Title", ch -> ch.incident().title(), 360));
        Label line = new Label(c.line() + " (" + String.format("%,d", c.diff().unchanged()) + " unchanged)");
        line.setId("changesLine");
        Button export = new Button("Export CSV\u2026");
        export.setId("changesExport");
        export.setOnAction(e -> bench.comparisons().chooseAndExport());
        Button onlyNew = new Button("Show only new");
        onlyNew.setId("changesOnlyNew");
        Button newOrChanged = new Button("Only new or changed");
        newOrChanged.setId("changesNewOrChanged");
        Button close = new Button("Close");
        HBox buttons = new HBox(8, onlyNew, newOrChanged, export, close);
        buttons.setPadding(new Insets(8, 0, 0, 0));
        BorderPane root = new BorderPane(table, line, null, buttons, null);
        BorderPane.setMargin(line, new Insets(0, 0, 8, 0));
        root.setPadding(new Insets(10));
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.setTitle("Changes " + c.label().replaceFirst("^the ", "since the "));
        close.setOnAction(e -> stage.close());
        onlyNew.setOnAction(e -> {
            bench.comparisons().showOnlyNew(false);
            stage.close();
        });
        newOrChanged.setOnAction(e -> {
            bench.comparisons().showOnlyNew(true);
            stage.close();
        });
        stage.setScene(new Scene(root, 1000, 600));
        stage.show();
    }

    private static TableColumn<DatasetDiff.Change, String> column(String name,
            Function<DatasetDiff.Change, String> get, double width) {
        TableColumn<DatasetDiff.Change, String> col = new TableColumn<>(name);
        col.setCellValueFactory(cell -> {
            String s = get.apply(cell.getValue());
            return new ReadOnlyStringWrapper(s == null ? "" : DisplayText.safe(s));
        });
        col.setPrefWidth(width);
        return col;
    }
}
