package org.incidentatlas.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.incidentatlas.app.BundledFiles;
import org.incidentatlas.app.AppSettings;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.filter.PlaceVariants;

/** The desktop application. Started through {@link org.incidentatlas.Main}. */
public final class AtlasApp extends Application {

    /** Printed once the window is on screen, so scripts can wait for it instead of sleeping. */
    public static final String READY_LINE = "Incident Atlas: window shown";

    /** Printed once the first dataset is on the map and every visible basemap tile is drawn. */
    public static final String MAP_READY_LINE = "Incident Atlas: map ready";

    /** Printed each time a dataset is shown, followed by its file name and counts. */
    public static final String OPENED_LINE = "Incident Atlas: opened ";

    /** The long work (reads, counts, imports, exports): a few daemon threads, so a count never waits for a read. */
    private final ExecutorService background = Executors.newFixedThreadPool(3, r -> {
        Thread t = new Thread(r, "incident-atlas-background");
        t.setDaemon(true);
        return t;
    });
    private MainView view;

    @Override
    public void start(Stage stage) {
        Preferences node = AppSettings.defaultNode();
        AppSettings appSettings = new AppSettings(node);
        Workbench bench = new Workbench(background, Platform::runLater, new FxDialogService(stage), appSettings,
                PlaceVariants.bundled());
        view = new MainView(stage, bench, new Settings(node));
        stage.setTitle("Incident Atlas");
        stage.setMinWidth(MainView.MIN_WIDTH);
        stage.setMinHeight(MainView.MIN_HEIGHT);
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(AtlasApp.class.getResource("atlas.css").toExternalForm());
        stage.setScene(scene);
        // first run: most of the screen, up to a comfortable 1600x1000; later runs: where the analyst left it
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        new Settings(node).restoreWindow(stage, Math.min(1600, screen.getWidth() * 0.92), Math.min(1000, screen.getHeight() * 0.92));
        stage.setOnCloseRequest(view::closeRequested);
        stage.show();
        Platform.runLater(view::restoreLayout);
        CrashGuard.install(stage);
        System.out.println(READY_LINE);
        bench.datasetProperty().addListener((obs, old, d) -> {
            if (!bench.changingByEdit()) {
                System.out.println(OPENED_LINE + d.file().getFileName() + " (" + d.incidents().size() + " incidents, "
                        + d.centers().size() + " centres)");
            }
        });
        Start start = initialDataset(getParameters().getRaw(), appSettings.lastDataset());
        if (!bench.files().offerRecovery()) {
            bench.open(start.file(), start.note());
        }
        announceMapReady(view);
    }

    /** Lets scripts (the screenshot) wait for a finished map rather than sleep. */
    private static void announceMapReady(MainView view) {
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(100), e -> {
            if (view.workbench().datasetProperty().get() != null && view.map().tilesComplete()) {
                poll.stop();
                System.out.println(MAP_READY_LINE);
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
    }

    @Override
    public void stop() {
        background.shutdownNow();
    }

    /** The dataset to open first, and what to say about the choice (null: nothing). */
    record Start(Path file, String note) { }

    /**
     * The file named on the command line, else the one set by property, else the last one opened, else the
     * bundled one; when the last one opened is gone, the note says so.
     */
    static Start initialDataset(List<String> args, Path last) {
        if (!args.isEmpty()) {
            return new Start(Path.of(args.get(0)), null);
        }
        String configured = System.getProperty("incidentatlas.dataset");
        if (configured != null) {
            return new Start(Path.of(configured), null);
        }
        if (last != null && Files.isRegularFile(last)) {
            return new Start(last, null);
        }
        String note = last == null ? null
                : "The last dataset, " + last + ", is no longer there; the bundled one is open.";
        return new Start(BundledFiles.ofThisRun().dataset(), note);
    }
}
