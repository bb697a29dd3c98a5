package org.incidentatlas.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.incidentatlas.dataset.Problem;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.map.AtlasMap;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;

/**
 * The main window's content: menus, the incident table and a status bar. A dataset that fails its checks
 * is never shown: its problems are listed and the open dataset stays.
 */
public final class MainView extends BorderPane {

    private final Stage stage;
    private final DatasetLoader loader;
    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Incident> incidents = FXCollections.observableArrayList();
    private final ObservableList<Center> centers = FXCollections.observableArrayList();
    /** The one selection the table, the map (and later the quote pane) follow and set. */
    private final ObjectProperty<AtlasRecord> selection = new SimpleObjectProperty<>(this, "selection");
    private final Label status = new Label("No dataset open.");
    private final Hyperlink warnings = new Hyperlink();
    private List<Problem> lastWarnings = List.of();
    private final AtlasMap map;

    public MainView(Stage stage, DatasetLoader loader) {
        this.stage = stage;
        this.loader = loader;
        setId("mainView");
        IncidentTable table = new IncidentTable(new SortedList<>(incidents));
        linkSelection(table);
        map = new AtlasMap(table.getItems(), centers, selection);
        SplitPane split = new SplitPane(map, table);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.65);
        setTop(menus());
        setCenter(split);
        setBottom(statusBar());
    }

    public AtlasMap map() {
        return map;
    }

    public ObjectProperty<AtlasRecord> selectionProperty() {
        return selection;
    }

    /** Table selection and the shared selection follow each other; a centre or nothing clears the table's. */
    private void linkSelection(IncidentTable table) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selection.set(now);
            }
        });
        selection.addListener((obs, old, now) -> {
            if (now instanceof Incident i && table.getItems().contains(i)) {
                if (table.getSelectionModel().getSelectedItem() != i) {
                    table.getSelectionModel().select(i);
                    table.scrollTo(i);
                }
            } else {
                table.getSelectionModel().clearSelection();
            }
        });
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** Opens {@code file} in the background; on failure lists its problems and keeps the open dataset. */
    public void open(Path file) {
        status.setText("Reading " + file.getFileName() + "\u2026");
        loader.load(file, result -> shown(file, result));
    }

    private void shown(Path file, ReadResult result) {
        if (!result.ok()) {
            int n = result.errors().size();
            status.setText(describe(dataset.get()));
            ProblemsDialog.create(stage, file.getFileName() + " was not opened: " + n + " problem"
                    + (n == 1 ? "" : "s") + " to fix. " + (dataset.get() == null ? ""
                    : "\"" + dataset.get().title() + "\" stays open."), result.problems()).show();
            return;
        }
        Dataset d = result.dataset();
        dataset.set(d);
        selection.set(null);
        incidents.setAll(d.incidents());
        centers.setAll(d.centers());
        stage.setTitle(d.title() + " \u2014 Incident Atlas");
        status.setText(describe(d));
        lastWarnings = result.warnings();
        warnings.setVisible(!lastWarnings.isEmpty());
        warnings.setText(lastWarnings.size() + " warning" + (lastWarnings.size() == 1 ? "" : "s"));
    }

    private static String describe(Dataset d) {
        if (d == null) {
            return "No dataset open.";
        }
        return String.format("%,d incidents, %,d centres, %,d articles \u2014 %s", d.incidents().size(),
                d.centers().size(), d.articles().size(), d.file().getFileName());
    }

    private MenuBar menus() {
        MenuItem open = new MenuItem("Open\u2026");
        open.setId("menuOpen");
        open.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        open.setOnAction(e -> chooseAndOpen());
        MenuItem reload = new MenuItem("Reload");
        reload.setId("menuReload");
        reload.setAccelerator(KeyCombination.keyCombination("Shortcut+R"));
        reload.disableProperty().bind(dataset.isNull());
        reload.setOnAction(e -> open(dataset.get().file()));
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, open, reload, new SeparatorMenuItem(), quit);
        MenuItem about = new MenuItem("About Incident Atlas");
        about.setId("menuAbout");
        about.setOnAction(e -> AboutDialog.create(stage).show());
        return new MenuBar(file, new Menu("Help", null, about));
    }

    private void chooseAndOpen() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open dataset");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Incident Atlas dataset (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (dataset.get() != null) {
            chooser.setInitialDirectory(dataset.get().file().getParent().toFile());
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
        HBox bar = new HBox(8, status, warnings, grow, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.setId("statusBar");
        return bar;
    }
}
