package org.incidentatlas.ui;

import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.incidentatlas.briefing.Briefing;
import org.incidentatlas.briefing.BriefingKey;
import org.incidentatlas.export.PdfBriefing;

/**
 * The briefing dialog's choices beyond the page (PNG or PDF, the PDF's paper, how many incidents the key numbers
 * and which) and its preview: a small picture of what will be written, with the pages it will have.
 */
final class BriefingOptions {

    /** The preview's box; the page is shown whole inside it. */
    private static final double PREVIEW_W = 560;
    private static final double PREVIEW_H = 330;

    final ChoiceBox<String> format = new ChoiceBox<>();
    final ChoiceBox<PdfBriefing.Paper> paper = new ChoiceBox<>();
    final Spinner<Integer> keyLines = new Spinner<>(0, BriefingKey.KeyOptions.MAX_LINES,
            BriefingKey.KeyOptions.DEFAULT.lines());
    final ChoiceBox<BriefingKey.Pick> pick = new ChoiceBox<>();
    private final ImageView preview = new ImageView();
    private final Label previewText = new Label("Preview shows here what Save will write.");

    BriefingOptions() {
        format.setId("briefingFormat");
        format.getItems().setAll("PNG page", "PDF document");
        format.setValue("PNG page");
        paper.setId("briefingPaper");
        paper.getItems().setAll(List.of(PdfBriefing.Paper.A4_LANDSCAPE, new PdfBriefing.Paper(PdfBriefing.Size.A4, false),
                new PdfBriefing.Paper(PdfBriefing.Size.LETTER, true), new PdfBriefing.Paper(PdfBriefing.Size.LETTER, false)));
        paper.setValue(PdfBriefing.Paper.A4_LANDSCAPE);
        paper.setConverter(new StringConverter<>() {
            @Override
            public String toString(PdfBriefing.Paper p) {
                return p == null ? "" : p.label();
            }

            @Override
            public PdfBriefing.Paper fromString(String s) {
                return null;
            }
        });
        paper.disableProperty().bind(format.valueProperty().isNotEqualTo("PDF document"));
        keyLines.setId("briefingKeyLines");
        keyLines.setEditable(true);
        keyLines.setPrefWidth(80);
        pick.setId("briefingKeyPick");
        pick.getItems().setAll(BriefingKey.Pick.values());
        pick.setValue(BriefingKey.KeyOptions.DEFAULT.pick());
        pick.setConverter(new StringConverter<>() {
            @Override
            public String toString(BriefingKey.Pick p) {
                return p == null ? "" : p.words();
            }

            @Override
            public BriefingKey.Pick fromString(String s) {
                return null;
            }
        });
        preview.setId("briefingPreview");
        preview.setPreserveRatio(true);
        preview.setFitWidth(PREVIEW_W);
        preview.setFitHeight(PREVIEW_H);
        previewText.setId("briefingPreviewText");
        previewText.setWrapText(true);
        previewText.setMaxWidth(PREVIEW_W);
    }

    boolean pdf() {
        return "PDF document".equals(format.getValue());
    }

    BriefingKey.KeyOptions key() {
        Integer n = keyLines.getValue();
        return new BriefingKey.KeyOptions(n == null ? 0 : n, pick.getValue(), true);
    }

    /** The key's row: how many and which. */
    HBox keyRow() {
        HBox row = new HBox(8, keyLines, new Label("incidents, the"), pick);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    VBox previewBox() {
        VBox box = new VBox(6, preview, previewText);
        box.setMinHeight(PREVIEW_H + 40);
        return box;
    }

    // the text first, the image last: the image appearing is the sign the preview is complete
    void show(Briefing b) {
        int n = b.key().entries().size();
        previewText.setText(String.format("PNG, %d x %d pixels: the map with %d numbered incident%s, the legend and the"
                + " key below it.%s", b.widthPx(), b.heightPx(), n, n == 1 ? "" : "s",
                b.key().more() > 0 && n > 0 ? " " + b.key().moreLine() : ""));
        preview.setImage(b.image());
    }

    void show(PdfBriefing b) {
        Image map = SwingFXUtils.toFXImage(b.map(), null);
        long quotes = b.key().stream().mapToLong(k -> k.quotes().size()).sum();
        previewText.setText(String.format("PDF, %s. Page 1: this map with its title, filter, legend, scale bar, north"
                + " arrow and credits; then the key of %d incident%s and their %d quote%s, each with its full"
                + " citation.%s", b.paper().label(), b.key().size(), b.key().size() == 1 ? "" : "s", quotes,
                quotes == 1 ? "" : "s", b.moreLine().isEmpty() ? "" : " " + b.moreLine()));
        preview.setImage(map);
    }

    void clear(String why) {
        preview.setImage(null);
        previewText.setText(why);
    }
}
