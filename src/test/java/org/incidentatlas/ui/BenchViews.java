package org.incidentatlas.ui;

import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.incidentatlas.app.AppSettings;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.model.Incident;

/**
 * The window's parts as the benchmark ({@code org.incidentatlas.bench.Benchmark}) builds them: the whole main
 * view and the incident table alone. The benchmark remembers no settings of its own: it uses a preferences node
 * apart from the analyst's and the tests', and removes it when done.
 */
public final class BenchViews {

    public static final String PREFS = "org/incidentatlas-bench";

    private BenchViews() {
    }

    /** The app's main view over {@code bench}, with its stylesheet; loading and exports run on the caller's thread. */
    public static MainView mainView(Stage stage, Workbench bench) {
        return new MainView(stage, bench, new Settings(Preferences.userRoot().node(PREFS)));
    }

    /** A workbench as the window has one, whose work runs on the caller's thread and that asks no questions. */
    public static Workbench workbench() {
        return new Workbench(Runnable::run, Runnable::run, new NoDialogs(), new AppSettings(Preferences.userRoot().node(PREFS)),
                PlaceVariants.bundled());
    }

    /** The app's incident table over {@code bench}'s list (it binds the list's comparator: one table per workbench). */
    public static TableView<Incident> incidentTable(Workbench bench) {
        return new IncidentTable(bench);
    }

    public static String stylesheet() {
        return AtlasApp.class.getResource("atlas.css").toExternalForm();
    }

    public static void forgetSettings() throws BackingStoreException {
        Preferences.userRoot().node(PREFS).removeNode();
    }
}
