package org.incidentatlas.ui;

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

/** Starts and stops the real application for a TestFX test, on the bundled dataset, with fresh settings. */
final class AppFixture {

    private Application app;
    private Stage stage;

    Stage start(FxRobot robot) throws Exception {
        return start(robot, true);
    }

    /** @param freshSettings forget what earlier runs remembered (false: start as the analyst would the next day) */
    Stage start(FxRobot robot, boolean freshSettings) throws Exception {
        System.setProperty("incidentatlas.dataset", TestFiles.bundledDataset().toString());
        if (freshSettings) {
            Preferences.userRoot().node(System.getProperty("incidentatlas.prefs", "org/incidentatlas-tests")).removeNode();
        }
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(AtlasApp.class);
        stage = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).findFirst()
                .orElseThrow();
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup("#incidentTable").tryQueryAs(TableView.class)
                .map(t -> t.getItems().size() == 6).orElse(false));
        return stage;
    }

    void stop() throws Exception {
        FxToolkit.cleanupStages();
        FxToolkit.cleanupApplication(app);
        System.clearProperty("incidentatlas.dataset");
    }
}
