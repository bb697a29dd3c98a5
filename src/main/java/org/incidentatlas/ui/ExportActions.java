package org.incidentatlas.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.incidentatlas.export.CsvExporter;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;

/** The window's exports, each writing exactly what the table shows, in its order, off the FX thread. */
final class ExportActions {

    static final FileChooser.ExtensionFilter CSV = new FileChooser.ExtensionFilter("CSV, UTF-8 (*.csv)", "*.csv");
    static final FileChooser.ExtensionFilter CSV_EXCEL =
            new FileChooser.ExtensionFilter("CSV for Excel, UTF-8 with byte-order mark (*.csv)", "*.csv");

    private final Stage stage;
    private final Workbench bench;
    private final Executor background;
    private final Consumer<String> say;

    ExportActions(Stage stage, Workbench bench, Executor background, Consumer<String> say) {
        this.stage = stage;
        this.bench = bench;
        this.background = background;
        this.say = say;
    }

    void exportCsv() {
        Dataset d = bench.datasetProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the " + bench.incidents().size() + " incidents the table shows");
        chooser.getExtensionFilters().addAll(CSV, CSV_EXCEL);
        chooser.setInitialFileName(slug(d.title()) + "-incidents.csv");
        if (d.file().getParent() != null && d.file().getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(d.file().getParent().toFile());
        }
        File f = chooser.showSaveDialog(stage);
        if (f != null) {
            Path target = f.getName().contains(".") ? f.toPath() : f.toPath().resolveSibling(f.getName() + ".csv");
            exportCsv(target, chooser.getSelectedExtensionFilter() == CSV_EXCEL);
        }
    }

    /** Writes what the table shows now; the result is reported in the status bar, a failure in a dialog. */
    void exportCsv(Path target, boolean forExcel) {
        List<Incident> rows = List.copyOf(bench.incidents());
        Map<String, Article> articles = bench.datasetProperty().get().articlesById();
        say.accept("Exporting " + rows.size() + " incidents\u2026");
        background.execute(() -> {
            try {
                new CsvExporter(articles).write(rows, target, forExcel);
                Platform.runLater(() -> say.accept(String.format("Exported %,d incidents to %s", rows.size(), target.getFileName())));
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> {
                    say.accept("Export failed.");
                    alert(stage, "The CSV could not be written", "Nothing was written to " + target + ".\n\n"
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + "\n\nCheck that the folder exists and can be written to.").show();
                });
            }
        });
    }

    /** An error dialog over {@code owner} for an export that failed. */
    static Alert alert(Stage owner, String header, String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text);
        a.initOwner(owner);
        a.setHeaderText(header);
        return a;
    }

    static String slug(String title) {
        String s = title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (s.isEmpty()) {
            return "incidents";
        }
        if (s.length() <= 40) {
            return s;
        }
        int cut = s.lastIndexOf('-', 40); // whole words only
        return s.substring(0, cut > 10 ? cut : 40);
    }
}
