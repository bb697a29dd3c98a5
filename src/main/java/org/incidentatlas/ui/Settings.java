package org.incidentatlas.ui;

import java.util.prefs.Preferences;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.incidentatlas.map.AtlasMap;

/**
 * The window's own geometry between runs: its bounds, the side panes' widths, the map's share of the middle and
 * the table's column widths. The rest of what the app remembers is {@link org.incidentatlas.app.AppSettings},
 * on the same preferences node.
 */
final class Settings {

    private final Preferences prefs;

    Settings(Preferences prefs) {
        this.prefs = prefs;
    }

    void restoreWindow(Stage stage, double defaultWidth, double defaultHeight) {
        double w = Math.max(stage.getMinWidth(), prefs.getDouble("window.width", defaultWidth));
        double h = Math.max(stage.getMinHeight(), prefs.getDouble("window.height", defaultHeight));
        double x = prefs.getDouble("window.x", Double.NaN);
        double y = prefs.getDouble("window.y", Double.NaN);
        stage.setWidth(w);
        stage.setHeight(h);
        // only where the window would still be on a screen (a monitor may have gone)
        if (!Double.isNaN(x) && !Screen.getScreensForRectangle(new Rectangle2D(x, y, Math.min(w, 200), 50)).isEmpty()) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("window.maximized", false));
    }

    void saveWindow(Stage stage) {
        prefs.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            prefs.putDouble("window.x", stage.getX());
            prefs.putDouble("window.y", stage.getY());
            prefs.putDouble("window.width", stage.getWidth());
            prefs.putDouble("window.height", stage.getHeight());
        }
    }

    /**
     * The left and right panes of a three-part split come back at the width in pixels they were left at, whatever
     * the window's width now: a position kept as a share of the width put them elsewhere when the window came back
     * at another size (the sources pane came back twice as wide).
     */
    void restoreSides(String key, SplitPane split) {
        double width = split.getWidth();
        double left = prefs.getDouble("split." + key + ".leftPx", Double.NaN);
        double right = prefs.getDouble("split." + key + ".rightPx", Double.NaN);
        if (width <= 0 || Double.isNaN(left) || Double.isNaN(right) || left + right > width - 200) {
            return;
        }
        split.setDividerPositions(left / width, 1 - right / width);
    }

    void saveSides(String key, SplitPane split) {
        double[] p = split.getDividerPositions();
        double width = split.getWidth();
        if (p.length == 2 && width > 0) {
            prefs.putDouble("split." + key + ".leftPx", p[0] * width);
            prefs.putDouble("split." + key + ".rightPx", (1 - p[1]) * width);
        }
    }

    void restoreDividers(String key, SplitPane split) {
        double[] positions = split.getDividerPositions();
        for (int i = 0; i < positions.length; i++) {
            positions[i] = prefs.getDouble("split." + key + "." + i, positions[i]);
        }
        split.setDividerPositions(positions);
    }

    void saveDividers(String key, SplitPane split) {
        double[] positions = split.getDividerPositions();
        for (int i = 0; i < positions.length; i++) {
            prefs.putDouble("split." + key + "." + i, positions[i]);
        }
    }

    /** The map legend's corner and whether it is folded, as the analyst left them. */
    void restoreLegend(AtlasMap map) {
        try {
            map.legendCornerProperty().set(Pos.valueOf(prefs.get("legend.corner", Pos.TOP_RIGHT.name())));
        } catch (IllegalArgumentException e) {
            map.legendCornerProperty().set(Pos.TOP_RIGHT); // a damaged preference: the default
        }
        map.legendCollapsedProperty().set(prefs.getBoolean("legend.collapsed", false));
    }

    void saveLegend(AtlasMap map) {
        prefs.put("legend.corner", map.legendCornerProperty().get().name());
        prefs.putBoolean("legend.collapsed", map.legendCollapsedProperty().get());
    }

    void restoreColumns(String key, TableView<?> table) {
        for (TableColumn<?, ?> c : table.getColumns()) {
            double w = prefs.getDouble("columns." + key + "." + c.getText(), Double.NaN);
            if (!Double.isNaN(w) && w > 10) {
                c.setPrefWidth(w);
            }
        }
    }

    void saveColumns(String key, TableView<?> table) {
        for (TableColumn<?, ?> c : table.getColumns()) {
            prefs.putDouble("columns." + key + "." + c.getText(), c.getWidth());
        }
    }
}
