package org.incidentatlas.ui;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.incidentatlas.app.BundledFiles;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.ui.edit.Authoring;
import org.incidentatlas.map.AtlasMap;
import org.incidentatlas.ui.filters.FilterPane;

/** The menu bar: each item calls one workbench command or one view action, with its shortcut. */
final class MainMenus {

    private MainMenus() {
    }

    static MenuBar create(Stage stage, Workbench bench, AtlasMap map, FilterPane filters, BriefingDialog briefing,
                          Runnable layers, Runnable quit, Authoring authoring) {
        MenuItem open = item("Open\u2026", "menuOpen", "Shortcut+O", bench::chooseAndOpen);
        Menu recent = new Menu("Open Recent");
        recent.setId("menuRecent");
        rebuildRecent(recent, bench);
        bench.datasetProperty().addListener(o -> rebuildRecent(recent, bench));
        MenuItem reload = item("Reload", "menuReload", "Shortcut+R", bench::reload);
        MenuItem importCsv = item("Import UCDP or ACLED export\u2026", "menuImport", "Shortcut+I", bench::chooseAndImport);
        MenuItem exportCsv = item("Export CSV\u2026", "menuExportCsv", "Shortcut+E", bench::chooseAndExportCsv);
        MenuItem update = item("Update from newer export\u2026", "menuUpdateFromExport", null,
                bench::chooseAndUpdateFromExport);
        Menu compare = CompareMenu.create(stage, bench);
        MenuItem exportGeoJson = item("Export GeoJSON\u2026", "menuExportGeoJson", null, bench::chooseAndExportGeoJson);
        MenuItem exportKml = item("Export KML (Google Earth)\u2026", "menuExportKml", null, bench::chooseAndExportKml);
        MenuItem snapshot = item("Briefing snapshot\u2026", "menuBriefing", "Shortcut+Shift+S", briefing::show);
        MenuItem playback = item("Export playback\u2026", "menuExportPlayback", "Shortcut+Shift+G", bench.playback()::export);
        for (MenuItem m : new MenuItem[] {reload, update, exportCsv, exportGeoJson, exportKml, snapshot, playback}) {
            m.disableProperty().bind(bench.datasetProperty().isNull());
        }
        MenuItem create = item("New dataset\u2026", "menuNew", "Shortcut+Shift+N",
                () -> bench.files().chooseAndCreate(BundledFiles.ofThisRun().dataset()));
        MenuItem addArticle = item("Add article\u2026", "menuAddArticle", "Shortcut+Shift+A", authoring::addArticle);
        MenuItem save = item("Save", "menuSave", "Shortcut+S", bench.files()::save);
        MenuItem saveAs = item("Save As\u2026", "menuSaveAs", "Shortcut+Alt+S", bench.files()::saveAs);
        for (MenuItem m : new MenuItem[] {addArticle, saveAs}) {
            m.disableProperty().bind(bench.datasetProperty().isNull());
        }
        save.disableProperty().bind(bench.editing().unsavedProperty().not());
        Menu file = new Menu("File", null, create, open, recent, reload, new SeparatorMenuItem(), save, saveAs,
                new SeparatorMenuItem(), addArticle, importCsv, update, compare, exportCsv, exportGeoJson, exportKml, snapshot, playback,
                new SeparatorMenuItem(), item("Quit", "menuQuit", "Shortcut+Q", quit));
        Menu edit = EditMenu.create(stage, bench, authoring);

        CheckMenuItem remember = new CheckMenuItem("Remember filters and map view per dataset");
        remember.setId("menuRememberPerDataset");
        remember.setSelected(bench.settings().rememberPerDataset());
        remember.selectedProperty().addListener((obs, old, on) -> bench.settings().setRememberPerDataset(on));
        Menu view = new Menu("View", null, item("Find\u2026", "menuFind", "Shortcut+F", filters::focusSearch),
                item("Clear all filters", "menuClearFilters", "Shortcut+Shift+L", bench::clearFilters),
                areaItem(bench),
                item("Clear selection", "menuClearSelection", null, () -> bench.select(null)),
                new SeparatorMenuItem(), item("Zoom to all", "menuZoomToAll", "Shortcut+0", map::zoomToAll),
                new SeparatorMenuItem(),
                item("Open MBTiles basemap\u2026", "menuBasemap", null, bench.layers()::chooseBasemap),
                item("Add GeoJSON layer\u2026", "menuAddLayer", null, bench.layers()::chooseOverlay),
                item("Map layers\u2026", "menuLayers", "Shortcut+L", layers), CentresMenu.of(bench.centres(), bench),
                DensityMenu.create(bench.density()),
                new SeparatorMenuItem(), remember);
        Menu help = new Menu("Help", null, item("Keyboard shortcuts", "menuShortcuts", "F1",
                () -> AboutDialog.shortcuts(stage).show()), item("About Incident Atlas", "menuAbout", null,
                () -> AboutDialog.create(stage, map.attributionProperty().get()).show()));
        return new MenuBar(file, edit, view, help);
    }

    /** Drops the area picked on the choropleth; greyed while no area filter is set. */
    private static MenuItem areaItem(Workbench bench) {
        MenuItem m = item("Clear area filter", "menuClearArea", null, bench::clearArea);
        m.disableProperty().bind(Bindings.createBooleanBinding(
                () -> bench.filterProperty().get().area() == null, bench.filterProperty()));
        return m;
    }

    static MenuItem item(String text, String id, String accelerator, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        if (accelerator != null) {
            m.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private static void rebuildRecent(Menu recent, Workbench bench) {
        recent.getItems().clear();
        for (Path p : bench.settings().recentFiles()) {
            MenuItem m = new MenuItem(p.toString());
            m.setMnemonicParsing(false);
            m.setOnAction(e -> bench.open(p));
            recent.getItems().add(m);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }
}
