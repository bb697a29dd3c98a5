package org.incidentatlas.ui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.incidentatlas.dataset.DatasetWriter;
import org.incidentatlas.importer.ImportException;
import org.incidentatlas.importer.ImportReport;
import org.incidentatlas.importer.ImportResult;
import org.incidentatlas.importer.ImportSource;
import org.incidentatlas.importer.Importer;

/**
 * File > Import: a UCDP GED or ACLED CSV export becomes a dataset file, which then opens. Reading and writing
 * run in the background with the progress bar; the report says what was imported and what was left out.
 */
final class ImportActions {

    private static final FileChooser.ExtensionFilter UCDP = new FileChooser.ExtensionFilter("UCDP GED CSV export (*.csv)", "*.csv");
    private static final FileChooser.ExtensionFilter ACLED = new FileChooser.ExtensionFilter("ACLED CSV export (*.csv)", "*.csv");

    private final Stage stage;
    private final DatasetLoader loader;
    private final Consumer<Path> open;
    private final Consumer<String> say;

    ImportActions(Stage stage, DatasetLoader loader, Consumer<Path> open, Consumer<String> say) {
        this.stage = stage;
        this.loader = loader;
        this.open = open;
        this.say = say;
    }

    void chooseAndImport() {
        FileChooser in = new FileChooser();
        in.setTitle("Import a UCDP GED or ACLED export (choose which in the file type)");
        in.getExtensionFilters().addAll(UCDP, ACLED);
        File csv = in.showOpenDialog(stage);
        if (csv == null) {
            return;
        }
        ImportSource source = in.getSelectedExtensionFilter() == ACLED ? ImportSource.ACLED : ImportSource.UCDP;
        FileChooser out = new FileChooser();
        out.setTitle("Save the imported dataset as");
        out.getExtensionFilters().add(new FileChooser.ExtensionFilter("Incident Atlas dataset (*.json)", "*.json"));
        out.setInitialDirectory(csv.getParentFile());
        out.setInitialFileName(csv.getName().replaceFirst("(?i)\\.csv$", "") + ".json");
        File target = out.showSaveDialog(stage);
        if (target != null) {
            importInto(source, csv.toPath(), target.toPath());
        }
    }

    /** Imports {@code csv}, writes the dataset to {@code target} and opens it; nothing is written when nothing imports. */
    void importInto(ImportSource source, Path csv, Path target) {
        say.accept("Importing " + csv.getFileName() + "\u2026");
        loader.run(progress -> {
            ImportResult r = new Importer().importFile(source, csv, f -> progress.accept(f * 0.9));
            if (r.anyImported()) {
                new DatasetWriter().write(r.dataset(), target);
            }
            return r;
        }, r -> done(r, target), e -> failed(csv, e));
    }

    private void done(ImportResult r, Path target) {
        ImportReport report = r.report();
        if (!r.anyImported()) {
            say.accept("Nothing imported.");
            show(Alert.AlertType.ERROR, "Nothing could be imported; no file was written.", report);
            return;
        }
        say.accept(String.format("Imported %,d incidents into %s", report.imported(), target.getFileName()));
        show(report.skipped() == 0 ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING,
                String.format("%,d of %,d rows imported into %s.", report.imported(), report.rowsRead(), target.getFileName()),
                report);
        open.accept(target);
    }

    private void failed(Path csv, Throwable e) {
        say.accept("Import failed.");
        String why = e instanceof ImportException ? e.getMessage()
                : e instanceof IOException ? "the dataset could not be written (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")" : e.toString();
        Alert a = new Alert(Alert.AlertType.ERROR, why + "\n\nNothing was written; the open dataset stays open.");
        a.setHeaderText(csv.getFileName() + " could not be imported");
        a.initOwner(stage);
        a.show();
    }

    private void show(Alert.AlertType type, String headline, ImportReport report) {
        Alert a = new Alert(type);
        a.initOwner(stage);
        a.setTitle("Import report");
        a.setHeaderText(headline);
        TextArea text = new TextArea(report.summary() + (report.skippedRows().isEmpty() ? "" : "\n\nSkipped rows:\n"
                + report.skippedRows().stream().map(Object::toString).collect(Collectors.joining("\n"))));
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(680, 300);
        text.setId("importReport");
        a.getDialogPane().setContent(text);
        a.getDialogPane().setId("importDialog");
        a.setResizable(true);
        a.show();
    }
}
