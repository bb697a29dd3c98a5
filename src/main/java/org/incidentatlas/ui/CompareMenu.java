package org.incidentatlas.ui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.incidentatlas.app.Comparisons;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.filter.IncidentFilter;

/**
 * File > Compare: since the last briefing or an earlier version; only the new (or new and changed) incidents
 * shown; the changes listed; cleared.
 */
final class CompareMenu {

    private CompareMenu() {
    }

    static Menu create(Window owner, Workbench bench) {
        Comparisons c = bench.comparisons();
        MenuItem last = new MenuItem("With the last briefing");
        last.setId("menuCompareLastBriefing");
        last.setOnAction(e -> c.compareWithLastBriefing());
        last.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+B"));
        MenuItem other = new MenuItem("With an earlier version\u2026");
        other.setId("menuCompareWith");
        other.setOnAction(e -> c.chooseAndCompare());
        MenuItem list = new MenuItem("Show changes\u2026");
        list.setId("menuShowChanges");
        list.setOnAction(e -> ChangesDialog.show(owner, bench));
        list.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+D"));
        MenuItem clear = new MenuItem("Clear comparison");
        clear.setId("menuClearComparison");
        clear.setOnAction(e -> c.clear());
        last.disableProperty().bind(bench.datasetProperty().isNull());
        other.disableProperty().bind(bench.datasetProperty().isNull());
        list.disableProperty().bind(c.currentProperty().isNull());
        clear.disableProperty().bind(c.currentProperty().isNull());
        ToggleGroup shown = new ToggleGroup();
        RadioMenuItem all = new RadioMenuItem("Show all incidents");
        all.setId("menuShowAllIncidents");
        all.setOnAction(e -> c.showAll());
        RadioMenuItem onlyNew = new RadioMenuItem("Show only new");
        onlyNew.setId("menuShowOnlyNew");
        onlyNew.setAccelerator(KeyCombination.keyCombination("Shortcut+Shift+J"));
        onlyNew.setOnAction(e -> c.showOnlyNew(false));
        RadioMenuItem newOrChanged = new RadioMenuItem("Show only new or changed");
        newOrChanged.setId("menuShowNewOrChanged");
        newOrChanged.setOnAction(e -> c.showOnlyNew(true));
        for (RadioMenuItem r : new RadioMenuItem[] {all, onlyNew, newOrChanged}) {
            r.setToggleGroup(shown);
            r.disableProperty().bind(c.currentProperty().isNull());
        }
        all.setSelected(true);
        bench.filterProperty().addListener((o, was, f) -> {
            IncidentFilter.Since s = f.since();
            (s == null ? all : s.changedToo() ? newOrChanged : onlyNew).setSelected(true);
        });
        Menu menu = new Menu("Compare", null, last, other, new SeparatorMenuItem(), all, onlyNew, newOrChanged,
                new SeparatorMenuItem(), list, clear);
        menu.setId("menuCompare");
        return menu;
    }
}
