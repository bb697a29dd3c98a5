package org.incidentatlas.ui;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Button;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;

/** The buttons under the menu bar for what is done most: open, export, briefing, show all on the map. */
final class MainToolBar {

    private MainToolBar() {
    }

    /** @param noDataset true while no dataset is open: everything but Open is then disabled */
    static ToolBar create(Runnable open, Runnable exportCsv, Runnable briefing, Runnable zoomToAll,
                          ObservableBooleanValue noDataset) {
        Button exportButton = button("Export CSV", "toolExportCsv", "The incidents the table shows, as CSV (Ctrl+E)", exportCsv);
        Button briefingButton = button("Briefing snapshot", "toolBriefing",
                "The map, legend and filters as a PNG page for a briefing (Ctrl+Shift+S)", briefing);
        Button allButton = button("Zoom to all", "toolZoomToAll", "Show every incident on the map (Ctrl+0)", zoomToAll);
        for (Button b : new Button[] {exportButton, briefingButton, allButton}) {
            b.disableProperty().bind(noDataset);
        }
        ToolBar bar = new ToolBar(button("Open", "toolOpen", "Open a dataset (Ctrl+O)", open), new Separator(),
                exportButton, briefingButton, new Separator(), allButton);
        bar.setId("mainToolBar");
        return bar;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
