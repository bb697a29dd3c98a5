package org.incidentatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A writer killed with SIGKILL mid-write: the old file stays whole, and the next write clears what it left. */
class AtomicFilesKillTest {

    @TempDir
    Path temp;

    @Test
    void aKilledWriteLeavesTheOldFileAndTheNextWriteRemovesItsTemporaryFile() throws Exception {
        Path target = Files.writeString(temp.resolve("briefing.png"), "the old briefing");
        Process child = startWriting(target);
        try {
            Path left = onlyTemporaryFile();
            assertTrue(left.getFileName().toString().contains(".incident-atlas-" + child.pid() + "-"), left.toString());

            // while the writer lives, another write into the folder leaves its file alone
            AtomicFiles.write(temp.resolve("other.csv"), new byte[1]);
            assertTrue(Files.exists(left), "a live writer's temporary file is not stale");

            child.destroyForcibly(); // SIGKILL on Linux and macOS: no finally block runs
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals("the old briefing", Files.readString(target));
            assertTrue(Files.exists(left), "a kill -9 leaves the temporary file; the next write removes it");

            AtomicFiles.write(temp.resolve("other.csv"), new byte[2]);
            try (var s = Files.list(temp)) {
                assertEquals(List.of(temp.resolve("briefing.png"), temp.resolve("other.csv")), s.sorted().toList());
            }
        } finally {
            child.destroyForcibly();
        }
    }

    private Process startWriting(Path target) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = Path.of(AtomicFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                + File.pathSeparator + Path.of(SlowWrite.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Process p = new ProcessBuilder(java, "-Xshare:auto", "-cp", classpath, SlowWrite.class.getName(), target.toString())
                .redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line = lines.readLine();
        assertEquals("writing", line, "the child did not start writing");
        return p;
    }

    private Path onlyTemporaryFile() throws Exception {
        try (var s = Files.list(temp)) {
            List<Path> tmp = s.filter(p -> TempFiles.NAME.matcher(p.getFileName().toString()).matches()).toList();
            assertEquals(1, tmp.size(), tmp.toString());
            return tmp.get(0);
        }
    }
}
