package org.incidentatlas.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.incidentatlas.BundledFiles;
import org.incidentatlas.filter.PlaceVariants;

/** The desktop application. Started through {@link org.incidentatlas.Main}. */
public final class AtlasApp extends Application {

    /** Printed once the window is on screen, so scripts can wait for it instead of sleeping. */
    public static final String READY_LINE = "Incident Atlas: window shown";

    /** Printed once the first dataset is on the map and every visible basemap tile is drawn. */
    public static final String MAP_READY_LINE = "Incident Atlas: map ready";

    /** Printed each time a dataset is shown, followed by its file name and counts. */
    public static final String OPENED_LINE = "Incident Atlas: opened ";

    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "dataset-reader");
        t.setDaemon(true);
        return t;
    });
    private MainView view;

    @Override
    public void start(Stage stage) {
        Settings settings = new Settings();
        Workbench bench = new Workbench(PlaceVariants.bundled());
        view = new MainView(stage, new DatasetLoader(background), settings, bench);
        stage.setTitle("Incident Atlas");
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().add(AtlasApp.class.getResource("atlas.css").toExternalForm());
        stage.setScene(scene);
        // first run: most of the screen, up to a comfortable 1600x1000; later runs: where the analyst left it
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        settings.restoreWindow(stage, Math.min(1600, screen.getWidth() * 0.92), Math.min(1000, screen.getHeight() * 0.92));
        stage.setOnCloseRequest(e -> view.saveState());
        stage.show();
        javafx.application.Platform.runLater(view::restoreLayout);
        CrashGuard.install(stage);
        System.out.println(READY_LINE);
        bench.datasetProperty().addListener((obs, old, d) -> System.out.println(OPENED_LINE + d.file().getFileName()
                + " (" + d.incidents().size() + " incidents, " + d.centers().size() + " centres)"));
        Start start = initialDataset(getParameters().getRaw(), settings.lastDataset());
        view.open(start.file(), start.note());
        announceMapReady(view);
    }

    /** Lets scripts (the screenshot) wait for a finished map rather than sleep. */
    private static void announceMapReady(MainView view) {
        javafx.animation.Timeline poll = new javafx.animation.Timeline();
        poll.getKeyFrames().add(new javafx.animation.KeyFrame(javafx.util.Duration.millis(100), e -> {
            if (view.datasetProperty().get() != null && view.map().tilesComplete()) {
                poll.stop();
                System.out.println(MAP_READY_LINE);
            }
        }));
        poll.setCycleCount(javafx.animation.Animation.INDEFINITE);
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
