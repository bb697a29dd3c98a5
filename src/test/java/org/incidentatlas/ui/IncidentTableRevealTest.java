package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.app.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** A row selected elsewhere is scrolled into view; a row already in view leaves the table where it is. */
class IncidentTableRevealTest extends ApplicationTest {

    @TempDir
    Path temp;

    private IncidentTable table;

    @Override
    public void start(Stage stage) throws Exception {
        Workbench bench = BenchViews.workbench();
        bench.open(TestDatasets.write(temp.resolve("d"), "atlas.json", "Rows", 300));
        table = (IncidentTable) BenchViews.incidentTable(bench);
        stage.setScene(new Scene(table, 900, 400));
        stage.show();
    }

    @AfterEach
    void forget() throws Exception {
        BenchViews.forgetSettings();
    }

    private int first() {
        return ((VirtualFlow<?>) table.lookup(".virtual-flow")).getFirstVisibleCell().getIndex();
    }

    private int last() {
        return ((VirtualFlow<?>) table.lookup(".virtual-flow")).getLastVisibleCell().getIndex();
    }

    @Test
    void revealScrollsOnlyWhenTheRowIsOutOfView() {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, first());
        interact(() -> table.reveal(250));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(first() <= 250 && 250 <= last(), "row 250 in view: " + first() + ".." + last());
        int top = first();
        interact(() -> table.reveal(top + 3));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(top, first(), "a row in view: no scroll");
        interact(() -> table.reveal(10));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(first() <= 10 && 10 <= last(), "back up to row 10: " + first() + ".." + last());
    }
}
