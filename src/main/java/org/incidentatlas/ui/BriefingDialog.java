package org.incidentatlas.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.incidentatlas.briefing.Briefing;
import org.incidentatlas.briefing.BriefingComposer;
import org.incidentatlas.briefing.BriefingRequest;
import org.incidentatlas.briefing.PageSize;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.map.AtlasMap;
import org.incidentatlas.map.MapFraming;

/**
 * File > Briefing snapshot (Ctrl+Shift+S): the briefing page of what the window shows now (the filtered list,
 * the map's view) with an editable title, at a size and pixel density, saved as a PNG or copied. The page is
 * drawn on the FX thread once the map is complete; the PNG is written on the background executor, and the
 * result is said in the status bar, as for the CSV export.
 */
final class BriefingDialog {

    private final Workbench bench;
    private final AtlasMap map;
    private final Stage stage = new Stage();
    private final TextField title = new TextField();
    private final ChoiceBox<PageSize> size = new ChoiceBox<>();
    private final ChoiceBox<Integer> density = new ChoiceBox<>();
    private final Label pixels = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final Label state = new Label();
    private final Button save = new Button("Save PNG\u2026");
    private final Button copy = new Button("Copy to clipboard");
    private final Button previewButton = new Button("Preview");
    private final BriefingOptions options = new BriefingOptions();

    BriefingDialog(Stage owner, Workbench bench, AtlasMap map, BriefingComposer composer) {
        this.bench = bench;
        this.map = map;
        bench.setBriefingComposer(composer);
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Briefing snapshot");
        stage.setScene(new Scene(content()));
    }

    /** Opens the dialog for what the window shows now; the title starts as the dataset's. */
    void show() {
        title.setText(bench.datasetProperty().get().title());
        PageSize current = PageSize.mapOf((int) map.getWidth(), (int) map.getHeight());
        int chosen = Math.max(0, size.getSelectionModel().getSelectedIndex());
        size.getItems().setAll(current, PageSize.SLIDE, PageSize.A4_LANDSCAPE);
        size.getSelectionModel().select(chosen);
        busy(false, what());
        stage.show();
        title.requestFocus();
    }

    Stage stage() {
        return stage;
    }

    private VBox content() {
        title.setId("briefingTitleField");
        title.setPrefColumnCount(36);
        size.setId("briefingSize");
        size.valueProperty().addListener(o -> showPixels());
        density.setId("briefingDensity");
        density.getItems().setAll(1, 2, 3);
        density.setValue(2);
        density.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer d) {
                return d == null ? "" : d + "x";
            }

