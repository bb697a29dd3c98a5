package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.incidentatlas.dataset.NormalizedText;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Incident;
import org.incidentatlas.app.Workbench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** Drives each filter, the selection links and the article view of the real window (headless). */
class WorkbenchWindowTest extends ApplicationTest {

    private final AppFixture fixture = new AppFixture();
    private Stage stage;
    private Workbench bench;

    @BeforeEach
    void startApp() throws Exception {
        stage = fixture.start(this);
        bench = lookup("#mainView").queryAs(MainView.class).workbench();
    }

    @AfterEach
    void stopApp() throws Exception {
        fixture.stop();
    }

    private int rows() {
        return lookup("#incidentTable").queryAs(TableView.class).getItems().size();
    }

    private String status() {
        return lookup("#statusText").queryAs(Label.class).getText();
    }

    private void clearAll() {
        clickOn("#filterClear");
        assertTrue(lookup("#filterClear").query().isDisabled(), "nothing left to clear");
        assertEquals(6, rows());
        assertEquals("6 of 6 incidents", status());
    }

    @Test
    void searchBoxFiltersAsYouTypeAndCtrlFGoesThere() {
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertTrue(lookup("#filterText").queryAs(TextField.class).isFocused(), "Ctrl+F focuses the search box");
        write("asayish");
        assertEquals(1, rows());
        assertEquals("1 of 6 incidents, 0 of 7 centres \u2014 text \u201casayish\u201d", status());
        clearAll();
        assertEquals("", lookup("#filterText").queryAs(TextField.class).getText(), "clear all empties the box");
    }

    @Test
    void typeProvinceAndActorLists() {
        checkIn("#filterTypesList", "visit");
        assertEquals(1, rows());
        assertEquals("1 of 6 incidents \u2014 type: visit", status());
        checkIn("#filterTypesList", "clash");
        assertEquals(2, rows());
        clearAll();
        checkIn("#filterProvincesList", "Kirkuk");
        assertEquals(2, rows());
        assertTrue(status().endsWith("province: Kirkuk"), status());
        clearAll();
        checkIn("#filterActorsList", "Dana Gas");
        assertEquals(1, rows());
        clearAll();
    }

