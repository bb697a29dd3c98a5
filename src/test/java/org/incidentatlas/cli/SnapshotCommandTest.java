package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.imageio.ImageIO;
import org.incidentatlas.TestFiles;
import org.incidentatlas.briefing.BriefingComposer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code snapshot} run in-process, as {@code java -jar} runs it (it starts JavaFX headless when it must). */
class SnapshotCommandTest {

    private static final String DATA = TestFiles.bundledDataset().toString();

    @TempDir
    Path temp;

    private final CliRunner cli = new CliRunner();

    @Test
    void writesThePageAsAPngOfWidthAndHeightTimesTheScale() throws Exception {
        Path png = temp.resolve("briefing.png");
        assertEquals(Cli.OK, cli.run("snapshot", "--dataset", DATA, "--out", png.toString(), "--width", "800",
                "--height", "500", "--scale", "2", "--type", "attack", "--type", "clash", "--title", "Two incidents"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(1000, image.getHeight());
        assertTrue(cli.out().startsWith("wrote " + png + ": 1600 x 1000 px (800 x 500 at 2x), 2 of 6 incidents"
                + " (types: attack, clash)"), cli.out());
        assertEquals("", cli.err());
    }

    @Test
    void aCentreAndZoomReplaceTheFit() throws Exception {
        Path png = temp.resolve("kirkuk.png");
        assertEquals(Cli.OK, cli.run("snapshot", "--dataset", DATA, "--out", png.toString(), "--width", "640",
                "--height", "400", "--center", "35.468,44.392", "--zoom", "11"));
        assertEquals(640, ImageIO.read(png.toFile()).getWidth());
        assertEquals(Cli.OK, cli.run("snapshot", "--dataset", DATA, "--out", png.toString(), "--zoom", "5"));
        assertEquals(1920, ImageIO.read(png.toFile()).getWidth(), "1920 x 1080 unless told");
    }

    @Test
    void everyMistakeIsOneLineANonZeroExitAndNothingWritten() throws Exception {
        Path keep = temp.resolve("keep.png");
        Files.writeString(keep, "the analyst's file");
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, "{\"format\": ");
        String out = keep.toString();
        String[][] cases = {
            {"--dataset", DATA, "--out", out, "--bogus", "x"},
            {"--dataset", DATA, "--out", out, "--width"},
            {"--dataset", DATA, "--out", out, "--type", "picnic"},
            {"--dataset", DATA, "--out", out, "--province", "Atlantis"},
            {"--dataset", DATA, "--out", out, "--from", "2024-13-01"},
            {"--dataset", DATA, "--out", out, "--near", "nowhere", "--km", "5"},
            {"--dataset", DATA, "--out", out, "--center", "Kirkuk"},
            {"--dataset", DATA, "--out", out, "--center", "95,44"},
            {"--dataset", DATA, "--out", out, "--center", "35.4"},
            {"--dataset", DATA, "--out", out, "--zoom", "20"},
            {"--dataset", DATA, "--out", out, "--zoom", "8.5"},
            {"--dataset", DATA, "--out", out, "--scale", "4"},
            {"--dataset", DATA, "--out", out, "--scale", "0"},
            {"--dataset", DATA, "--out", out, "--width", "10"},
            {"--dataset", DATA, "--out", out, "--height", "tall"},
            {"--dataset", DATA, "--out", out, "--width", "8000", "--height", "8000", "--scale", "3"},
            {"--dataset", broken.toString(), "--out", out},
            {"--dataset", temp.resolve("missing.json").toString(), "--out", out},
            {"--dataset", DATA},
            {"--out", out},
            {"--dataset", DATA, "--out", out, "--width", "1200"},
            {"--dataset", DATA, "--out", temp.resolve("picture.txt").toString()},
        };
        List<String> said = new ArrayList<>();
        for (String[] c : cases) {
            String what = String.join(" ", c);
            cli.resetErr();
            int code = cli.run(args(c));
            assertNotEquals(Cli.OK, code, what);
            assertEquals(1, cli.err().lines().count(), "one line for " + what + ": " + cli.err());
            assertTrue(cli.err().startsWith("error: "), cli.err());
            assertEquals("the analyst's file", Files.readString(keep), "nothing written for " + what);
            said.add(cli.err());
        }
        assertTrue(said.get(2).contains("\"picnic\" is not a type in this dataset"), said.get(2));
        assertTrue(said.get(6).contains("--center takes LAT,LON"), said.get(6));
        assertTrue(said.get(9).contains("--zoom takes a whole number from 3 to 14"), said.get(9));
        assertTrue(said.get(15).contains("the most is 60,000,000"), said.get(15));
        try (var files = Files.list(temp)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void anOutputThatCannotBeWrittenIsOneLineAndNothingIsMade() throws Exception {
        Path nowhere = temp.resolve("no/such/folder/briefing.png");
        Path folder = Files.createDirectory(temp.resolve("a-folder.png"));
        for (Path target : List.of(nowhere, folder)) {
            cli.resetErr();
            assertEquals(Cli.PROBLEMS, cli.run("snapshot", "--dataset", DATA, "--out", target.toString()));
            assertEquals(1, cli.err().lines().count(), cli.err());
            assertTrue(cli.err().startsWith("error: cannot write " + target), cli.err());
        }
        assertFalse(Files.exists(nowhere.getParent()));
        try (var inFolder = Files.list(folder)) {
            assertEquals(0, inFolder.count());
        }
    }

    @Test
    void aMapThatIsNeverDrawnIsOneLineAndNothingIsWritten() throws Exception {
        Path keep = temp.resolve("keep.png");
        Files.writeString(keep, "the analyst's file");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        SnapshotCommand stuck = new SnapshotCommand(new Cli(o, e), () -> new BriefingComposer(
                (z, x, y, d) -> new CompletableFuture<>(), Duration.ofMillis(500), Clock.systemUTC()));
        assertEquals(Cli.PROBLEMS, stuck.run(List.of("--dataset", DATA, "--out", keep.toString(), "--width", "600", "--height", "400")));
        String said = err.toString(StandardCharsets.UTF_8);
        assertEquals("error: the briefing could not be made: the map was not drawn within 500 ms; nothing was made"
                + " from a half-drawn map. Nothing was written.", said.strip());
        assertEquals("the analyst's file", Files.readString(keep));
    }

    private static String[] args(String[] c) {
        String[] all = new String[c.length + 1];
        all[0] = "snapshot";
        System.arraycopy(c, 0, all, 1, c.length);
        return all;
    }
}
