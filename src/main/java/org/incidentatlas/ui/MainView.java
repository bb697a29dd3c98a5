package org.incidentatlas.ui;

import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.incidentatlas.app.AppSettings;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.briefing.BriefingComposer;
import org.incidentatlas.map.AtlasMap;
import org.incidentatlas.briefing.BriefingRequest;
import org.incidentatlas.map.MapFraming;
import org.incidentatlas.ui.filters.FilterPane;
import org.incidentatlas.ui.sources.QuotePane;
import org.incidentatlas.ui.sources.ArticleList;
import org.incidentatlas.ui.edit.Authoring;
import org.incidentatlas.model.Dataset;
import javafx.stage.WindowEvent;

/**
 * The analyst's workbench laid out: filters on the left, the map in the centre with the tables below it, the
 * sources of the selection on the right, menus and toolbar above, the status bar below. Layout and wiring only:
 * what each action does is a {@link Workbench} command.
 */
public final class MainView extends BorderPane {

    /** Below this the window does not shrink; the map, table and panes stay usable at it. */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;

    private final Stage stage;
    private final Settings settings;
    private final Workbench bench;
    private final IncidentTable table;
    private final CenterTable centerTable;
    private final AtlasMap map;
    private final BriefingDialog briefing;
    private final SplitPane outer = new SplitPane();
    private final SplitPane middle = new SplitPane();
    private final Authoring authoring;
    /** The side pane is widened to this while the record form is open, and given back its width after. */
    private static final double FORM_WIDTH = 440;
    private double sidesBeforeForm;
    private final StackPane side;

