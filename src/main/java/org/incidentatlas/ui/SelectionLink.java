package org.incidentatlas.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Incident;

/**
 * The tables and the map show the workbench's one selection and change it only through
 * {@link Workbench#select}: a row clicked selects its record; a record selected elsewhere is selected in its
 * table, whose tab comes forward and scrolls to it.
 */
final class SelectionLink {

    private boolean fromTable;

    private SelectionLink() {
    }

    /**
     * Links the tables to the selection and returns the property the map reads and writes; a write to it is
     * turned into {@link Workbench#select}.
     */
    static ObjectProperty<AtlasRecord> link(Workbench bench, IncidentTable table, CenterTable centerTable,
                                            TabPane tabs, Tab incidentsTab, Tab centresTab) {
        SelectionLink link = new SelectionLink();
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, i) -> link.fromTable(bench, i));
        centerTable.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> link.fromTable(bench, c));
        bench.selectionProperty().addListener((obs, old, r) -> {
            if (r instanceof Incident i) {
                centerTable.getSelectionModel().clearSelection();
                if (table.getSelectionModel().getSelectedItem() != i) {
                    table.getSelectionModel().select(i);
                }
                if (!link.fromTable) {
                    tabs.getSelectionModel().select(incidentsTab);
                    table.scrollTo(i);
                }
            } else if (r instanceof Center c) {
                table.getSelectionModel().clearSelection();
                if (centerTable.getSelectionModel().getSelectedItem() != c) {
                    centerTable.getSelectionModel().select(c);
                }
                if (!link.fromTable) {
                    tabs.getSelectionModel().select(centresTab);
                    centerTable.scrollTo(c);
                }
            } else {
                table.getSelectionModel().clearSelection();
                centerTable.getSelectionModel().clearSelection();
            }
        });
        // the map component keeps a property it reads and sets; it mirrors the workbench's and forwards writes
        ObjectProperty<AtlasRecord> forMap = new SimpleObjectProperty<>(bench.selectionProperty().get());
        bench.selectionProperty().addListener((obs, old, r) -> forMap.set(r));
        forMap.addListener((obs, old, r) -> {
            if (bench.selectionProperty().get() != r) {
                bench.select(r);
            }
        });
        return forMap;
    }

    private void fromTable(Workbench bench, AtlasRecord r) {
        if (r != null && bench.selectionProperty().get() != r) {
            fromTable = true;
            try {
                bench.select(r);
            } finally {
                fromTable = false;
            }
        }
    }
}
