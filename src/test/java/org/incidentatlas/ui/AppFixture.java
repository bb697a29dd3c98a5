package org.incidentatlas.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.incidentatlas.TestFiles;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts and stops the real application for a TestFX test, on a dataset the test names, with fresh settings. */
final class AppFixture {

    private Application app;
    private Stage stage;

    private Path dataset = TestFiles.bundledDataset();

    /** Starts on the bundled dataset (for the tests of the bundled dataset itself). */
    Stage start(FxRobot robot) throws Exception {
        return start(robot, true);
    }

    /** Starts on {@code file}, a dataset the test wrote. */
    Stage start(FxRobot robot, Path file) throws Exception {
        dataset = file;
        return start(robot, true);
    }

    /** @param freshSettings forget what earlier runs remembered (false: start as the analyst would the next day) */
    Stage start(FxRobot robot, boolean freshSettings) throws Exception {
        System.setProperty("incidentatlas.dataset", dataset.toString());
        if (freshSettings) {
            Preferences.userRoot().node(System.getProperty("incidentatlas.prefs", "org/incidentatlas-tests")).removeNode();
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(AtlasApp.class);
        stage = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).findFirst()
                .orElseThrow();
        // shown: the workbench has the dataset and the table all of its incidents
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#mainView").tryQueryAs(MainView.class)
                .map(v -> v.workbench().datasetProperty().get() != null && robot.lookup("#incidentTable")
                        .queryAs(TableView.class).getItems().size() == v.workbench().datasetProperty().get().incidents().size())
                .orElse(false));
        return stage;
    }

    void stop() throws Exception {
        FxToolkit.cleanupStages();
        FxToolkit.cleanupApplication(app);
        System.clearProperty("incidentatlas.dataset");
    }
}
