package org.incidentatlas.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.ui.edit.Authoring;

/** The Edit menu: undo and redo saying what they would undo, and the commands on the selected record. */
final class EditMenu {

    private EditMenu() {
    }

    static Menu create(Stage stage, Workbench bench, Authoring authoring) {
        MenuItem undo = MainMenus.item("Undo", "menuUndo", "Shortcut+Z", bench.editing()::undo);
        undo.textProperty().bind(Bindings.when(bench.editing().undoLabelProperty().isEmpty()).then("Undo")
                .otherwise(Bindings.concat("Undo ", bench.editing().undoLabelProperty())));
        undo.disableProperty().bind(bench.editing().undoLabelProperty().isEmpty());
        MenuItem redo = MainMenus.item("Redo", "menuRedo", "Shortcut+Shift+Z", bench.editing()::redo);
        redo.textProperty().bind(Bindings.when(bench.editing().redoLabelProperty().isEmpty()).then("Redo")
                .otherwise(Bindings.concat("Redo ", bench.editing().redoLabelProperty())));
        redo.disableProperty().bind(bench.editing().redoLabelProperty().isEmpty());
        MenuItem incident = MainMenus.item("New incident", "menuNewIncident", "Shortcut+N", authoring::newIncident);
        incident.disableProperty().bind(bench.datasetProperty().isNull());
        MenuItem edit = MainMenus.item("Edit selected\u2026", "menuEditSelected", "F2", authoring::editSelected);
        MenuItem duplicate = MainMenus.item("Duplicate selected", "menuDuplicate", "Shortcut+D", authoring::duplicateSelected);
        MenuItem delete = MainMenus.item("Delete selected", "menuDelete", "Shortcut+Delete", authoring::deleteSelected);
        for (MenuItem m : new MenuItem[] {edit, duplicate, delete}) {
            m.disableProperty().bind(bench.selectionProperty().isNull());
        }
        AliasesDialog[] aliases = new AliasesDialog[1]; // made at first use: most sessions never open it
        MenuItem aliasItem = MainMenus.item("Aliases\u2026", "menuAliases", "Shortcut+Alt+A", () -> {
            if (aliases[0] == null) {
                aliases[0] = new AliasesDialog(stage, bench);
            }
            aliases[0].show();
        });
        aliasItem.disableProperty().bind(bench.datasetProperty().isNull());
        return new Menu("Edit", null, undo, redo, new SeparatorMenuItem(), incident, edit, duplicate, delete,
                new SeparatorMenuItem(), aliasItem);
    }
}
