package org.incidentatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What AtomicFiles does with targets that are not plain files, and with the temporary files it leaves. */
class AtomicFilesTest {

    private static final int S_IFMT = 0170000;

    @TempDir
    Path temp;

    @Test
    void aFifoIsWrittenDirectlyAndStaysAFifo() throws Exception {
        Path fifo = temp.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is needed");
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readAllBytes(fifo);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        AtomicFiles.write(fifo, "through the pipe".getBytes(StandardCharsets.UTF_8));
        assertEquals("through the pipe", new String(reader.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8));
        assertEquals(0010000, mode(fifo) & S_IFMT, "still a FIFO, not a regular file put in its place");
        assertEquals(List.of(fifo), list(), "no temporary file beside it");
    }

    @Test
    void devNullStaysTheDevice() throws Exception {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull, LinkOption.NOFOLLOW_LINKS));
        AtomicFiles.write(devNull, new byte[10_000]);
        assertEquals(0020000, mode(devNull) & S_IFMT, "/dev/null is still a character device");
    }

    @Test
    void devFullSaysTheDiskIsFullAndStaysTheDevice() throws Exception {
        Path devFull = Path.of("/dev/full");
        assumeTrue(Files.exists(devFull, LinkOption.NOFOLLOW_LINKS));
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(devFull, new byte[100_000]));
        assertTrue(String.valueOf(e.getMessage()).contains("space"), e.toString());
        assertEquals(0020000, mode(devFull) & S_IFMT, "/dev/full is still a character device");
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws Exception {
        Path realDir = Files.createDirectory(temp.resolve("real"));
        Path real = Files.writeString(realDir.resolve("out.csv"), "old");
        Path link = Files.createSymbolicLink(temp.resolve("link.csv"), real);
        AtomicFiles.write(link, "new".getBytes(StandardCharsets.UTF_8));
        assertTrue(Files.isSymbolicLink(link), "the link is not replaced by a file");
        assertEquals(real, Files.readSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals(List.of(link, realDir), list());
        try (var s = Files.list(realDir)) {
            assertEquals(List.of(real), s.toList(), "the temporary file was beside the real file and is gone");
        }
    }

    @Test
    void aLinkToALinkToADeviceWritesTheDevice() throws Exception {
        Path first = Files.createSymbolicLink(temp.resolve("a"), Path.of("/dev/null"));
        Path second = Files.createSymbolicLink(temp.resolve("b"), first);
        AtomicFiles.write(second, new byte[5]);
        assertTrue(Files.isSymbolicLink(second) && Files.isSymbolicLink(first));
        assertEquals(0020000, mode(Path.of("/dev/null")) & S_IFMT);
    }

    @Test
    void aLinkToNothingIsRefusedAndNothingIsCreated() throws Exception {
        Path link = Files.createSymbolicLink(temp.resolve("dangling.csv"), temp.resolve("missing/none.csv"));
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFiles.write(link, new byte[1]));
        assertTrue(e.getReason().contains("symbolic link") && e.getReason().contains("does not exist"), e.getReason());
        assertEquals(List.of(link), list());
    }

    @Test
    void aFolderIsRefused() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("folder"));
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFiles.write(dir, new byte[1]));
        assertEquals("it is a folder", e.getReason());
        assertTrue(Files.isDirectory(dir));
    }

    @Test
    void aBlockDeviceIsRefused() throws Exception {
        Path disk = List.of("/dev/loop0", "/dev/sda", "/dev/vda", "/dev/nvme0n1", "/dev/xvda").stream().map(Path::of)
                .filter(p -> Files.exists(p, LinkOption.NOFOLLOW_LINKS)).findFirst().orElse(null);
        assumeTrue(disk != null && (mode(disk) & S_IFMT) == 0060000, "no block device to look at");
        FileSystemException e = assertThrows(FileSystemException.class, () -> AtomicFiles.write(disk, new byte[1]));
        assertTrue(e.getReason().contains("block device"), e.getReason());
        assertEquals(0060000, mode(disk) & S_IFMT);
    }

    @Test
    void aTemporaryFileIsNamedSoItIsRecognised() throws Exception {
        Path out = temp.resolve("export.csv");
        String[] seen = new String[1];
        AtomicFiles.write(out, stream -> {
            try (var s = Files.list(temp)) {
                seen[0] = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("export.csv")).findFirst().orElseThrow();
            }
        });
        assertTrue(TempFiles.NAME.matcher(seen[0]).matches(), seen[0]);
        assertTrue(seen[0].startsWith(".export.csv.incident-atlas-" + ProcessHandle.current().pid() + "-"), seen[0]);
        assertEquals(List.of(out), list());
    }

    @Test
    void aLongTargetNameStillGivesAValidTemporaryName() throws Exception {
        Path out = temp.resolve("x".repeat(250) + ".csv");
        AtomicFiles.write(out, new byte[3]);
        assertEquals(3, Files.size(out));
    }

    @Test
    void aWriteRemovesTemporaryFilesWhoseProcessIsGoneAndKeepsTheRest() throws Exception {
        // no process has a pid above the kernel's maximum (4,194,304 at most)
        Path gone = Files.writeString(temp.resolve(".old.csv.incident-atlas-999999999-abcd1234.tmp"), "half");
        // a live process (this one) with a file written after it started: it may be writing now
        Path live = Files.writeString(temp.resolve(".old.csv.incident-atlas-" + ProcessHandle.current().pid() + "-live0000.tmp"), "x");
        // pid 1 is alive, but started long after this file was last written: the pid was reused
        Path reused = Files.writeString(temp.resolve(".old.csv.incident-atlas-1-reused00.tmp"), "x");
        Files.setLastModifiedTime(reused, FileTime.fromMillis(0));
        // names that are not ours are never touched
        Path legacy = Files.writeString(temp.resolve(".old.csv8123.tmp"), "x");
        Path note = Files.writeString(temp.resolve("notes.tmp"), "x");
        Path notAFile = Files.createDirectory(temp.resolve(".d.incident-atlas-999999999-dir00000.tmp"));

        AtomicFiles.write(temp.resolve("new.csv"), new byte[1]);

        assertFalse(Files.exists(gone));
        assertFalse(Files.exists(reused));
        assertTrue(Files.exists(live) && Files.exists(legacy) && Files.exists(note) && Files.isDirectory(notAFile));
    }

    @Test
    void aFailedWriteRemovesItsTemporaryFile() throws Exception {
        Path out = Files.writeString(temp.resolve("keep.json"), "kept");
        assertThrows(IOException.class, () -> AtomicFiles.write(out, s -> {
            s.write(new byte[100_000]);
            throw new IOException("disk full");
        }));
        assertArrayEquals("kept".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out));
        assertEquals(List.of(out), list());
    }

    private List<Path> list() throws IOException {
        try (var s = Files.list(temp)) {
            return s.sorted().toList();
        }
    }

    private static int mode(Path p) throws IOException {
        return (Integer) Files.getAttribute(p, "unix:mode", LinkOption.NOFOLLOW_LINKS);
    }
}
