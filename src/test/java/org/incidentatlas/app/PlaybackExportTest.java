package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.trend.PlaybackPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/**
 * Export playback… through the Workbench: the frames the command line makes, as a GIF and numbered PNGs, through
 * the scripted file dialog; each frame's dates said as it is made; a cancel leaves no GIF.
 */
class PlaybackExportTest {

    @TempDir
    Path temp;

    private Preferences node;
    private Workbench bench;
    private ScriptedDialogs dialogs;
    private final List<String> said = new ArrayList<>();

    @BeforeAll
    static void startJavaFx() throws Exception {
        FxToolkit.registerPrimaryStage(); // the pages are drawn on the FX thread; the work waits for them
    }

    @BeforeEach
    void create() throws IOException {
        node = Preferences.userRoot().node("org/incidentatlas-tests/playback-export-" + UUID.randomUUID());
        dialogs = new ScriptedDialogs();
        bench = new Workbench(Runnable::run, Runnable::run, dialogs, new AppSettings(node), PlaceVariants.bundled());
        bench.open(TestDatasets.write(temp.resolve("data"), "atlas.json", "Playback", 28)); // one a day from 1 Jan 2020
        bench.messageProperty().addListener((o, was, now) -> said.add(now));
        bench.changeFilter(f -> f.withDates(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 28)).withCoarseDate(false));
        bench.playback().setStep(PlaybackPlan.Step.WEEK);
        bench.playback().setSpan(PlaybackPlan.Span.STEP, 0);
        bench.playback().setDelay(500);
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void theGifAndTheNumberedFramesHaveAFramePerWeekWithItsDates() throws Exception {
        Path gif = temp.resolve("out/weeks.gif");
        Files.createDirectories(gif.getParent());
        dialogs.file(gif, 2); // GIF and numbered PNG frames
        bench.playback().export();
        assertEquals(List.of(
                "Exporting the playback: frame 1 of 4 (1 Jan 2020 to 7 Jan 2020)\u2026",
                "Exporting the playback: frame 2 of 4 (8 Jan 2020 to 14 Jan 2020)\u2026",
                "Exporting the playback: frame 3 of 4 (15 Jan 2020 to 21 Jan 2020)\u2026",
                "Exporting the playback: frame 4 of 4 (22 Jan 2020 to 28 Jan 2020)\u2026"),
                said.stream().filter(s -> s.startsWith("Exporting the playback: frame")).toList());
        assertEquals("Saved the playback: weeks.gif and weeks-001.png to weeks-004.png (4 frames of 1280 x 800)",
                bench.messageProperty().get());
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(4, reader.getNumImages(true));
            assertEquals(1280, reader.read(3).getWidth());
        }
        for (int k = 1; k <= 4; k++) {
            assertEquals(800, ImageIO.read(gif.resolveSibling("weeks-00" + k + ".png").toFile()).getHeight());
        }
        assertFalse(Files.exists(gif.resolveSibling("weeks-005.png")));
        assertEquals(LocalDate.of(2020, 1, 28), bench.filterProperty().get().to(), "the filter is left as it was");
        assertFalse(bench.playback().exporter().runningProperty().get());
    }

    @Test
    void aCancelStopsBeforeTheNextFrameAndWritesNoGif() {
        Path gif = temp.resolve("cancelled.gif");
        dialogs.file(gif, 0);
        bench.messageProperty().addListener((o, was, now) -> {
            if (now.startsWith("Exporting the playback: frame 2 of 4")) {
                bench.playback().exporter().cancel();
            }
        });
        bench.playback().export();
        assertEquals("Playback export cancelled after 2 of 4 frames; cancelled.gif was not written.",
                bench.messageProperty().get());
        assertFalse(Files.exists(gif));
        assertTrue(dialogs.shown.isEmpty(), "a cancel is no error");
    }

    @Test
    void aTargetThatIsTheDatasetIsRefused() {
        dialogs.file(temp.resolve("data/atlas.json"), 0);
        bench.playback().export();
        assertTrue(dialogs.lastShown().text().toLowerCase().contains("dataset"), dialogs.lastShown().text());
    }
}