    /**
     * A list's counts say what ticking a value would keep given the other filters: ticking the type "visit" (in
     * Erbil) leaves Kirkuk's province count at 0, greyed, while the type list's own counts stay as they were.
     */
    @Test
    void listCountsFollowTheOtherFilters() throws Exception {
        assertEquals("Kirkuk  (2)", itemText("#filterProvincesList", "Kirkuk"));
        checkIn("#filterTypesList", "visit");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> itemText("#filterProvincesList", "Kirkuk").equals("Kirkuk  (0)"));
        assertEquals("Erbil  (1)", itemText("#filterProvincesList", "Erbil"));
        assertEquals("Dana Gas  (0)", itemText("#filterActorsList", "Dana Gas"));
        assertEquals("clash  (1)", itemText("#filterTypesList", "clash"), "a list's own ticks do not narrow its counts");
        WaitForAsyncUtils.waitForFxEvents();
        Node kirkuk = lookup("#filterProvincesList .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && "Kirkuk  (0)".equals(c.getText())).query();
        assertTrue(kirkuk.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("nothing")),
                "a value that would keep nothing is greyed");
        clearAll();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> itemText("#filterProvincesList", "Kirkuk").equals("Kirkuk  (2)"));
        assertFalse(kirkuk.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("nothing")));
    }

    private String itemText(String listId, String value) {
        ListView<?> list = lookup(listId).queryAs(ListView.class);
        return list.getItems().stream().map(Object::toString).filter(t -> t.startsWith(value + "  (")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + value + " in " + list.getItems()));
    }

    @Test
    void datesMinimumKilledAndPrecision() {
        interact(() -> lookup("#filterFrom").queryAs(DatePicker.class).setValue(LocalDate.of(2024, 1, 1)));
        assertEquals(5, rows(), "the two 2024 incidents and the three records whose end is open");
        interact(() -> lookup("#filterTo").queryAs(DatePicker.class).setValue(LocalDate.of(2024, 6, 30)));
        assertEquals(4, rows(), "the July clash is out");
        assertTrue(status().endsWith("1 Jan 2024 to 30 Jun 2024"), status());
        clickOn(reveal("#filterHideCoarseDate"));
        assertEquals(1, rows(), "only the Khor Mor attack is dated to the day in that range");
        clearAll();
        interact(() -> lookup("#filterMinKilled").queryAs(Spinner.class).getValueFactory().setValue(2));
        assertEquals(2, rows());
        assertTrue(status().endsWith("at least 2 killed"), status());
        clearAll();
        clickOn(reveal("#filterHideCoarsePlace"));
        assertEquals(6, rows(), "no bundled incident is located only to a province");
        assertTrue(lookup("#filterHideCoarsePlace").queryAs(CheckBox.class).isSelected());
        clearAll();
        assertFalse(lookup("#filterHideCoarsePlace").queryAs(CheckBox.class).isSelected());
    }

    /** A search above a list that matches nothing says so, and Clear all empties it with the filters. */
    @Test
    void aListSearchThatMatchesNothingSaysSoAndClearAllEmptiesIt() {
        ListView<?> actors = lookup("#filterActorsList").queryAs(ListView.class);
        int all = actors.getItems().size();
        clickOn(reveal("#filterActorsSearch"));
        write("zzz");
        assertEquals(0, actors.getItems().size());
        assertEquals("Nothing here matches \u201czzz\u201d.", ((Label) actors.getPlaceholder()).getText());
        checkIn("#filterTypesList", "visit");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(6, rows());
        assertEquals("", lookup("#filterActorsSearch").queryAs(TextField.class).getText());
        assertEquals(all, actors.getItems().size(), "every actor shows again");
    }

    /** Letters in a number field are refused as they are typed; nothing throws, now or when the field is left. */
    @Test
    @SuppressWarnings("unchecked")
    void numberFieldsTakeOnlyNumbers() throws Exception {
        java.nio.file.Path log = CrashGuard.logFile();
        long logged = java.nio.file.Files.exists(log) ? java.nio.file.Files.size(log) : 0;
        Spinner<Integer> killed = lookup("#filterMinKilled").queryAs(Spinner.class);
        clickOn(reveal("#filterMinKilled").lookup(".text-field"));
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write("abc");
        type(KeyCode.ENTER);
        assertEquals("0", killed.getEditor().getText(), "letters are not taken");
        write("x3y");
        type(KeyCode.ENTER);
        assertEquals(3, killed.getValue());
        assertTrue(status().endsWith("at least 3 killed"), status());
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        type(KeyCode.BACK_SPACE);
        clickOn("#incidentTable"); // leave the field empty: it goes back to its value
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, killed.getValue());
        assertEquals("3", killed.getEditor().getText());
        long now = java.nio.file.Files.exists(log) ? java.nio.file.Files.size(log) : 0;
        assertEquals(logged, now, "no error was logged");
        assertTrue(lookup(".dialog-pane").tryQuery().isEmpty(), "no error dialog");
        clearAll();
    }

    @Test
    @SuppressWarnings("unchecked")
    void withinKilometresOfACentre() {
        ComboBox<Center> near = lookup("#filterNearCenter").queryAs(ComboBox.class);
        interact(() -> near.setValue(near.getItems().stream().filter(c -> c.id().equals("jcc-kirkuk")).findFirst().orElseThrow()));
        assertEquals(2, rows(), "50 km of Kirkuk city: Qarahanjir (22 km) and Prde (23 km)");
        interact(() -> lookup("#filterNearKm").queryAs(Spinner.class).getValueFactory().setValue(10));
        assertEquals(0, rows());
        assertTrue(status().endsWith("within 10 km of Joint Coordination Center, Kirkuk"), status());
        clearAll();
        assertNull(near.getValue());
    }

    @Test
    void draggingAcrossTheHistogramChoosesADateRange() {
        Node h = lookup("#dateHistogram").query();
        Bounds b = h.localToScreen(h.getBoundsInLocal());
        drag(b.getMinX() + b.getWidth() * 0.9, b.getMinY() + b.getHeight() / 2).dropTo(b.getMaxX() - 1, b.getMinY() + b.getHeight() / 2);
        LocalDate from = lookup("#filterFrom").queryAs(DatePicker.class).getValue();
        assertNotNull(from, "the drag set a start date");
        assertTrue(from.getYear() >= 2023, from.toString());
        assertTrue(rows() < 6 && rows() > 0, "rows: " + rows());
        doubleClickOn(h);
        assertEquals(6, rows(), "double-click clears the range");
    }

    @Test
    void selectionLinksTableQuotePaneAndCentres() {
        TableView<Incident> table = lookup("#incidentTable").queryAs(TableView.class);
        clickOn(lookup("#incidentTable .table-row-cell").nth(5).queryAs(Node.class));
        AtlasRecord selected = bench.selectionProperty().get();
        assertTrue(selected instanceof Incident, "clicking a row selects its incident");
        assertEquals("qarahanjir-isis-clash-2024-07-14", selected.id());
        assertEquals(selected.label(), lookup("#quoteTitle").queryAs(Label.class).getText());
        assertEquals("4 quotes", lookup("#quoteCount").queryAs(Label.class).getText());
        // arrow keys move through the table and the selection follows
        type(KeyCode.UP);
        assertEquals("dana-gas-resumes-khor-mor-production-2024", bench.selectionProperty().get().id());
        // selecting a centre elsewhere shows it in the centre table
        Center zeravani = bench.allCenters().stream().filter(c -> c.id().equals("jccc-camp-zeravani")).findFirst().orElseThrow();
        interact(() -> bench.select(zeravani));
        assertEquals(1, lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedIndex());
        assertEquals(zeravani, lookup("#centerTable").queryAs(TableView.class).getSelectionModel().getSelectedItem());
        assertNull(table.getSelectionModel().getSelectedItem());
        assertEquals(zeravani.name(), lookup("#quoteTitle").queryAs(Label.class).getText());
        type(KeyCode.ESCAPE);
        assertNull(bench.selectionProperty().get(), "Esc clears the selection");
    }

    @Test
    void theArticleViewHighlightsTheQuoteAndScrollsToIt() throws Exception {
        Incident prde = bench.incidents().stream().filter(i -> i.id().equals("prde-isis-attack-on-peshmerga")).findFirst().orElseThrow();
        interact(() -> bench.select(prde));
        javafx.scene.control.Button open = lookup("#quotePane .open-article").nth(1).queryAs(javafx.scene.control.Button.class);
        assertFalse(open.isDisabled(), "the article has stored text");
        interact(open::fire);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#articleHighlight").tryQueryAs(Path.class)
                .map(p -> !p.getElements().isEmpty()).orElse(false));
        Path highlight = lookup("#articleHighlight").queryAs(Path.class);
        String article = bench.datasetProperty().get().articlesById().get("art-001-esta").text();
        NormalizedText.Span span = NormalizedText.of(article).find(prde.quotes().get(1).text()).orElseThrow();
        assertTrue(article.substring(span.start(), span.end()).startsWith("Three members of the Kurdish forces"));
        ScrollPane scroll = (ScrollPane) highlight.getScene().lookup("#articleView").lookup(".scroll-pane");
        Bounds inViewport = highlight.localToScene(highlight.getBoundsInLocal());
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        assertTrue(inViewport.getMinY() >= viewport.getMinY() && inViewport.getMaxY() <= viewport.getMaxY(),
                "the highlighted passage is scrolled into view: " + inViewport + " in " + viewport);
        assertTrue(highlight.getBoundsInLocal().getHeight() > 5, "a visible highlight");
        // the characters under the highlight are the quote's: probe the middle of each highlighted box
        javafx.scene.text.TextFlow flow = (javafx.scene.text.TextFlow) highlight.getScene().lookup("#articleText");
        // TextFlow.rangeShape() and hitTest() both ignore the flow's padding (JavaFX 21), so a padded flow puts the
        // highlight off the words while the probe below still agrees with it: the flow must have no padding
        assertEquals(javafx.geometry.Insets.EMPTY, flow.getPadding(), "no padding on the article's TextFlow");
        java.util.List<javafx.scene.shape.PathElement> elements = highlight.getElements();
        int probed = 0;
        for (int k = 0; k + 4 < elements.size(); k += 5) { // rangeShape gives one closed box (5 elements) per line
            double[] xs = new double[4];
            double[] ys = new double[4];
            for (int e = 0; e < 4; e++) {
                javafx.scene.shape.PathElement pe = elements.get(k + e);
                xs[e] = pe instanceof javafx.scene.shape.MoveTo m ? m.getX() : ((javafx.scene.shape.LineTo) pe).getX();
                ys[e] = pe instanceof javafx.scene.shape.MoveTo m ? m.getY() : ((javafx.scene.shape.LineTo) pe).getY();
            }
            double cx = java.util.Arrays.stream(xs).average().orElseThrow();
            double cy = java.util.Arrays.stream(ys).average().orElseThrow();
            javafx.geometry.Point2D inFlow = flow.sceneToLocal(highlight.localToScene(cx, cy));
            int at = flow.hitTest(inFlow).getCharIndex();
            assertTrue(at >= span.start() && at <= span.end(), "the highlight at " + inFlow + " covers character " + at
                    + " (\"" + article.substring(Math.max(0, at - 10), Math.min(article.length(), at + 10))
                    + "\"), outside the quote " + span.start() + "-" + span.end());
            probed++;
        }
        assertTrue(probed >= 2, "a quote over two lines or more: " + probed);
        assertTrue(lookup("#articleQuoteStatus").queryAs(Label.class).getText().startsWith("Highlighted"));
    }

    @Test
    void theCsvExportIsExactlyWhatTheTableShowsInItsOrder(@org.junit.jupiter.api.io.TempDir java.nio.file.Path temp)
            throws Exception {
        checkIn("#filterTypesList", "clash");
        checkIn("#filterTypesList", "attack");
        checkIn("#filterTypesList", "drone attack");
        assertEquals(3, rows());
        TableView<Incident> table = lookup("#incidentTable").queryAs(TableView.class);
        interact(() -> table.getSortOrder().setAll(table.getColumns().stream()
                .filter(c -> c.getText().equals("Killed")).findFirst().orElseThrow()));
        java.util.List<String> shown = table.getItems().stream().map(Incident::id).toList();
        assertEquals("khor-mor-drone-attack-2024-04", shown.get(0), "sorted by killed, lowest first: " + shown);
        java.nio.file.Path out = temp.resolve("table.csv");
        MainView view = lookup("#mainView").queryAs(MainView.class);
        interact(() -> view.workbench().exportCsv(out, false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#messageText").queryAs(Label.class).getText().startsWith("Exported"));
        java.util.List<String> exported = java.nio.file.Files.readAllLines(out).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).toList();
        assertEquals(shown, exported);
        assertEquals("Exported 3 incidents to table.csv", lookup("#messageText").queryAs(Label.class).getText());
    }

    @Test
    void datesCanBeTypedAsTheDataWritesThemAndNonsenseDoesNoHarm() {
        DatePicker from = lookup("#filterFrom").queryAs(DatePicker.class);
        clickOn(from.getEditor()).write("2024-01-01").type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2024, 1, 1), from.getValue());
        assertEquals(5, rows());
        DatePicker to = lookup("#filterTo").queryAs(DatePicker.class);
        clickOn(to.getEditor()).write("30 Jun 2024").type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2024, 6, 30), to.getValue());
        clickOn(to.getEditor());
        interact(() -> to.getEditor().selectAll());
        write("31/12/2024").type(KeyCode.TAB);
        assertEquals(LocalDate.of(2024, 12, 31), to.getValue(), "day first, as outside the US");
        clickOn(to.getEditor());
        interact(() -> to.getEditor().selectAll());
        write("next week");
        assertTrue(to.getPseudoClassStates().stream().anyMatch(c -> c.getPseudoClassName().equals("invalid")),
                "the field shows it is not a date");
        type(KeyCode.TAB);
        assertTrue(lookup(".dialog-pane").tryQuery().isEmpty(), "no error dialog for a mistyped date");
        assertEquals("2024-01-01", from.getEditor().getText(), "shown as the data writes dates");
    }

    @Test
    void anEmptyTableSaysWhyAndOffersToClear() {
        interact(() -> lookup("#filterMinKilled").queryAs(Spinner.class).getValueFactory().setValue(500));
        assertEquals(0, rows());
        Label why = lookup("#tablePlaceholder .label").queryAs(Label.class);
        assertEquals("No incidents pass the filters (6 in the dataset).", why.getText());
        clickOn(lookup("#tablePlaceholder .button").queryAs(javafx.scene.control.Button.class));
        assertEquals(6, rows());
    }

    /** Scrolls the filter pane so that the node is on screen, as a person would. */
    private Node reveal(String query) {
        Node node = lookup(query).query();
        ScrollPane scroll = lookup("#filterPane .scroll-pane").queryAs(ScrollPane.class);
        interact(() -> {
            double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double free = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(free <= 0 ? 0 : Math.min(1, Math.max(0, (y - 20) / free)));
        });
        return node;
    }

    private void checkIn(String listId, String value) {
        ListView<?> list = lookup(listId).queryAs(ListView.class);
        int index = 0;
        while (index < list.getItems().size() && !list.getItems().get(index).toString().startsWith(value + "  (")) {
            index++;
        }
        int at = index;
        interact(() -> list.scrollTo(at));
        Node cell = lookup(listId + " .list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getItem() != null && c.getText() != null && c.getText().startsWith(value + "  (")).query();
        assertNotNull(cell, "no cell " + value + " in " + list.getItems());
        clickOn(cell.lookup(".check-box"));
    }
}
