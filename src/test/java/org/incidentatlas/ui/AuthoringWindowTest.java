package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.map.AtlasMap;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole authoring loop in the real window, as an analyst does it: add today's article, select a passage
 * with the mouse, make an incident of it, place it through the offline lookup, save, open the file again, and
 * find the incident in the table, on the map and in the sources pane, its quote verified and highlighted.
 */
class AuthoringWindowTest extends ApplicationTest {

    private static final String PASSAGE = "Gunmen attacked the Prde checkpoint at dawn on Sunday, killing two guards.";
    private static final String ARTICLE = "PRDE, Iraq (Test Wire). Security forces were on alert on Sunday.\n\n"
            + PASSAGE + "\n\nA police officer said the attackers fled towards the hills.\n";

    @TempDir
    Path temp;

    private final AppFixture fixture = new AppFixture();
    private Workbench bench;
    private Path file;

    @BeforeEach
    void startApp() throws Exception {
        file = TestDatasets.write(temp.resolve("authoring"), "atlas.json", "Authoring atlas", 30);
        fixture.start(this, file);
        bench = lookup("#mainView").queryAs(MainView.class).workbench();
    }

    @AfterEach
    void stopApp() throws Exception {
        fixture.stop();
    }

    private void waitFor(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; the status says \"" + bench.statusProperty().get() + " / " + bench.messageProperty().get()
                    + "\"; unsaved " + bench.editing().hasUnsavedChanges() + " undo " + bench.editing().undoLabelProperty().get()
                    + "\"; windows: " + Window.getWindows().stream().map(w -> w.getScene() == null ? "?"
                    : String.valueOf(w.getScene().getRoot().lookupAll(".label").stream().map(n -> ((Label) n).getText())
                    .toList())).toList(), e);
        }
    }

    @Test
    void fromAnArticleToASavedQuotedMappedIncident() throws Exception {
        // File > Add article (Ctrl+Shift+A): paste the text, say where it is from
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor("the add-article dialog", () -> lookup("#addArticleDialog").tryQuery().isPresent());
        interact(() -> lookup("#articleTextInput").queryAs(TextArea.class).setText(ARTICLE));
        clickOn("#articleOutlet").write("Test Wire");
        clickOn("#articleTitle").write("Checkpoint attacked near Prde");
        clickOn("#articlePublished").write("2026-11-29");
        clickOn("#articleStore");
        waitFor("the stored article opened", () -> lookup("#articleText").tryQuery().isPresent());
        Article stored = bench.datasetProperty().get().articles().stream()
                .filter(a -> "Test Wire".equals(a.outlet()) && a.title() != null && a.title().contains("Prde"))
                .findFirst().orElseThrow();
        assertNotNull(stored.textSha256(), "the text's SHA-256 is recorded");
        assertTrue(Files.isRegularFile(file.resolveSibling(stored.textPath())), "stored in the dataset's folder");
        assertTrue(bench.editing().hasUnsavedChanges());

        // select the passage with the mouse, then "New incident from this passage"
        TextFlow flow = lookup("#articleText").queryAs(TextFlow.class);
        int start = stored.text().indexOf(PASSAGE);
        dragAcross(flow, start, start + PASSAGE.length());
        assertFalse(lookup("#articleSelection").queryAs(javafx.scene.shape.Path.class).getElements().isEmpty(),
                "the selection is drawn");
        shot("authoring-article-selection", flow.getScene().getWindow());
        Button fromPassage = lookup("#articleNewIncident").queryAs(Button.class);
        assertFalse(fromPassage.isDisabled());
        clickOn(fromPassage);
        waitFor("the record form", () -> lookup("#recordForm").tryQuery().map(n -> n.isVisible()).orElse(false));
        @SuppressWarnings("unchecked")
        ListView<Quote> quotes = lookup("#formQuotes").queryAs(ListView.class);
        assertEquals(1, quotes.getItems().size());
        Quote q = quotes.getItems().get(0);
        assertEquals(PASSAGE, q.text(), "the selection verbatim");
        assertEquals(start, q.start(), "with its offsets (ASCII: code points are characters)");
        assertEquals("2026-11-29", lookup("#formDate").queryAs(TextField.class).getText(), "the article's date as a default");

        // fill the form; the place through the offline lookup, by its other spelling
        clickOn("#formTitle").write("Attack on the Prde checkpoint");
        clickOn("#formType").write("attack");
        waitFor("the place lookup", () -> bench.placeSearch().ready());
        clickOn("#formPlace").write("Altun Kupri");
        waitFor("place suggestions", () -> lookup("#placeSuggestion").tryQuery().isPresent());
        // the gazetteer's entry for the town (Prde, also spelt Altun Kupri)
        Label town = lookup("#placeSuggestion .label").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().startsWith("Prde")).findFirst()
                .orElseThrow(() -> new AssertionError("no Prde among " + suggestions()));
        clickOn(town);
        assertFalse(lookup("#formLat").queryAs(TextField.class).getText().isBlank(), "the lookup filled the point");
        assertEquals("Kirkuk", lookup("#formProvince").queryAs(TextField.class).getText());
        clickOn("#formKilledUnknown");
        clickOn("#formKilledLow").write("2");
        shot("authoring-form", stage());
        Button keep = lookup("#formKeep").queryAs(Button.class);
        assertFalse(keep.isDisabled(), "no error left: " + problems());
        clickOn(keep);
        Incident made = bench.allIncidents().stream().filter(i -> i.title().equals("Attack on the Prde checkpoint"))
                .findFirst().orElseThrow();
        // the gazetteer has no point for the town itself, only its sub-district's: the lookup says so, honestly
        assertEquals(GeoPrecision.SUBDISTRICT, made.geoPrecision());
        assertEquals(23.0, made.uncertaintyKm(), 0.5);
        assertTrue(stage().getTitle().startsWith("*"), "the title bar marks unsaved changes: " + stage().getTitle());

        // save (Ctrl+S, in the main window), then open the file again
        // (headless, every window counts as focused and keys go to the last one opened: close the article first)
        clickOn("#articleClose");
        clickOn("#statusText");
        press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitFor("the save", () -> !bench.editing().hasUnsavedChanges());
        assertFalse(stage().getTitle().startsWith("*"));
        ReadResult r = new DatasetReader().read(file);
        assertTrue(r.ok(), r.problems().toString());
        interact(() -> bench.open(file));
        waitFor("the file opened again", () -> bench.allIncidents().size() == 31 && bench.allIncidents().stream()
                .anyMatch(i -> i.id().equals(made.id()) && i != made));
        Incident back = bench.allIncidents().stream().filter(i -> i.id().equals(made.id())).findFirst().orElseThrow();
        assertEquals(made, back, "the saved incident reads back the same");

        // in the table, on the map, in the sources pane
        assertTrue(lookup("#incidentTable").queryAs(TableView.class).getItems().contains(back));
        interact(() -> bench.select(back));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(back.title(), lookup("#quoteTitle").queryAs(Label.class).getText());
        assertTrue(lookup("#quotePane .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> "verified in the stored article text".equals(l.getText())), "the quote is verified");
        AtlasMap map = lookup("#atlasMap").queryAs(AtlasMap.class);
        waitFor("the map centred on it", map::tilesComplete);
        type(KeyCode.ESCAPE);
        assertNull(bench.selectionProperty().get());
        Bounds m = map.localToScreen(map.getLayoutBounds());
        clickOn(new Point2D(m.getCenterX(), m.getCenterY()));
        assertEquals(back, bench.selectionProperty().get(), "its marker is where the map centred, and clicking selects it");

        shot("authoring-result", stage());
        // and highlighted in its article
        Button open = lookup("#quotePane .open-article").nth(0).queryAs(Button.class);
        interact(open::fire);
        waitFor("the highlight", () -> lookup("#articleHighlight").tryQueryAs(javafx.scene.shape.Path.class)
                .map(p -> !p.getElements().isEmpty()).orElse(false));
        assertTrue(lookup("#articleQuoteStatus").queryAs(Label.class).getText().contains(start + "\u2013"),
                lookup("#articleQuoteStatus").queryAs(Label.class).getText());
        shot("authoring-result-article", lookup("#articleText").query().getScene().getWindow());
    }

    /**
     * With {@code -Dincidentatlas.shots=DIR}, writes the window as it is now to DIR/NAME.png (the screenshots in
     * docs/authoring.md are made so); otherwise nothing.
     */
    private void shot(String name, Window w) throws Exception {
        String dir = System.getProperty("incidentatlas.shots");
        if (dir == null) {
            return;
        }
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> w.getScene().snapshot(null)).get();
        Files.createDirectories(Path.of(dir));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                Path.of(dir, name + ".png").toFile());
    }

    private Stage stage() {
        return (Stage) lookup("#mainView").query().getScene().getWindow();
    }

    private List<String> suggestions() {
        return lookup("#placeSuggestion .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private String problems() {
        return lookup("#formProblems .label").queryAllAs(Label.class).stream().map(Label::getText).toList().toString();
    }

    /** Drags the mouse over characters {@code from} to {@code to} of the article, as a person selects a passage. */
    private void dragAcross(TextFlow flow, int from, int to) {
        List<PathElement> box = flow.rangeShape(from, to).length == 0 ? List.of() : List.of(flow.rangeShape(from, to));
        assertFalse(box.isEmpty(), "the passage is laid out");
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (PathElement e : box) {
            double x = e instanceof MoveTo mt ? mt.getX() : e instanceof LineTo lt ? lt.getX() : Double.NaN;
            double y = e instanceof MoveTo mt ? mt.getY() : e instanceof LineTo lt ? lt.getY() : Double.NaN;
            if (!Double.isNaN(x)) {
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                minY = Math.min(minY, y);
                maxY = Math.max(maxY, y);
            }
        }
        // from just inside the first character to past the end of the passage's last line (its paragraph ends there)
        Point2D a = flow.localToScreen(minX + 1, minY + 4);
        Point2D b = flow.localToScreen(Math.min(flow.getWidth() - 2, maxX + 40), maxY - 4);
        drag(a, MouseButton.PRIMARY).moveTo(b).release(MouseButton.PRIMARY);
    }
}