            @Override
            public Integer fromString(String s) {
                return Integer.valueOf(s.replace("x", ""));
            }
        });
        density.valueProperty().addListener(o -> showPixels());
        pixels.setId("briefingPixels");
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Title"), title);
        form.addRow(1, new Label("Size"), size);
        form.addRow(2, new Label("Pixel density"), new HBox(10, density, pixels));
        form.addRow(3, new Label("Key"), options.keyRow());
        form.addRow(4, new Label("Write"), new HBox(10, options.format, options.paper));
        size.disableProperty().bind(options.format.valueProperty().isEqualTo("PDF document"));
        density.disableProperty().bind(size.disableProperty());
        options.format.valueProperty().addListener(o -> {
            save.setText(options.pdf() ? "Save PDF\u2026" : "Save PNG\u2026");
            copy.setDisable(options.pdf());
            options.clear("Preview shows here what Save will write.");
        });
        progress.setId("briefingProgress");
        progress.setMaxWidth(Double.MAX_VALUE);
        state.setId("briefingState");
        state.setWrapText(true);
        save.setId("briefingSave");
        save.setDefaultButton(true);
        save.setOnAction(e -> saveAs());
        copy.setId("briefingCopy");
        copy.setOnAction(e -> copy());
        previewButton.setId("briefingPreviewButton");
        previewButton.setOnAction(e -> preview());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(8, previewButton, grow, save, copy, close);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(12, form, options.previewBox(), new VBox(4, progress, state), buttons);
        box.setPadding(new Insets(16));
        box.setId("briefingDialog");
        return box;
    }

    /** What the page will show, so the analyst can check the filter before making it. */
    private String what() {
        int n = bench.incidents().size();
        return String.format("The page shows %,d incident%s (%s) around the map's centre now.", n, n == 1 ? "" : "s",
                bench.filterProperty().get().describe());
    }

    private void showPixels() {
        PageSize s = size.getValue();
        Integer d = density.getValue();
        if (s == null || d == null) {
            return;
        }
        pixels.setText(s.mapOnly()
                ? String.format("map %d x %d pixels, the page a little larger", s.width() * d, s.height() * d)
                : String.format("%d x %d pixels", s.width() * d, s.height() * d));
    }

    private void saveAs() {
        if (options.pdf()) {
            bench.chooseBriefingPdf(title.getText()).ifPresent(this::savePdf);
        } else {
            bench.chooseBriefingFile(title.getText()).ifPresent(this::save);
        }
    }

    /** Composes the PDF and writes it to {@code target} in the background. */
    void savePdf(Path target) {
        busy(true, "Drawing the map\u2026");
        bench.briefingPdf(request(), options.paper.getValue()).whenComplete((b, e) -> {
            if (e != null) {
                busy(false, "Failed.");
                return;
            }
            options.show(b);
            busy(true, "Writing " + target.getFileName() + "\u2026");
            bench.saveBriefingPdf(b, target, stage::close, () -> busy(false, "Failed."));
        });
    }

    /** Shows what Save would write now: the PNG page at 1x, or the PDF's map page and what follows it. */
    void preview() {
        busy(true, "Drawing the preview\u2026");
        if (options.pdf()) {
            bench.briefingPdf(request(), options.paper.getValue()).whenComplete((b, e) -> {
                busy(false, e == null ? what() : "Failed.");
                if (e == null) {
                    options.show(b);
                }
            });
        } else {
            BriefingRequest r = request();
            bench.briefing(r.withSize(r.size(), 1), progress::setProgress).whenComplete((b, e) -> {
                busy(false, e == null ? what() : "Failed.");
                if (e == null) {
                    options.show(b);
                }
            });
        }
    }

    private BriefingRequest request() {
        return bench.briefingRequest(title.getText(), size.getValue(), density.getValue(),
                BriefingRequest.Framing.keep(MapFraming.current(map), map.getWidth(), map.getHeight()))
                .withKey(options.key());
    }

    /** Draws the page and writes it to {@code target} in the background; the status bar says how it went. */
    void save(Path target) {
        compose().thenAccept(b -> {
            busy(true, "Writing " + target.getFileName() + "\u2026");
            bench.saveBriefing(b, target, stage::close, () -> busy(false, "Failed."));
        });
    }

    /** Draws the page and puts it on the clipboard as an image. */
    void copy() {
        compose().thenAccept(b -> {
            ClipboardContent content = new ClipboardContent();
            content.putImage(b.image());
            Clipboard.getSystemClipboard().setContent(content);
            done(String.format("Copied the briefing to the clipboard (%d x %d pixels)", b.widthPx(), b.heightPx()));
        });
    }

    /** The page of what the window shows now; a failure is shown by the workbench and ends the chain. */
    private CompletableFuture<Briefing> compose() {
        busy(true, "Drawing the map\u2026");
        return bench.briefing(request(), progress::setProgress).whenComplete((b, e) -> {
            if (e != null) {
                busy(false, "Failed.");
            }
        });
    }

    private void busy(boolean busy, String what) {
        save.setDisable(busy);
        copy.setDisable(busy || options.pdf());
        previewButton.setDisable(busy);
        progress.setVisible(busy);
        progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        state.setText(what);
    }

    private void done(String message) {
        busy(false, what());
        bench.say(message);
        stage.close();
    }
}
