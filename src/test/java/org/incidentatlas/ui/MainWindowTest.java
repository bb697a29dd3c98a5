package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.incidentatlas.TestFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless (Monocle): it opens the bundled dataset and survives a broken one. */
class MainWindowTest extends ApplicationTest {

    @TempDir
    Path temp;

    private Stage stage;
    private javafx.application.Application app;

    @BeforeEach
    void startApp() throws Exception {
        System.setProperty("incidentatlas.dataset", TestFiles.bundledDataset().toString());
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(AtlasApp.class);
        stage = (Stage) Window.getWindows().stream().filter(w -> w instanceof Stage && w.isShowing()).findFirst()
                .orElseThrow();
        waitForRows(6);
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupStages();
        FxToolkit.cleanupApplication(app);
        System.clearProperty("incidentatlas.dataset");
    }

    @Test
    void opensTheBundledDatasetListingItsIncidents() {
        TableView<?> table = lookup("#incidentTable").queryAs(TableView.class);
        assertEquals(6, table.getItems().size());
        assertTrue(stage.getTitle().startsWith("Northern Iraq"), stage.getTitle());
        String status = lookup("#statusText").queryAs(Label.class).getText();
        assertTrue(status.startsWith("6 incidents, 7 centres, 5 articles"), status);
        // default order: by date, then id
        Object first = table.getItems().get(0);
        assertTrue(first.toString().contains("prde-isis-attack-on-peshmerga"), first.toString());
    }

    @Test
    void aBrokenDatasetIsListedAndTheOpenOneStays() throws Exception {
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\n  \"format\": \"incident-atlas/1\",\n  \"title\": \"x\"\n  \"articles\": []\n}",
                StandardCharsets.UTF_8);
        MainView view = lookup("#mainView").queryAs(MainView.class);
        interact(() -> view.open(broken));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#problemsDialog").tryQuery().isPresent());
        DialogPane dialog = lookup("#problemsDialog").queryAs(DialogPane.class);
        assertTrue(dialog.getHeaderText().contains("broken.json was not opened"), dialog.getHeaderText());
        assertTrue(dialog.getHeaderText().contains("stays open"), dialog.getHeaderText());
        String listed = ((TextArea) dialog.lookup("#problemList")).getText();
        assertTrue(listed.contains("broken.json:4:3"), listed);
        assertTrue(listed.contains("not valid JSON"), listed);
        // what was open is still open
        assertEquals(6, lookup("#incidentTable").queryAs(TableView.class).getItems().size());
        assertTrue(stage.getTitle().startsWith("Northern Iraq"), stage.getTitle());
        Node ok = dialog.lookupButton(javafx.scene.control.ButtonType.OK);
        assertNotNull(ok);
        interact(() -> ((javafx.scene.control.Button) ok).fire());
    }

    @Test
    void tableAndMapShareOneSelection() throws Exception {
        MainView view = lookup("#mainView").queryAs(MainView.class);
        @SuppressWarnings("unchecked")
        TableView<org.incidentatlas.model.Incident> table = lookup("#incidentTable").queryAs(TableView.class);
        org.incidentatlas.map.AtlasMap map = lookup("#atlasMap").queryAs(org.incidentatlas.map.AtlasMap.class);
        // table -> selection -> map (which pans to it)
        interact(() -> table.getSelectionModel().select(2));
        org.incidentatlas.model.Incident picked = table.getItems().get(2);
        assertEquals(picked, view.selectionProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(picked.lat(), map.getVisibleBounds().centerLat(), 0.01);
        // selection (as the map sets it on a click) -> table
        org.incidentatlas.model.Incident other = table.getItems().get(4);
        interact(() -> view.selectionProperty().set(other));
        assertEquals(other, table.getSelectionModel().getSelectedItem());
        // a centre is not a table row: the table lets go
        interact(() -> view.selectionProperty().set(view.datasetProperty().get().centers().get(0)));
        assertEquals(null, table.getSelectionModel().getSelectedItem());
    }

    @Test
    void aboutShowsTheMapAttribution() throws Exception {
        clickOn("Help").clickOn("#menuAbout");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#aboutDialog").tryQuery().isPresent());
        Label text = lookup("#aboutAttribution").queryAs(Label.class);
        assertTrue(text.getText().contains("COD-AB 2019"), text.getText());
        assertTrue(text.getText().contains("GeoNames"), text.getText());
        DialogPane dialog = lookup("#aboutDialog").queryAs(DialogPane.class);
        interact(() -> ((javafx.scene.control.Button) dialog.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
    }

    private void waitForRows(int n) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> lookup("#incidentTable").tryQueryAs(TableView.class).map(t -> t.getItems().size() == n).orElse(false));
    }
}
