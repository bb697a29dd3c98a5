package org.incidentatlas.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.incidentatlas.briefing.BriefingComposer;
import org.incidentatlas.dataset.Problem;
import org.incidentatlas.map.AtlasMap;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import org.incidentatlas.ui.filters.FilterPane;
import org.incidentatlas.ui.sources.QuotePane;

/**
 * The analyst's workbench: filters on the left, the map in the centre with the tables below it, the sources of
 * the selection on the right. A dataset that fails its checks is never shown: its problems are listed and the
 * open dataset stays.
 */
public final class MainView extends BorderPane {

    private final Stage stage;
    private final DatasetLoader loader;
    private final Settings settings;
    private final Workbench bench;
    private final IncidentTable table;
    private final CenterTable centerTable;
    private final FilterPane filters;
    private final TabPane tabs = new TabPane();
    private final Tab incidentsTab = new Tab("Incidents");
    private final Tab centresTab = new Tab("Centres");
    private final StackPane mapArea = new StackPane();
    private final AtlasMap map;
    private final SplitPane outer = new SplitPane();
    private final SplitPane middle = new SplitPane();
    private final Label status = new Label("No dataset open.");
    private final Hyperlink warnings = new Hyperlink();
    private final Menu recent = new Menu("Open Recent");
    private final Label message = new Label();
    private final ExportActions exports;
    private final ImportActions imports;
    private final BriefingDialog briefing;
    private List<Problem> lastWarnings = List.of();
    private boolean fromTable;

