package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * Drives the real window headless (Monocle) on the bundled dataset: it opens, table and map share one selection,
 * About names the map's sources, an unforeseen error is a plain message, the layout comes back run after run.
 * Opening, reloading, broken datasets and imports are the workbench's and are tested there (WorkbenchTest).
 */
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
    void tableAndMapShareOneSelection() throws Exception {
        MainView view = lookup("#mainView").queryAs(MainView.class);
        @SuppressWarnings("unchecked")
        TableView<org.incidentatlas.model.Incident> table = lookup("#incidentTable").queryAs(TableView.class);
        org.incidentatlas.map.AtlasMap map = lookup("#atlasMap").queryAs(org.incidentatlas.map.AtlasMap.class);
        // table -> selection -> map (which pans to it)
        interact(() -> table.getSelectionModel().select(2));
        org.incidentatlas.model.Incident picked = table.getItems().get(2);
        assertEquals(picked, view.workbench().selectionProperty().get());
        // the map pans on the next pulse; its bounds follow the redraw after it. The view's centre is the
        // middle in Web Mercator, which for a tall view is not the middle latitude of its bounds.
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, () -> Math.abs(mercatorMiddle(map.getVisibleBounds()) - picked.lat()) < 0.01
                    && Math.abs(map.getVisibleBounds().centerLon() - picked.lon()) < 0.01);
        } catch (java.util.concurrent.TimeoutException e) {
            org.junit.jupiter.api.Assertions.fail("the map did not centre on " + picked.lat() + "," + picked.lon() + ": "
                    + map.getVisibleBounds() + " size " + map.getWidth() + "x" + map.getHeight());
        }
        // selection (as the map sets it on a click) -> table
        org.incidentatlas.model.Incident other = table.getItems().get(4);
        interact(() -> view.workbench().select(other));
        assertEquals(other, table.getSelectionModel().getSelectedItem());
        // a centre is not a table row: the table lets go
        interact(() -> view.workbench().select(view.workbench().datasetProperty().get().centers().get(0)));
        assertEquals(null, table.getSelectionModel().getSelectedItem());
    }

    @Test
    void aboutShowsTheMapAttribution() throws Exception {
        clickOn("Help").clickOn("#menuAbout");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#aboutDialog").tryQuery().isPresent());
        Label text = lookup("#aboutAttribution").queryAs(Label.class);
        assertTrue(text.getText().contains("COD-AB 2019"), text.getText());
        assertTrue(text.getText().contains("GeoNames"), text.getText());
        assertTrue(lookup("#aboutDialog").queryAs(DialogPane.class).getHeaderText().matches("Incident Atlas \\d+\\.\\d+.*"),
                "About names the version");
        DialogPane dialog = lookup("#aboutDialog").queryAs(DialogPane.class);
        interact(() -> ((javafx.scene.control.Button) dialog.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
    }

    @Test
    void anUnforeseenErrorIsAPlainMessageAndTheDataStays() throws Exception {
        long before = Files.exists(CrashGuard.logFile()) ? Files.size(CrashGuard.logFile()) : 0;
        javafx.application.Platform.runLater(() -> {
            throw new IllegalStateException("a bug nobody foresaw");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Something went wrong", dialog.getHeaderText());
        assertTrue(dialog.getContentText().contains("a bug nobody foresaw"), dialog.getContentText());
        assertFalse(dialog.getContentText().contains("at org."), "no stack trace for the analyst");
        assertTrue(Files.size(CrashGuard.logFile()) > before, "the details went to the log");
        assertTrue(Files.readString(CrashGuard.logFile()).contains("IllegalStateException: a bug nobody foresaw"));
        assertEquals(6, lookup("#incidentTable").queryAs(TableView.class).getItems().size());
        interact(() -> ((javafx.scene.control.Button) dialog.lookupButton(javafx.scene.control.ButtonType.OK)).fire());
    }

    @Test
    void theLayoutComesBackAsItWasLeftRunAfterRun() throws Exception {
        java.util.function.Supplier<double[]> positions = () -> lookup(".split-pane").queryAllAs(javafx.scene.control.SplitPane.class)
                .stream().flatMapToDouble(sp -> java.util.Arrays.stream(sp.getDividerPositions())).toArray();
        WaitForAsyncUtils.waitForFxEvents();
        double[] first = positions.get();
        for (int run = 0; run < 3; run++) {
            MainView view = lookup("#mainView").queryAs(MainView.class);
            interact(view::saveState);
            fixture.stop();
            stage = fixture.start(this, false);
            WaitForAsyncUtils.waitForFxEvents();
            double[] again = positions.get();
            assertEquals(first.length, again.length);
            for (int i = 0; i < first.length; i++) {
                assertEquals(first[i], again[i], 0.004, "divider " + i + " after run " + (run + 1) + ": "
                        + java.util.Arrays.toString(first) + " became " + java.util.Arrays.toString(again));
            }
        }
    }

    /**
     * The side panes come back at the width they were left at even when the window comes back at another size
     * (kept as a share of the width, the sources pane came back about twice as wide).
     */
    @Test
    void theSidePanesAndTheLegendComeBackAsLeftWhenTheWindowComesBackAtAnotherSize() throws Exception {
        java.util.function.Supplier<double[]> sides = () -> {
            javafx.scene.Node filters = lookup("#filterPane").query();
            javafx.scene.Node quotes = lookup("#quotePane").query();
            return new double[] {filters.getLayoutBounds().getWidth(), quotes.getLayoutBounds().getWidth()};
        };
        WaitForAsyncUtils.waitForFxEvents();
        double[] left = sides.get();
        MainView view = lookup("#mainView").queryAs(MainView.class);
        interact(() -> {
            view.map().legendCornerProperty().set(javafx.geometry.Pos.BOTTOM_LEFT);
            view.map().legendCollapsedProperty().set(true);
        });
        interact(view::saveState);
        java.util.prefs.Preferences.userRoot().node(System.getProperty("incidentatlas.prefs", "org/incidentatlas-tests"))
                .putDouble("window.width", stage.getWidth() - 250);
        fixture.stop();
        stage = fixture.start(this, false);
        WaitForAsyncUtils.waitForFxEvents();
        double[] back = sides.get();
        assertEquals(left[0], back[0], 3, "the filter pane's width");
        assertEquals(left[1], back[1], 3, "the sources pane's width");
        MainView again = lookup("#mainView").queryAs(MainView.class);
        assertEquals(javafx.geometry.Pos.BOTTOM_LEFT, again.map().legendCornerProperty().get(), "the legend's corner");
        assertTrue(again.map().legendCollapsedProperty().get(), "the legend stays folded");
    }

    /** The window does not shrink below 1024 x 640, and at that size the map still has room. */
    @Test
    void atTheSmallestWindowTheMapAndTablesStayUsable() throws Exception {
        assertEquals(MainView.MIN_WIDTH, stage.getMinWidth());
        assertEquals(MainView.MIN_HEIGHT, stage.getMinHeight());
        interact(() -> {
            stage.setWidth(MainView.MIN_WIDTH);
            stage.setHeight(MainView.MIN_HEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Region map = lookup("#mapArea").queryAs(javafx.scene.layout.Region.class);
        assertTrue(map.getWidth() >= 320 && map.getHeight() >= 200, map.getWidth() + " x " + map.getHeight());
        assertTrue(lookup("#incidentTable").queryAs(TableView.class).getHeight() > 60, "the table keeps some rows");
        assertTrue(lookup("#filterPane").queryAs(javafx.scene.layout.Region.class).getWidth() >= 180);
    }

    private static double mercatorMiddle(org.incidentatlas.model.GeoBounds b) {
        return org.incidentatlas.map.geo.Mercator.lat((org.incidentatlas.map.geo.Mercator.y(b.north())
                + org.incidentatlas.map.geo.Mercator.y(b.south())) / 2);
    }
}
