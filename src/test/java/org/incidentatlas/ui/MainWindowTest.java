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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real window headless (Monocle): it opens the bundled dataset and survives a broken one. */
class MainWindowTest extends ApplicationTest {

    @TempDir
    Path temp;

    private final AppFixture fixture = new AppFixture();
    private Stage stage;

    @BeforeEach
    void startApp() throws Exception {
        stage = fixture.start(this);
    }

    @AfterEach
    void stopApp() throws Exception {
        fixture.stop();
    }

    @Test
    void opensTheBundledDatasetListingItsIncidents() {
        TableView<?> table = lookup("#incidentTable").queryAs(TableView.class);
        assertEquals(6, table.getItems().size());
        assertTrue(stage.getTitle().startsWith("Northern Iraq"), stage.getTitle());
        String status = lookup("#statusText").queryAs(Label.class).getText();
        assertEquals("6 of 6 incidents", status);
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

}