    public MainView(Stage stage, DatasetLoader loader, Settings settings, Workbench bench) {
        this.stage = stage;
        this.loader = loader;
        this.settings = settings;
        this.bench = bench;
        setId("mainView");
        table = new IncidentTable(bench.incidents());
        centerTable = new CenterTable(bench.centers());
        map = new AtlasMap(bench.incidents(), bench.centers(), bench.selectionProperty());
        filters = new FilterPane(bench, map.visibleBoundsProperty());
        exports = new ExportActions(stage, bench, loader.executor(), message::setText);
        imports = new ImportActions(stage, loader, this::open, message::setText);
        briefing = new BriefingDialog(stage, bench, map, loader.executor(), message::setText, new BriefingComposer());
        QuotePane quotes = new QuotePane(bench.selectionProperty(),
                () -> bench.datasetProperty().get() == null ? java.util.Map.of() : bench.datasetProperty().get().articlesById());

        incidentsTab.setContent(table);
        incidentsTab.setClosable(false);
        centresTab.setContent(centerTable);
        centresTab.setClosable(false);
        tabs.getTabs().addAll(incidentsTab, centresTab);
        mapArea.setId("mapArea");
        mapArea.setMinHeight(120);
        mapArea.getChildren().add(map);
        middle.setOrientation(Orientation.VERTICAL);
        middle.getItems().addAll(mapArea, tabs);
        middle.setDividerPositions(0.62);
        outer.getItems().addAll(filters, middle, quotes);
        outer.setDividerPositions(0.2, 0.76);
        SplitPane.setResizableWithParent(filters, false);
        SplitPane.setResizableWithParent(quotes, false);
        filters.setMinWidth(180);
        quotes.setMinWidth(200);

        setTop(new VBox(menus(), MainToolBar.create(this::chooseAndOpen, exports::exportCsv, briefing::show,
                map::zoomToAll, bench.datasetProperty().isNull())));
        setCenter(outer);
        setBottom(statusBar());
        linkSelection();
        status.textProperty().bind(bench.statusText());
        table.setPlaceholder(placeholder());
        settings.restoreColumns("incidents", table);
        settings.restoreColumns("centres", centerTable);
        rebuildRecent();
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), filters::focusSearch);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> bench.selectionProperty().set(null));
            }
        });
    }

    public Workbench workbench() {
        return bench;
    }

    /**
     * Puts the split panes where the analyst left them. Called once the window is shown at its final size:
     * positions applied earlier are rescaled by the first layout, and the panes crept smaller on every run.
     */
    public void restoreLayout() {
        settings.restoreDividers("outer", outer);
        settings.restoreDividers("middle", middle);
    }

    /** What an empty table means: no dataset, an empty one, or filters that keep nothing. */
    private javafx.scene.Node placeholder() {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            Dataset d = bench.datasetProperty().get();
            if (d == null) {
                return "No dataset open.";
            }
            return d.incidents().isEmpty() ? "This dataset has no incidents."
                    : String.format("No incidents pass the filters (%,d in the dataset).", d.incidents().size());
        }, bench.datasetProperty(), bench.filterProperty()));
        javafx.scene.control.Button clear = new javafx.scene.control.Button("Clear all filters");
        clear.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !bench.filterProperty().get().isEmpty(), bench.filterProperty()));
        clear.setOnAction(e -> filters.clearAll());
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, text, clear);
        box.setAlignment(Pos.CENTER);
        box.setId("tablePlaceholder");
        return box;
    }

    ExportActions exports() {
        return exports;
    }

    ImportActions imports() {
        return imports;
    }

    BriefingDialog briefing() {
        return briefing;
    }

    public AtlasMap map() {
        return map;
    }

    public javafx.beans.property.ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return bench.datasetProperty();
    }

    /** Said in the status bar once the next dataset is shown (why that one was opened); null for nothing. */
    private String noteWhenShown;

    /** Opens {@code file} and, once it is shown, says {@code note} in the status bar. */
    public void open(Path file, String note) {
        noteWhenShown = note;
        open(file);
    }

    /** Opens {@code file} in the background; on failure lists its problems and keeps the open dataset. */
    public void open(Path file) {
        status.textProperty().unbind();
        status.setText("Reading " + file.getFileName() + "\u2026");
        loader.load(file, loaded -> shown(file, loaded));
    }

    private void shown(Path file, LoadedDataset loaded) {
        String note = noteWhenShown; // meant for this opening only, whether it succeeds or not
        noteWhenShown = null;
        status.textProperty().bind(bench.statusText());
        if (!loaded.result().ok()) {
            int n = loaded.result().errorCount();
            Dataset open = bench.datasetProperty().get();
            ProblemsDialog.create(stage, file.getFileName() + " was not opened: " + n + " problem" + (n == 1 ? "" : "s")
                    + " to fix." + (open == null ? "" : " \u201c" + open.title() + "\u201d stays open."),
                    loaded.result().problems()).show();
            return;
        }
        Dataset d = loaded.result().dataset();
        Dataset before = bench.datasetProperty().get();
        if (before != null && !before.file().equals(d.file())) {
            // another dataset: its types, actors, provinces and centres differ, so yesterday's filter would
            // hide what the analyst came to see; a reload of the same file keeps the filter
            bench.filterProperty().set(org.incidentatlas.filter.IncidentFilter.NONE);
        }
        message.setText(before != null && before.file().equals(d.file()) ? "Reloaded " + d.file().getFileName() : "");
        if (note != null) {
            message.setText(note);
        }
        bench.show(d, loaded.index());
        map.zoomToAll();
        stage.setTitle(d.title() + " \u2014 Incident Atlas");
        settings.opened(d.file());
        loader.executor().execute(settings::flush); // kept at once, not only on a clean exit; off the FX thread
        rebuildRecent();
        lastWarnings = loaded.result().warnings();
        warnings.setVisible(loaded.result().warningCount() > 0);
        warnings.setText(warningsText(loaded.result()));
    }

    /**
     * "8,283 warnings: 4,324 quotes not verifiable (no stored text), 3,959 records without a quote": imported
     * data has many warnings, and most are expected; the link says which.
     */
    static String warningsText(org.incidentatlas.dataset.ReadResult r) {
        int unverified = r.count(Problem.Code.QUOTE_UNVERIFIED);
        int noQuote = r.count(Problem.Code.NO_QUOTE);
        int other = r.warningCount() - unverified - noQuote;
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (unverified > 0) {
            parts.add(String.format("%,d quote%s not verifiable (no stored text)", unverified, unverified == 1 ? "" : "s"));
        }
        if (noQuote > 0) {
            parts.add(String.format("%,d record%s without a quote", noQuote, noQuote == 1 ? "" : "s"));
        }
        if (other > 0) {
            parts.add(String.format("%,d other", other));
        }
        return String.format("%,d warning%s: ", r.warningCount(), r.warningCount() == 1 ? "" : "s") + String.join(", ", parts);
    }

    /** Table, centre table and the one selection property follow each other. */
    private void linkSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, i) -> {
            if (i != null && bench.selectionProperty().get() != i) {
                fromTable = true;
                bench.selectionProperty().set(i);
                fromTable = false;
            }
        });
        centerTable.getSelectionModel().selectedItemProperty().addListener((obs, old, c) -> {
            if (c != null && bench.selectionProperty().get() != c) {
                fromTable = true;
                bench.selectionProperty().set(c);
                fromTable = false;
            }
        });
        bench.selectionProperty().addListener((obs, old, r) -> {
            if (r instanceof Incident i) {
                centerTable.getSelectionModel().clearSelection();
                if (table.getSelectionModel().getSelectedItem() != i) {
                    table.getSelectionModel().select(i);
                }
                if (!fromTable) {
                    tabs.getSelectionModel().select(incidentsTab);
                    table.scrollTo(i);
                }
            } else if (r instanceof Center c) {
                table.getSelectionModel().clearSelection();
                if (centerTable.getSelectionModel().getSelectedItem() != c) {
                    centerTable.getSelectionModel().select(c);
                }
                if (!fromTable) {
                    tabs.getSelectionModel().select(centresTab);
                    centerTable.scrollTo(c);
                }
            } else {
                table.getSelectionModel().clearSelection();
                centerTable.getSelectionModel().clearSelection();
            }
        });
    }

    /** Remembers window, splits and columns; called when the window closes. */
    public void saveState() {
        settings.saveWindow(stage);
        settings.saveDividers("outer", outer);
        settings.saveDividers("middle", middle);
        settings.saveColumns("incidents", table);
        settings.saveColumns("centres", centerTable);
        settings.flush();
    }

    private MenuBar menus() {
        MenuItem open = item("Open\u2026", "menuOpen", "Shortcut+O");
        open.setOnAction(e -> chooseAndOpen());
        MenuItem reload = item("Reload", "menuReload", "Shortcut+R");
        reload.disableProperty().bind(bench.datasetProperty().isNull());
        reload.setOnAction(e -> open(bench.datasetProperty().get().file()));
        MenuItem quit = item("Quit", "menuQuit", "Shortcut+Q");
        quit.setOnAction(e -> {
            saveState();
            stage.close();
        });
        MenuItem importCsv = item("Import UCDP or ACLED CSV\u2026", "menuImport", "Shortcut+I");
        importCsv.setOnAction(e -> imports.chooseAndImport());
        MenuItem exportCsv = item("Export CSV\u2026", "menuExportCsv", "Shortcut+E");
        exportCsv.disableProperty().bind(bench.datasetProperty().isNull());
        exportCsv.setOnAction(e -> exports.exportCsv());
        MenuItem snapshot = item("Briefing snapshot\u2026", "menuBriefing", "Shortcut+Shift+S");
        snapshot.disableProperty().bind(bench.datasetProperty().isNull());
        snapshot.setOnAction(e -> briefing.show());
        Menu file = new Menu("File", null, open, recent, reload, new SeparatorMenuItem(), importCsv, exportCsv, snapshot,
                new SeparatorMenuItem(), quit);
        MenuItem find = item("Find\u2026", "menuFind", "Shortcut+F");
        find.setOnAction(e -> filters.focusSearch());
        MenuItem clearFilters = item("Clear all filters", "menuClearFilters", "Shortcut+Shift+L");
        clearFilters.setOnAction(e -> filters.clearAll());
        MenuItem clearSelection = item("Clear selection", "menuClearSelection", null);
        clearSelection.setOnAction(e -> bench.selectionProperty().set(null));
        MenuItem zoomAll = item("Zoom to all", "menuZoomToAll", "Shortcut+0");
        zoomAll.setOnAction(e -> map.zoomToAll());
        Menu view = new Menu("View", null, find, clearFilters, clearSelection, new SeparatorMenuItem(), zoomAll);
        MenuItem about = item("About Incident Atlas", "menuAbout", null);
        about.setOnAction(e -> AboutDialog.create(stage).show());
        MenuItem keys = item("Keyboard shortcuts", "menuShortcuts", "F1");
        keys.setOnAction(e -> AboutDialog.shortcuts(stage).show());
        return new MenuBar(file, view, new Menu("Help", null, keys, about));
    }

    private static MenuItem item(String text, String id, String accelerator) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return m;
    }

    private void rebuildRecent() {
        recent.getItems().clear();
        for (Path p : settings.recentFiles()) {
            MenuItem m = new MenuItem(p.toString());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> open(p));
            recent.getItems().add(m);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open dataset");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Incident Atlas dataset (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        Dataset d = bench.datasetProperty().get();
        if (d != null && d.file().getParent() != null && d.file().getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(d.file().getParent().toFile());
        }
        File f = chooser.showOpenDialog(stage);
        if (f != null) {
            open(f.toPath());
        }
    }

    private HBox statusBar() {
        status.setId("statusText");
        warnings.setId("warningsLink");
        warnings.setVisible(false);
        warnings.setOnAction(e -> ProblemsDialog.create(stage, "The dataset opened with warnings.", lastWarnings).show());
        ProgressBar progress = new ProgressBar();
        progress.setId("loadProgress");
        progress.progressProperty().bind(loader.progressProperty());
        progress.visibleProperty().bind(loader.busyProperty());
        progress.setPrefWidth(160);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        message.setId("messageText");
        HBox bar = new HBox(8, status, warnings, grow, message, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.setId("statusBar");
        return bar;
    }
}
