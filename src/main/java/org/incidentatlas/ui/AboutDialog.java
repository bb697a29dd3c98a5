package org.incidentatlas.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import javafx.scene.layout.GridPane;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentatlas.map.basemap.Attribution;

/** Help > About: what the app is, its licence, and the credit the map data requires. */
final class AboutDialog {

    private AboutDialog() {
    }

    /** @param mapCredit what the map shows now must be credited for (an MBTiles file's credit, then the bundled data's) */
    static Alert create(Window owner, String mapCredit) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("About Incident Atlas");
        alert.setHeaderText("Incident Atlas " + version());
        Label about = new Label("An offline map of security incidents; every point traceable to the words of its "
                + "source. It opens no network connection. Licence: GPL-3.0.");
        about.setWrapText(true);
        Label attribution = new Label(mapCredit == null || mapCredit.isBlank() ? Attribution.TEXT : mapCredit);
        attribution.setId("aboutAttribution");
        attribution.setWrapText(true);
        VBox box = new VBox(10, about, attribution);
        box.setPrefWidth(520);
        alert.getDialogPane().setContent(box);
        alert.getDialogPane().setId("aboutDialog");
        return alert;
    }

    /** The build's version, from a resource Maven fills in. */
    static String version() {
        try (InputStream in = AboutDialog.class.getResourceAsStream("/org/incidentatlas/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "(version unknown)");
        } catch (IOException e) {
            return "(version unknown)";
        }
    }

    /** Help > Keyboard shortcuts. */
    static Alert shortcuts(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts");
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(4);
        String[][] rows = {
            {"Ctrl+O", "Open a dataset"}, {"Ctrl+R", "Reload it"}, {"Ctrl+I", "Import a UCDP or ACLED CSV"},
            {"Ctrl+E", "Export the table's rows as CSV"}, {"Ctrl+Shift+S", "Briefing snapshot (PNG)"},
            {"Ctrl+Shift+G", "Export the playback (GIF, PNG frames)"},
            {"Ctrl+F", "Search"}, {"Ctrl+Shift+L", "Clear all filters"}, {"Esc", "Clear the selection"},
            {"\u2191 \u2193", "Move through a table; the map follows"}, {"Ctrl+0", "Zoom the map to all"}, {"Ctrl+L", "Map layers (basemap, overlays)"},
            {"Ctrl+Shift+M / H / X", "Map shows markers / heatmap / hexagon counts"},
            {"+ \u2212, arrows, Home", "Zoom, pan, show all (map focused)"},
            {"Ctrl+Shift+N", "New dataset"}, {"Ctrl+Shift+A", "Add an article"},
            {"Ctrl+S / Ctrl+Alt+S", "Save / Save As"}, {"Ctrl+Z / Ctrl+Shift+Z", "Undo / Redo"},
            {"Ctrl+N", "New incident"}, {"F2", "Edit the selected record"}, {"Ctrl+D", "Duplicate it"},
            {"Ctrl+Delete", "Delete it"}, {"Ctrl+Enter / Esc", "Keep / cancel the record being written"},
            {"Ctrl+Shift+B / Ctrl+Shift+D", "Compare with the last briefing / show the changes"},
            {"Ctrl+Shift+J", "Show only what is new since the comparison"},
            {"Esc, Ctrl+W", "Close an article"}, {"Ctrl+Q", "Quit"}};
        for (int r = 0; r < rows.length; r++) {
            Label keys = new Label(rows[r][0]);
            keys.setStyle("-fx-font-weight: bold;");
            grid.addRow(r, keys, new Label(rows[r][1]));
        }
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("shortcutsDialog");
        return alert;
    }
}
