package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.incidentatlas.TestDatasets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code playback}: an animated GIF of briefing pages, one per step, with the frames' dates. */
class PlaybackCommandTest {

    @TempDir
    Path temp;

    private final CliRunner cli = new CliRunner();

    @Test
    void aCumulativeWeeklyPlaybackHasAFramePerWeekWithItsDatesAndLoops() throws Exception {
        Path data = TestDatasets.write(temp.resolve("data"), "atlas.json", "Playback test", 28);
        Path gif = temp.resolve("out.gif");
        Path frames = temp.resolve("frames");
        assertEquals(Cli.OK, cli.run("playback", "--dataset", data.toString(), "--out", gif.toString(), "--step", "week",
                "--from", "2020-01-01", "--to", "2020-01-28", "--cumulative", "--frames-dir", frames.toString(),
                "--width", "640", "--height", "400", "--delay", "500"), cli.err());
        // one incident a day from 1 Jan 2020, every tenth dated only to the year (so in every frame)
        List<String> lines = cli.out().lines().filter(l -> l.startsWith("frame ")).toList();
        assertEquals(List.of(
                "frame 1 of 4: 1 Jan 2020 to 7 Jan 2020, 9 incidents",
                "frame 2 of 4: 1 Jan 2020 to 14 Jan 2020, 15 incidents",
                "frame 3 of 4: 1 Jan 2020 to 21 Jan 2020, 21 incidents",
                "frame 4 of 4: 1 Jan 2020 to 28 Jan 2020, 28 incidents"), lines);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(4, reader.getNumImages(true));
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals("50", control.getAttribute("delayTime"), "hundredths of a second");
            IIOMetadataNode app = (IIOMetadataNode) root.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", app.getAttribute("applicationID"));
            assertEquals(640, reader.read(3).getWidth());
        }
        for (int k = 1; k <= 4; k++) {
            assertTrue(Files.size(frames.resolve("frame-00" + k + ".png")) > 1000);
        }
        assertFalse(Files.exists(frames.resolve("frame-005.png")));
    }

    @Test
    void fadedFramesCountTheEarlierWeeksOfTheRunAndCumulativeRefusesThem() throws Exception {
        Path data = TestDatasets.write(temp.resolve("data"), "atlas.json", "Playback test", 28);
        Path gif = temp.resolve("faded.gif");
        assertEquals(Cli.OK, cli.run("playback", "--dataset", data.toString(), "--out", gif.toString(), "--step", "week",
                "--from", "2020-01-01", "--to", "2020-01-28", "--faded", "--width", "640",
                "--height", "400"), cli.err());
        // a week alone each frame, with the two dated only to the year (in every frame, so never faded); the
        // day-dated ones of the weeks before it faded
        assertEquals(List.of(
                "frame 1 of 4: 1 Jan 2020 to 7 Jan 2020, 9 incidents, 0 earlier faded",
                "frame 2 of 4: 8 Jan 2020 to 14 Jan 2020, 8 incidents, 7 earlier faded",
                "frame 3 of 4: 15 Jan 2020 to 21 Jan 2020, 8 incidents, 13 earlier faded",
                "frame 4 of 4: 22 Jan 2020 to 28 Jan 2020, 9 incidents, 19 earlier faded"),
                cli.out().lines().filter(l -> l.startsWith("frame ")).toList());
        assertTrue(Files.size(gif) > 1000);
        Path never = temp.resolve("never.gif");
        assertEquals(Cli.USAGE, cli.run("playback", "--dataset", data.toString(), "--out", never.toString(), "--step", "week",
                "--from", "2020-01-01", "--to", "2020-01-28", "--faded", "--cumulative"));
        assertTrue(cli.err().contains("--faded shows nothing with --cumulative"), cli.err());
        assertFalse(Files.exists(never));
    }

    @Test
    void aPlaybackWithoutItsRangeOrWithBothSpansIsRefusedAndWritesNothing() throws IOException {
        Path data = TestDatasets.write(temp.resolve("data"), "atlas.json", "Playback test", 5);
        Path gif = temp.resolve("never.gif");
        assertEquals(Cli.USAGE, cli.run("playback", "--dataset", data.toString(), "--out", gif.toString(), "--step", "month"));
        assertTrue(cli.err().contains("--from and --to are needed"), cli.err());
        assertEquals(Cli.USAGE, cli.run("playback", "--dataset", data.toString(), "--out", gif.toString(), "--step", "month",
                "--from", "2020-01-01", "--to", "2020-03-01", "--window", "30", "--cumulative"));
        assertTrue(cli.err().contains("exclude each other"), cli.err());
        assertEquals(Cli.USAGE, cli.run("playback", "--dataset", data.toString(), "--out", gif.toString(), "--step", "fortnight",
                "--from", "2020-01-01", "--to", "2020-03-01"));
        assertTrue(cli.err().contains("day, week or month"), cli.err());
        assertEquals(Cli.USAGE, cli.run("playback", "--dataset", data.toString(), "--out", temp.resolve("x.png").toString(),
                "--step", "month", "--from", "2020-01-01", "--to", "2020-03-01"));
        assertTrue(cli.err().contains(".gif"), cli.err());
        assertFalse(Files.exists(gif));
    }
}
