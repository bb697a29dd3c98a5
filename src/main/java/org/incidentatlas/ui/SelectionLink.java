package org.incidentatlas.ui;

import java.util.List;
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
    /**
     * The row of {@code record}, found by reference: the table's own look-up compares every row's fields
     * (records' equals), twice per selection, tens of milliseconds at 100,000 rows.
     */
    private static int rowOf(List<? extends AtlasRecord> rows, AtlasRecord record) {
        for (int k = 0, n = rows.size(); k < n; k++) {
            if (rows.get(k) == record) {
                return k;
            }
        }
        return -1;
    }

    static ObjectProperty<AtlasRecord> link(Workbench bench, IncidentTable table, CenterTable centerTable,
                                            TabPane tabs, Tab incidentsTab, Tab centresTab) {
        SelectionLink link = new SelectionLink();
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, i) -> link.fromTable(bench, i));
        centerTable.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> link.fromTable(bench, c));
        bench.selectionProperty().addListener((obs, old, r) -> {
            if (r instanceof Incident i) {
                centerTable.getSelectionModel().clearSelection();
                int row = rowOf(table.getItems(), i);
                if (table.getSelectionModel().getSelectedItem() != i && row >= 0) {
                    table.getSelectionModel().select(row);
                }
                if (!link.fromTable && row >= 0) {
                    tabs.getSelectionModel().select(incidentsTab);
                    table.reveal(row);
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
