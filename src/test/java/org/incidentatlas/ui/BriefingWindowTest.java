package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.incidentatlas.briefing.PageSize;
import org.incidentatlas.map.AtlasMap;
import org.incidentatlas.map.MapFraming;
import javafx.scene.control.Button;
import javafx.scene.image.ImageView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The window's briefing snapshot: Ctrl+Shift+S and the toolbar open it; it saves and copies the page. */
class BriefingWindowTest extends ApplicationTest {

    @TempDir
    Path temp;

    private final AppFixture fixture = new AppFixture();
    private MainView view;

    @BeforeEach
    void startApp() throws Exception {
        fixture.start(this);
        view = lookup("#mainView").queryAs(MainView.class);
    }

    @AfterEach
    void stopApp() throws Exception {
        fixture.stop();
        // a briefing of the bundled sample leaves no snapshot in its folder (the source tree, or the read-only image)
        Path folder = org.incidentatlas.app.BundledFiles.ofThisRun().dataset().getParent();
        try (var files = Files.list(folder)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(n -> n.contains(".briefing-")).toList());
        }
    }

    private String message() {
        return lookup("#messageText").queryAs(Label.class).getText();
    }

    @SuppressWarnings("unchecked")
    private ChoiceBox<PageSize> sizes() {
        return lookup("#briefingSize").queryAs(ChoiceBox.class);
    }

    @Test
    void theShortcutOpensItWithTheDatasetsTitleAndItSavesTheChosenPage() throws Exception {
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S).release(KeyCode.S, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.briefing().stage().isShowing());
        TextField title = lookup("#briefingTitleField").queryAs(TextField.class);
        assertEquals(view.workbench().datasetProperty().get().title(), title.getText());
        AtlasMap map = view.map();
        PageSize current = sizes().getItems().get(0);
        assertTrue(current.mapOnly());
        assertEquals((int) map.getWidth(), current.width(), "the first preset is the map as it is now");
        assertEquals(PageSize.SLIDE, sizes().getItems().get(1));
        assertEquals(PageSize.A4_LANDSCAPE, sizes().getItems().get(2));

        interact(() -> {
            title.setText("Morning brief");
            sizes().setValue(PageSize.SLIDE);
        });
        assertEquals("3840 x 2160 pixels", lookup("#briefingPixels").queryAs(Label.class).getText(), "2x unless chosen");
        Path png = temp.resolve("brief.png");
        interact(() -> view.briefing().save(png));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message().startsWith("Saved"));
        assertEquals("Saved the briefing to brief.png (3840 x 2160 pixels)", message());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(3840, image.getWidth());
        assertEquals(2160, image.getHeight());
        assertFalse(view.briefing().stage().isShowing(), "the dialog closes once the page is saved");
    }

    @Test
    void theToolbarOpensItAndCopyPutsThePageOnTheClipboard() throws Exception {
        clickOn("#toolBriefing");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.briefing().stage().isShowing());
        interact(() -> view.briefing().copy());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message().startsWith("Copied"));
        boolean[] image = new boolean[1];
        interact(() -> image[0] = Clipboard.getSystemClipboard().hasImage());
        assertTrue(image[0], "an image is on the clipboard");
        assertTrue(message().matches("Copied the briefing to the clipboard \\(\\d+ x \\d+ pixels\\)"), message());
    }

    @Test
    void theCurrentViewKeepsTheMapsCentreAndZoom() throws Exception {
        AtlasMap map = view.map();
        interact(() -> map.setView(35.468, 44.392, 9));
        WaitForAsyncUtils.waitForFxEvents();
        MapFraming now = MapFraming.current(map);
        assertEquals(35.468, now.lat(), 0.001);
        assertEquals(44.392, now.lon(), 0.001);
        assertEquals(9, now.zoom());
        interact(() -> view.briefing().show());
        Path png = temp.resolve("view.png");
        interact(() -> {
            sizes().getSelectionModel().select(0);
            lookup("#briefingDensity").queryAs(ChoiceBox.class).getSelectionModel().select(0);
        });
        interact(() -> view.briefing().save(png));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(png) && message().startsWith("Saved"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertTrue(image.getWidth() > map.getWidth() && image.getHeight() > map.getHeight(),
                "the map at its size, the page around it: " + image.getWidth() + " x " + image.getHeight());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPdfIsPreviewedThenWrittenWithItsKeyAndQuotes() throws Exception {
        interact(() -> view.briefing().show());
        interact(() -> {
            lookup("#briefingFormat").queryAs(ChoiceBox.class).setValue("PDF document");
            lookup("#briefingPaper").queryAs(ChoiceBox.class).getSelectionModel().select(1); // A4 portrait
        });
        assertEquals("Save PDF\u2026", lookup("#briefingSave").queryAs(Button.class).getText());
        interact(() -> view.briefing().preview());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> lookup("#briefingPreview").queryAs(ImageView.class).getImage() != null);
        String said = lookup("#briefingPreviewText").queryAs(Label.class).getText();
        assertTrue(said.startsWith("PDF, A4 portrait. Page 1: this map"), said);
        Path pdf = temp.resolve("brief.pdf");
        interact(() -> view.briefing().savePdf(pdf));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> message().startsWith("Saved"));
        assertTrue(message().startsWith("Saved the briefing to brief.pdf (A4 portrait, "), message());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Key: the numbered incidents on the map"), "the key follows the map");
            assertEquals(595.28f, doc.getPage(0).getMediaBox().getWidth(), 0.01f);
        }
    }
}
