package org.incidentatlas.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

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

    @Override
    public void start(Stage stage) {
        MainView view = new MainView(stage, new DatasetLoader(background));
        stage.setTitle("Incident Atlas");
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
        System.out.println(READY_LINE);
        view.datasetProperty().addListener((obs, old, d) -> System.out.println(OPENED_LINE + d.file().getFileName()
                + " (" + d.incidents().size() + " incidents, " + d.centers().size() + " centres)"));
        view.open(initialDataset(getParameters().getRaw()));
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

    /** The file named on the command line, else the bundled dataset. */
    static Path initialDataset(List<String> args) {
        if (!args.isEmpty()) {
            return Path.of(args.get(0));
        }
        String configured = System.getProperty("incidentatlas.dataset");
        if (configured != null) {
            return Path.of(configured);
        }
        String projectDir = System.getProperty("incidentatlas.projectDir");
        Path bundled = Path.of("assets", "data", "incident-atlas.json");
        if (projectDir != null && Files.exists(Path.of(projectDir).resolve(bundled))) {
            return Path.of(projectDir).resolve(bundled);
        }
        return bundled.toAbsolutePath();
    }
}
