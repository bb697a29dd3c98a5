package org.incidentatlas.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * What the app remembers between runs: window bounds, split positions, column widths, the last dataset and
 * recent files. Kept in the user's Java preferences under {@code incidentatlas.prefs} (default
 * {@code org/incidentatlas}); tests use a node of their own.
 */
final class Settings {

    static final int RECENT_MAX = 8;
    private final Preferences prefs;

    Settings() {
        this(System.getProperty("incidentatlas.prefs", "org/incidentatlas"));
    }

    Settings(String node) {
        this.prefs = Preferences.userRoot().node(node);
    }

    void restoreWindow(Stage stage, double defaultWidth, double defaultHeight) {
        double w = prefs.getDouble("window.width", defaultWidth);
        double h = prefs.getDouble("window.height", defaultHeight);
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

    List<Path> recentFiles() {
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < RECENT_MAX; i++) {
            String s = prefs.get("recent." + i, null);
            if (s != null) {
                out.add(Path.of(s));
            }
        }
        return out;
    }

    /** Puts {@code file} first in the recent files and remembers it as the last dataset. */
    void opened(Path file) {
        List<Path> recent = new ArrayList<>(recentFiles());
        recent.remove(file);
        recent.add(0, file);
        for (int i = 0; i < RECENT_MAX; i++) {
            if (i < recent.size()) {
                prefs.put("recent." + i, recent.get(i).toString());
            } else {
                prefs.remove("recent." + i);
            }
        }
    }

    Path lastDataset() {
        List<Path> recent = recentFiles();
        return recent.isEmpty() ? null : recent.get(0);
    }

    /** Writes to the backing store; called on exit, off the FX thread where possible. */
    void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            System.err.println("Incident Atlas: settings could not be saved (" + e.getMessage() + ")");
        }
    }

    void clear() {
        try {
            prefs.clear();
        } catch (BackingStoreException e) {
            throw new IllegalStateException(e);
        }
    }
}
