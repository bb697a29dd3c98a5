package org.incidentatlas.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.TextFlow;
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
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Path;
import javafx.stage.Stage;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.dataset.NormalizedText;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the filter controls, the selection links and the article view of the real window (headless), on a
 * dataset the test writes ({@link TestDatasets}: 30 incidents). What each filter keeps is the workbench's and is
 * tested there (WorkbenchTest); here the controls are typed into, ticked and dragged as a person would.
 */
class WorkbenchWindowTest extends ApplicationTest {

    private static final int N = 30;

    @TempDir
    static java.nio.file.Path temp;

    private final AppFixture fixture = new AppFixture();
    private Stage stage;
    private Workbench bench;

    @BeforeEach
    void startApp() throws Exception {
        java.nio.file.Path file = temp.resolve("window/atlas.json");
        if (!Files.exists(file)) {
            TestDatasets.write(file.getParent(), "atlas.json", "Window test atlas", N);
        }
        stage = fixture.start(this, file);
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
        assertEquals(N, rows());
        assertEquals(N + " of " + N + " incidents", status());
    }

    @Test
    void searchBoxFiltersAsYouTypeAndCtrlFGoesThere() {
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertTrue(lookup("#filterText").queryAs(TextField.class).isFocused(), "Ctrl+F focuses the search box");
        write("baqubah");
        assertEquals(15, rows());
        // centres are a reference layer: the text hides neither of the two
        assertEquals("15 of 30 incidents \u2014 text \u201cbaqubah\u201d", status());
        clearAll();
        assertEquals("", lookup("#filterText").queryAs(TextField.class).getText(), "clear all empties the box");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTableShowsEachIncidentsNearestCentreAndItsDistance() {
        TableView<Incident> table = lookup("#incidentTable").queryAs(TableView.class);
        TableColumn<Incident, ?> centre = table.getColumns().stream()
                .filter(c -> "Nearest centre".equals(c.getText())).findFirst().orElseThrow();
        TableColumn<Incident, ?> km = table.getColumns().stream().filter(c -> "km".equals(c.getText())).findFirst().orElseThrow();
        for (int row = 0; row < 4; row++) {
            boolean sinjar = table.getItems().get(row).place().equals("Sinjar");
            // Sinjar's incidents are 0.01 degree of longitude west of its centre at 36.32 N: 0.896 km;
            // Baqubah's stand on the operations room's point
            assertEquals(sinjar ? "Sinjar coordination centre" : "Baqubah operations room", centre.getCellData(row));
            assertEquals(sinjar ? 0.896 : 0.0, (Double) km.getCellData(row), 0.001);
        }
    }

    @Test
    void typeProvinceAndActorLists() {
        checkIn("#filterTypesList", "clash");
        assertEquals(10, rows());
        assertEquals("10 of 30 incidents \u2014 type: clash", status());
        checkIn("#filterTypesList", "protest");
        assertEquals(20, rows());
        clearAll();
        checkIn("#filterProvincesList", "Diyala");
        assertEquals(15, rows());
        assertTrue(status().endsWith("province: Diyala"), status());
        clearAll();
        checkIn("#filterActorsList", "Militia A");
        assertEquals(8, rows());
        clearAll();
    }

    /**
     * A list's counts say what ticking a value would keep given the other filters: ticking the actor "Militia A"
     * (only ever in Sinjar) leaves Diyala's province count at 0, greyed, while the actor list's own counts stay.
     */
    @Test
    void listCountsFollowTheOtherFilters() throws Exception {
        assertEquals("Diyala  (15)", itemText("#filterProvincesList", "Diyala"));
        checkIn("#filterActorsList", "Militia A");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> itemText("#filterProvincesList", "Diyala").equals("Diyala  (0)"));
        // the data's "Ninawa" is listed under the alias table's canonical name
        assertEquals("Nineveh  (8)", itemText("#filterProvincesList", "Nineveh"));
        assertEquals("attack  (3)", itemText("#filterTypesList", "attack"));
        assertEquals("Army B  (22)", itemText("#filterActorsList", "Army B"), "a list's own ticks do not narrow its counts");
        WaitForAsyncUtils.waitForFxEvents();
        Node diyala = lookup("#filterProvincesList .list-cell").match(n -> n instanceof ListCell<?> c
                && "Diyala  (0)".equals(c.getText())).query();
        assertTrue(diyala.getPseudoClassStates().contains(PseudoClass.getPseudoClass("nothing")),
                "a value that would keep nothing is greyed");
        clearAll();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> itemText("#filterProvincesList", "Diyala").equals("Diyala  (15)"));
        assertFalse(diyala.getPseudoClassStates().contains(PseudoClass.getPseudoClass("nothing")));
    }

    @Test
    void aProvinceIsListedByItsCanonicalNameWithTheDatasNameOnHover() throws Exception {
        checkIn("#filterProvincesList", "Nineveh");
        assertEquals(15, rows(), "ticking the entry keeps the data's Ninawa incidents");
        assertEquals(java.util.Set.of("Ninawa"), bench.filterProperty().get().provinces(),
                "the filter keeps the data's own name");
        ListCell<?> cell = (ListCell<?>) lookup("#filterProvincesList .list-cell").match(n -> n instanceof ListCell<?> c
                && c.getText() != null && c.getText().startsWith("Nineveh  (")).query();
        assertTrue(cell.getTooltip().getText().contains("Ninawa"), cell.getTooltip().getText());
        clearAll();
    }

    private String itemText(String listId, String value) {
        ListView<?> list = lookup(listId).queryAs(ListView.class);
        return list.getItems().stream().map(Object::toString).filter(t -> t.startsWith(value + "  (")).findFirst()
                .orElseThrow(() -> new AssertionError("no " + value + " in " + list.getItems()));
    }

    @Test
    void datesMinimumKilledAndPrecision() {
        interact(() -> lookup("#filterFrom").queryAs(DatePicker.class).setValue(LocalDate.of(2020, 1, 10)));
        assertEquals(21, rows(), "from the 10th: the 18 dated by day and the 3 dated only to the year");
        interact(() -> lookup("#filterTo").queryAs(DatePicker.class).setValue(LocalDate.of(2020, 1, 20)));
        assertEquals(12, rows(), "the 10th to the 20th: 9 dated by day and the 3 dated to the year");
        assertTrue(status().endsWith("10 Jan 2020 to 20 Jan 2020"), status());
        clickOn(reveal("#filterHideCoarseDate"));
        assertEquals(9, rows(), "only those dated to the day");
        clearAll();
        interact(() -> lookup("#filterMinKilled").queryAs(Spinner.class).getValueFactory().setValue(2));
        assertEquals(16, rows());
        assertTrue(status().endsWith("at least 2 killed (low figure)"), status());
        clearAll();
        clickOn(reveal("#filterHideCoarsePlace"));
        assertEquals(27, rows(), "the three located only to a province are hidden");
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
        checkIn("#filterTypesList", "clash");
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        assertEquals(N, rows());
        assertEquals("", lookup("#filterActorsSearch").queryAs(TextField.class).getText());
        assertEquals(all, actors.getItems().size(), "every actor shows again");
    }

    /** Letters in a number field are refused as they are typed; nothing throws, now or when the field is left. */
    @Test
    @SuppressWarnings("unchecked")
    void numberFieldsTakeOnlyNumbers() throws Exception {
        java.nio.file.Path log = CrashGuard.logFile();
        long logged = Files.exists(log) ? Files.size(log) : 0;
        Spinner<Integer> killed = lookup("#filterMinKilled").queryAs(Spinner.class);
        clickOn(reveal("#filterMinKilled").lookup(".text-field"));
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write("abc");
        type(KeyCode.ENTER);
        assertEquals("0", killed.getEditor().getText(), "letters are not taken");
        write("x3y");
        type(KeyCode.ENTER);
        assertEquals(3, killed.getValue());
        assertTrue(status().endsWith("at least 3 killed (low figure)"), status());
        // a negative number is refused with a reason, and the filter keeps its value
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write("-5");
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, killed.getValue());
        assertTrue(lookup("#filterProblem").queryAs(Label.class).getText().contains("cannot be -5"),
                lookup("#filterProblem").queryAs(Label.class).getText());
        assertEquals("3", killed.getEditor().getText());
        press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        type(KeyCode.BACK_SPACE);
        clickOn("#incidentTable"); // leave the field empty: it goes back to its value
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, killed.getValue());
        assertEquals("3", killed.getEditor().getText());
        long now = Files.exists(log) ? Files.size(log) : 0;
        assertEquals(logged, now, "no error was logged");
        assertTrue(lookup(".dialog-pane").tryQuery().isEmpty(), "no error dialog");
        clearAll();
    }

    @Test
    @SuppressWarnings("unchecked")
    void withinKilometresOfACentre() {
        ComboBox<Center> near = lookup("#filterNearCenter").queryAs(ComboBox.class);
        interact(() -> near.setValue(near.getItems().stream().filter(c -> c.id().equals("c-baqubah")).findFirst().orElseThrow()));
        assertEquals(15, rows(), "50 km of Baqubah: its incidents, none of Sinjar's (about 370 km away)");
        interact(() -> lookup("#filterNearKm").queryAs(Spinner.class).getValueFactory().setValue(500));
        assertEquals(N, rows());
        assertTrue(status().endsWith("within 500 km of Baqubah operations room"), status());
        // another dataset, then back: the filter this dataset was left with comes back, the centre included
        java.nio.file.Path here = bench.datasetProperty().get().file();
        java.nio.file.Path other = temp.resolve("other/atlas.json");
        try {
            TestDatasets.write(other.getParent(), "atlas.json", "Another atlas", 4);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        interact(() -> bench.open(other));
        waitForDataset(other);
        assertTrue(bench.filterProperty().get().isEmpty());
        interact(() -> bench.open(here));
        waitForDataset(here);
        assertEquals("c-baqubah", bench.filterProperty().get().near() == null ? null : bench.filterProperty().get().near().centerId(),
                "the within-N-km filter came back with its dataset");
        assertEquals("c-baqubah", near.getValue().id());
        clearAll();
        assertNull(near.getValue());
    }

    private void waitForDataset(java.nio.file.Path file) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> bench.datasetProperty().get() != null
                    && file.equals(bench.datasetProperty().get().file()));
        } catch (TimeoutException e) {
            throw new AssertionError("the dataset " + file + " was not shown", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A right-to-left override in a title is shown as a visible mark in the table and the sources pane. */
    @Test
    void bidirectionalControlsCannotDisguiseATitle() {
        Incident seven = bench.incidents().stream().filter(i -> i.id().equals("inc-0007")).findFirst().orElseThrow();
        interact(() -> bench.select(seven));
        WaitForAsyncUtils.waitForFxEvents();
        String shown = lookup("#quoteTitle").queryAs(Label.class).getText();
        assertTrue(shown.contains("\u2039RLO\u203a") && !shown.contains("\u202E"), shown);
        TableView<Incident> table = lookup("#incidentTable").queryAs(TableView.class);
        Object cell = table.getColumns().stream().filter(c -> c.getText().equals("Title")).findFirst().orElseThrow()
                .getCellObservableValue(seven).getValue();
        assertFalse(cell.toString().contains("\u202E"), cell.toString());
    }

    @Test
    void draggingAcrossTheHistogramChoosesADateRange() {
        Node h = lookup("#dateHistogram").query();
        Bounds b = h.localToScreen(h.getBoundsInLocal());
        drag(b.getMinX() + b.getWidth() * 0.9, b.getMinY() + b.getHeight() / 2).dropTo(b.getMaxX() - 1, b.getMinY() + b.getHeight() / 2);
        LocalDate from = lookup("#filterFrom").queryAs(DatePicker.class).getValue();
        assertNotNull(from, "the drag set a start date");
        assertTrue(from.isAfter(LocalDate.of(2020, 1, 5)), from.toString());
        assertTrue(rows() < N && rows() > 0, "rows: " + rows());
        doubleClickOn(h);
        assertEquals(N, rows(), "double-click clears the range");
    }

    @Test
    void selectionLinksTableQuotePaneAndCentres() {
        TableView<Incident> table = lookup("#incidentTable").queryAs(TableView.class);
        clickOn(lookup("#incidentTable .table-row-cell").nth(5).queryAs(Node.class));
        AtlasRecord selected = bench.selectionProperty().get();
        assertTrue(selected instanceof Incident, "clicking a row selects its incident");
        assertEquals(table.getItems().get(5), selected);
        assertEquals(selected.label(), lookup("#quoteTitle").queryAs(Label.class).getText());
        assertEquals("1 quote", lookup("#quoteCount").queryAs(Label.class).getText());
        // arrow keys move through the table and the selection follows
        type(KeyCode.UP);
        assertEquals(table.getItems().get(4), bench.selectionProperty().get());
        // selecting a centre elsewhere shows it in the centre table
        Center zeravani = bench.allCenters().stream().filter(c -> c.id().equals("c-sinjar")).findFirst().orElseThrow();
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
        Incident prde = bench.incidents().get(3);
        interact(() -> bench.select(prde));
        Button open = lookup("#quotePane .open-article").nth(0).queryAs(Button.class);
        assertFalse(open.isDisabled(), "the article has stored text");
        interact(open::fire);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> lookup("#articleHighlight").tryQueryAs(Path.class)
                .map(p -> !p.getElements().isEmpty()).orElse(false));
        Path highlight = lookup("#articleHighlight").queryAs(Path.class);
        String article = bench.articles().get("a1").text();
        NormalizedText.Span span = NormalizedText.of(article).find(prde.quotes().get(0).text()).orElseThrow();
        assertEquals(TestDatasets.LONG_QUOTE, article.substring(span.start(), span.end()));
        ScrollPane scroll = (ScrollPane) highlight.getScene().lookup("#articleView").lookup(".scroll-pane");
        Bounds inViewport = highlight.localToScene(highlight.getBoundsInLocal());
        Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
        assertTrue(inViewport.getMinY() >= viewport.getMinY() && inViewport.getMaxY() <= viewport.getMaxY(),
                "the highlighted passage is scrolled into view: " + inViewport + " in " + viewport);
        assertTrue(highlight.getBoundsInLocal().getHeight() > 5, "a visible highlight");
        // the characters under the highlight are the quote's: probe the middle of each highlighted box
        TextFlow flow = (TextFlow) highlight.getScene().lookup("#articleText");
        // TextFlow.rangeShape() and hitTest() both ignore the flow's padding (JavaFX 21), so a padded flow puts the
        // highlight off the words while the probe below still agrees with it: the flow must have no padding
        assertEquals(Insets.EMPTY, flow.getPadding(), "no padding on the article's TextFlow");
        List<PathElement> elements = highlight.getElements();
        int probed = 0;
        for (int k = 0; k + 4 < elements.size(); k += 5) { // rangeShape gives one closed box (5 elements) per line
            double[] xs = new double[4];
            double[] ys = new double[4];
            for (int e = 0; e < 4; e++) {
                PathElement pe = elements.get(k + e);
                xs[e] = pe instanceof MoveTo m ? m.getX() : ((LineTo) pe).getX();
                ys[e] = pe instanceof MoveTo m ? m.getY() : ((LineTo) pe).getY();
            }
            double cx = Arrays.stream(xs).average().orElseThrow();
            double cy = Arrays.stream(ys).average().orElseThrow();
            Point2D inFlow = flow.sceneToLocal(highlight.localToScene(cx, cy));
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
        assertEquals(20, rows());
        TableView<Incident> table = lookup("#incidentTable").queryAs(TableView.class);
        interact(() -> table.getSortOrder().setAll(table.getColumns().stream()
                .filter(c -> c.getText().equals("Killed")).findFirst().orElseThrow()));
        List<String> shown = table.getItems().stream().map(Incident::id).toList();
        assertEquals(null, table.getItems().get(0).killed(), "sorted by killed, unknown first: " + shown);
        java.nio.file.Path out = temp.resolve("table.csv");
        MainView view = lookup("#mainView").queryAs(MainView.class);
        interact(() -> view.workbench().exportCsv(out, false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> lookup("#messageText").queryAs(Label.class).getText().startsWith("Exported"));
        List<String> exported = Files.readAllLines(out).stream().skip(1)
                .map(l -> l.substring(0, l.indexOf(','))).toList();
        assertEquals(shown, exported);
        assertEquals("Exported 20 incidents to table.csv", lookup("#messageText").queryAs(Label.class).getText());
    }

    @Test
    void datesCanBeTypedAsTheDataWritesThemAndNonsenseDoesNoHarm() {
        DatePicker from = lookup("#filterFrom").queryAs(DatePicker.class);
        clickOn(from.getEditor()).write("2020-01-10").type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2020, 1, 10), from.getValue());
        assertEquals(21, rows());
        DatePicker to = lookup("#filterTo").queryAs(DatePicker.class);
        clickOn(to.getEditor()).write("20 Jan 2020").type(KeyCode.ENTER);
        assertEquals(LocalDate.of(2020, 1, 20), to.getValue());
        clickOn(to.getEditor());
        interact(() -> to.getEditor().selectAll());
        write("12/01/2020").type(KeyCode.TAB);
        assertEquals(LocalDate.of(2020, 1, 12), to.getValue(), "day first, as outside the US");
        clickOn(to.getEditor());
        interact(() -> to.getEditor().selectAll());
        write("next week");
        assertTrue(to.getPseudoClassStates().stream().anyMatch(c -> c.getPseudoClassName().equals("invalid")),
                "the field shows it is not a date");
        type(KeyCode.TAB);
        assertTrue(lookup(".dialog-pane").tryQuery().isEmpty(), "no error dialog for a mistyped date");
        assertEquals("2020-01-10", from.getEditor().getText(), "shown as the data writes dates");
    }

    @Test
    void anEmptyTableSaysWhyAndOffersToClear() {
        interact(() -> lookup("#filterMinKilled").queryAs(Spinner.class).getValueFactory().setValue(500));
        assertEquals(0, rows());
        Label why = lookup("#tablePlaceholder .label").queryAs(Label.class);
        assertEquals("No incidents pass the filters (30 in the dataset).", why.getText());
        clickOn(lookup("#tablePlaceholder .button").queryAs(Button.class));
        assertEquals(N, rows());
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
        reveal(listId); // a list scrolled out of the filter pane cannot be clicked
        ListView<?> list = lookup(listId).queryAs(ListView.class);
        int index = 0;
        while (index < list.getItems().size() && !list.getItems().get(index).toString().startsWith(value + "  (")) {
            index++;
        }
        int at = index;
        interact(() -> list.scrollTo(at));
        Node cell = lookup(listId + " .list-cell").match(n -> n instanceof ListCell<?> c
                && c.getItem() != null && c.getText() != null && c.getText().startsWith(value + "  (")).query();
        assertNotNull(cell, "no cell " + value + " in " + list.getItems());
        clickOn(cell.lookup(".check-box"));
    }
}