    public MainView(Stage stage, Workbench bench, Settings settings) {
        this.stage = stage;
        this.settings = settings;
        this.bench = bench;
        setId("mainView");
        table = new IncidentTable(bench);
        centerTable = new CenterTable(bench.centers());
        TabPane tabs = new TabPane();
        Tab incidentsTab = tab("Incidents", table);
        Tab centresTab = tab("Centres", centerTable);
        Tab trendTab = tab("Trend", new TrendPane(bench.trend()));
        trendTab.setId("trendTab");
        trendTab.selectedProperty().addListener((o, was, on) -> bench.trend().setActive(on));
        tabs.getTabs().addAll(incidentsTab, centresTab, trendTab);
        tabs.setMinHeight(110);
        map = new AtlasMap(bench.incidents(), bench.centers(),
                SelectionLink.link(bench, table, centerTable, tabs, incidentsTab, centresTab));
        ChangeMarks.follow(bench, map);
        FilterPane filters = new FilterPane(bench, map.visibleBoundsProperty());
        QuotePane quotes = new QuotePane(bench.selectionProperty(), bench::articles,
                () -> bench.centres().nearestProperty().get());
        briefing = new BriefingDialog(stage, bench, map, new BriefingComposer());

        authoring = new Authoring(stage, bench, map, () -> writing(true), () -> writing(false));
        quotes.setPassageActions(authoring);
        tabs.getTabs().add(tab("Articles", new ArticleList(bench, authoring::openArticle)));
        side = new StackPane(quotes, authoring.form());
        authoring.form().setVisible(false);
        StackPane mapArea = new StackPane(map);
        mapArea.setId("mapArea");
        mapArea.setMinSize(320, 200); // the panes give way first; the map never goes to nothing
        middle.setOrientation(Orientation.VERTICAL);
        middle.getItems().addAll(mapArea, tabs);
        middle.setDividerPositions(0.62);
        outer.getItems().addAll(filters, middle, side);
        outer.setDividerPositions(0.2, 0.76);
        SplitPane.setResizableWithParent(filters, false);
        SplitPane.setResizableWithParent(side, false);
        filters.setMinWidth(180);
        side.setMinWidth(200);

        LayersDialog layersDialog = new LayersDialog(stage, bench.layers());
        setTop(new VBox(MainMenus.create(stage, bench, map, filters, briefing, layersDialog::show, this::quit, authoring),
                MainToolBar.create(bench::chooseAndOpen, bench::chooseAndExportCsv, briefing::show, map::zoomToAll,
                        bench.datasetProperty().isNull())));
        setCenter(outer);
        setBottom(StatusBar.create(bench, stage));
        table.setPlaceholder(TablePlaceholder.create(bench));
        settings.restoreColumns("incidents", table);
        settings.restoreColumns("centres", centerTable);
        followDatasets();
        followNear();
        map.basemapProperty().bind(bench.layers().basemapProperty());
        map.densityProperty().bind(bench.density().styleProperty());
        map.setOnAreaClick(bench::filterToArea);
        map.earlierProperty().bind(bench.playback().earlierProperty());
        bench.playback().exporter().setFraming(() ->
                BriefingRequest.Framing.keep(MapFraming.current(map), map.getWidth(), map.getHeight()));
        Bindings.bindContent(map.overlays(), bench.layers().overlays());
        settings.restoreLegend(map);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), filters::focusSearch);
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), () -> bench.select(null));
            }
        });
    }

    /** A dataset shown: its remembered map view, else all of it; the title names it. */
    private void followDatasets() {
        bench.setMapViewSource(() -> {
            MapFraming f = MapFraming.current(map);
            return new AppSettings.MapView(f.lat(), f.lon(), map.getZoom());
        });
        bench.editing().unsavedProperty().addListener(o -> title());
        bench.datasetProperty().addListener((obs, old, d) -> {
            title();
            if (bench.changingByEdit()) {
                return; // an edit: the map stays where the analyst is working
            }
            AppSettings.MapView v = bench.viewToShowProperty().get();
            if (old == null && AtlasMap.startViewGiven()) {
                return; // the start view asked for on the command line wins (screenshots of a place)
            } else if (v != null) {
                map.setView(v.lat(), v.lon(), v.zoom());
            } else if (old == null || d == null || !d.file().equals(old.file())) {
                map.zoomToAll();
            }
        });
    }

    /** "*Title — Incident Atlas": the star while there are unsaved changes. */
    private void title() {
        Dataset d = bench.datasetProperty().get();
        stage.setTitle(d == null ? "Incident Atlas" : (bench.editing().hasUnsavedChanges() ? "*" : "") + d.title()
                + " \u2014 Incident Atlas");
    }

    /** The record form in place of the sources pane while the analyst writes, and back. */
    private void writing(boolean on) {
        authoring.form().setVisible(on);
        side.getChildren().get(0).setVisible(!on);
        double width = outer.getWidth();
        if (on && side.getWidth() < FORM_WIDTH && width > 3 * FORM_WIDTH) {
            sidesBeforeForm = outer.getDividerPositions()[1];
            outer.setDividerPosition(1, 1 - FORM_WIDTH / width);
        } else if (!on && sidesBeforeForm > 0) {
            outer.setDividerPosition(1, sidesBeforeForm);
            sidesBeforeForm = 0;
        }
    }

    /**
     * The window is asked to close: with unsaved changes the analyst chooses to save, not to, or to stay; the
     * request is consumed, and the window closes once the question is settled.
     */
    public void closeRequested(WindowEvent e) {
        e.consume();
        quit();
    }

    /** "Within N km of a centre": its circle on the map, and the map moved to it when it is set or changed. */
    private void followNear() {
        bench.filterProperty().addListener((obs, old, f) -> {
            map.nearProperty().set(f.near());
            if (f.near() != null && !f.near().equals(old.near())) {
                map.showNear();
            }
        });
    }

    private static Tab tab(String name, Node content) {
        Tab t = new Tab(name, content);
        t.setClosable(false);
        return t;
    }

    public Workbench workbench() {
        return bench;
    }

    public AtlasMap map() {
        return map;
    }

    BriefingDialog briefing() {
        return briefing;
    }

    /**
     * Puts the split panes where the analyst left them. Called once the window is shown at its final size:
     * positions applied earlier are rescaled by the first layout, and the panes crept smaller on every run.
     */
    public void restoreLayout() {
        settings.restoreSides("outer", outer);
        settings.restoreDividers("middle", middle);
    }

    /** Remembers window, splits and columns, and the dataset's filter and view; called when the window closes. */
    public void saveState() {
        settings.saveWindow(stage);
        settings.saveSides("outer", outer);
        settings.saveDividers("middle", middle);
        settings.saveColumns("incidents", table);
        settings.saveColumns("centres", centerTable);
        settings.saveLegend(map);
        bench.close();
    }

    private void quit() {
        bench.files().settleThen("close the window", () -> {
            saveState();
            stage.close();
        });
    }
}
