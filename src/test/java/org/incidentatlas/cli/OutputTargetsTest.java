package org.incidentatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.incidentatlas.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writing commands onto devices, links and folders left with a killed export's temporary file. */
class OutputTargetsTest {

    @TempDir
    Path temp;

    private final CliRunner cli = new CliRunner();
    private final String dataset = TestFiles.bundledDataset().toString();

    @Test
    void exportingToDevNullLeavesTheDevice() throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull, LinkOption.NOFOLLOW_LINKS));
        assertEquals(Cli.OK, cli.run("export-csv", "--dataset", dataset, "--out", "/dev/null"), cli.err());
        assertEquals(Cli.OK, cli.run("sources", dataset, "--out", "/dev/null"), cli.err());
        assertEquals(0020000, (Integer) Files.getAttribute(devNull, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000,
                "/dev/null is still a character device");
    }

    @Test
    void aFullDeviceIsOneClearLine() throws Exception {
        Path devFull = Path.of("/dev/full");
        assumeTrue(Files.exists(devFull, LinkOption.NOFOLLOW_LINKS));
        assertEquals(Cli.PROBLEMS, cli.run("sources", dataset, "--out", "/dev/full"));
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().startsWith("error: cannot write /dev/full (No space left on device)"), cli.err());
        assertEquals(0020000, (Integer) Files.getAttribute(devFull, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000);
    }

    @Test
    void anExportThroughALinkWritesTheFileItNames() throws Exception {
        Path real = Files.writeString(temp.resolve("2026-12.csv"), "old");
        Path link = Files.createSymbolicLink(temp.resolve("latest.csv"), real.getFileName());
        assertEquals(Cli.OK, cli.run("export-csv", "--dataset", dataset, "--out", link.toString()), cli.err());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).startsWith("id,date_start,"));
    }

    @Test
    void anExportToALinkToNothingIsRefusedAndWritesNothing() throws Exception {
        Path link = Files.createSymbolicLink(temp.resolve("latest.csv"), temp.resolve("gone/2026-12.csv"));
        assertEquals(Cli.PROBLEMS, cli.run("export-csv", "--dataset", dataset, "--out", link.toString()));
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().contains("is a symbolic link to") && cli.err().contains("Nothing was written"), cli.err());
        assertFalse(Files.exists(temp.resolve("gone")));
    }

    @Test
    void aWritingCommandRemovesATemporaryFileAKilledOneLeft() throws Exception {
        // the name a writer with a pid no process can have (above the kernel's maximum) leaves
        Path left = Files.writeString(temp.resolve(".out.csv.incident-atlas-999999999-k1lled00.tmp"), "half an export");
        assertEquals(Cli.OK, cli.run("sources", dataset, "--out", temp.resolve("sources.md").toString()), cli.err());
        assertFalse(Files.exists(left));
        try (var s = Files.list(temp)) {
            assertEquals(1, s.count(), "only the output");
        }
    }
}
