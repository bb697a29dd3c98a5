package org.incidentatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.incidentatlas.dataset.Problem.Code;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article texts that are not plain files inside the folder, or not UTF-8, each refused on the record's field. */
class ArticleTextsTest {

    @TempDir
    Path tmp;

    private final DatasetReader reader = new DatasetReader();

    /** Reads the tiny dataset with its article's text at {@code textPath}; the one problem on that field. */
    private Problem textProblem(TinyDataset d, String textPath, Code code) throws IOException {
        d.textPath = textPath;
        d.write();
        ReadResult r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> reader.read(d.file));
        List<Problem> onText = r.problems().stream().filter(p -> "text".equals(p.field())).toList();
        assertEquals(1, onText.size(), r.problems().toString());
        Problem p = onText.get(0);
        assertEquals(code, p.code(), p.toString());
        assertEquals("article \"a1\"", p.record());
        assertTrue(p.line() > 0, p.toString());
        return p;
    }

    private static void link(Path link, Path target) {
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("cannot make symbolic links here: " + e);
        }
    }

    @Test
    void aFolderOnTheWayThatIsALinkIsNotFollowedEvenWhenItStaysInside() throws IOException {
        TinyDataset d = new TinyDataset(tmp.resolve("d"));
        link(d.folder.resolve("via"), d.folder.resolve("articles"));
        Problem p = textProblem(d, "via/a1.txt", Code.PATH_ESCAPE);
        assertTrue(p.message().contains("link"), p.message());
    }

    @Test
    void aFolderAsTextIsRefusedAndTheRestOfTheFileIsStillChecked() throws IOException {
        TinyDataset d = new TinyDataset(tmp.resolve("d"));
        d.textPath = "articles";
        d.write(TinyDataset.incident("i1", "Strike", "a drone struck the depot").replace("\"lat\":35.4", "\"lat\":95"));
        ReadResult r = reader.read(d.file);
        assertTrue(r.problems().stream().anyMatch(p -> p.code() == Code.TEXT_NOT_REGULAR && p.message().contains("folder")),
                r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> "lat".equals(p.field())), r.problems().toString());
    }

    @Test
    void aPipeIsRefusedWithoutBlocking() throws Exception {
        TinyDataset d = new TinyDataset(tmp.resolve("d"));
        Path fifo = d.folder.resolve("articles/pipe.txt");
        try {
            Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
            Assumptions.assumeTrue(mk.waitFor() == 0 && Files.exists(fifo), "mkfifo is not available");
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available: " + e);
        }
        Problem p = textProblem(d, "articles/pipe.txt", Code.TEXT_NOT_REGULAR);
        assertTrue(p.message().contains("pipe"), p.message());
    }

    /** A character device in the articles folder itself (made with mknod where the test may, as root in CI). */
    @Test
    void aCharacterDeviceIsRefusedWithoutReading() throws Exception {
        TinyDataset d = new TinyDataset(tmp.resolve("d"));
        Path device = d.folder.resolve("articles/zero.txt");
        try {
            Process mk = new ProcessBuilder("mknod", device.toString(), "c", "1", "5").start(); // as /dev/zero
            Assumptions.assumeTrue(mk.waitFor() == 0 && Files.exists(device), "mknod is not allowed here");
        } catch (IOException e) {
            Assumptions.abort("mknod is not available: " + e);
        }
        Problem p = textProblem(d, "articles/zero.txt", Code.TEXT_NOT_REGULAR);
        assertTrue(p.message().contains("device"), p.message());
    }

    @Test
    void aDeviceBehindALinkIsNotRead() throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        TinyDataset d = new TinyDataset(tmp.resolve("d"));
        link(d.folder.resolve("articles/zero.txt"), Path.of("/dev/zero"));
        textProblem(d, "articles/zero.txt", Code.PATH_ESCAPE);
    }

    @Test
    void aHugeSparseFileIsRefusedWithTheLimitInTheMessage() throws IOException {
        TinyDataset d = new TinyDataset(tmp.resolve("d"));
        try (RandomAccessFile f = new RandomAccessFile(d.folder.resolve("articles/huge.txt").toFile(), "rw")) {
            f.setLength(8L << 30); // 8 GiB of holes: takes no disk, would take all the memory
        }
        Problem p = textProblem(d, "articles/huge.txt", Code.TEXT_TOO_LARGE);
        assertTrue(p.message().contains("16 MiB"), p.message());
    }

    @Test
    void theDatasetFileItselfIsNotAnArticle() throws IOException {
        TinyDataset d = new TinyDataset(tmp.resolve("d"));
        Problem p = textProblem(d, "./articles/../d.json", Code.PATH_ESCAPE);
        assertTrue(p.message().contains("dataset file itself"), p.message());
    }

    @Test
    void anArticleThatIsNotUtf8IsRefusedWithItsLineAndColumn() throws IOException {
        byte[][] bad = {
            {'o', 'n', 'e', '\n', 'a', 'b', (byte) 0xC0, (byte) 0xAF, 'c'},            // overlong '/'
            {'o', 'n', 'e', '\n', 'a', 'b', (byte) 0xED, (byte) 0xA0, (byte) 0x80},    // a surrogate, encoded
            {'o', 'n', 'e', '\n', 'a', 'b', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
            {'o', 'n', 'e', '\n', 'a', 'b', 0, 'c'},                                     // UTF-16 looks like this
        };
        for (byte[] bytes : bad) {
            TinyDataset d = new TinyDataset(Files.createTempDirectory(tmp, "d"));
            Files.write(d.folder.resolve("articles/a1.txt"), bytes);
            Problem p = textProblem(d, "articles/a1.txt", Code.TEXT_NOT_UTF8);
            assertTrue(p.message().contains("line 2, column 3"), p.message());
        }
    }

    @Test
    void anArticleInUtf16WithItsByteOrderMarkIsRefused() throws IOException {
        TinyDataset d = new TinyDataset(tmp.resolve("d"));
        Files.write(d.folder.resolve("articles/a1.txt"), TinyDataset.ARTICLE_TEXT.getBytes(StandardCharsets.UTF_16));
        textProblem(d, "articles/a1.txt", Code.TEXT_NOT_UTF8);
    }

    /**
     * The race of issue 18: the text is swapped for a link to a file outside while the reader reads it. Checking
     * a path and then opening it again read the outside file now and then; opening once without following links
     * never does.
     */
    @Test
    void swappingTheTextForALinkNeverReadsTheFileOutside() throws Exception {
        TinyDataset d = new TinyDataset(tmp.resolve("d"));
        Path outside = Files.writeString(tmp.resolve("secret.txt"), "OUTSIDE");
        Path text = d.folder.resolve("articles/t.txt");
        Path plain = Files.writeString(d.folder.resolve("articles/plain.tmp"), "INSIDE");
        Path linkTmp = d.folder.resolve("articles/link.tmp");
        link(linkTmp, outside);
        Files.delete(linkTmp);
        AtomicBoolean stop = new AtomicBoolean();
        Thread swapper = new Thread(() -> {
            try {
                while (!stop.get()) {
                    Files.writeString(plain, "INSIDE");
                    Files.move(plain, text, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    Files.createSymbolicLink(linkTmp, outside);
                    Files.move(linkTmp, text, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        swapper.start();
        int inside = 0;
        try (ArticleTexts texts = new ArticleTexts(d.file)) {
            for (int i = 0; i < 3000; i++) {
                try {
                    String read = texts.load("articles/t.txt", null);
                    assertFalse(read.contains("OUTSIDE"), "read the file outside the folder through the link");
                    inside++;
                } catch (ArticleTexts.TextProblem expected) {
                    // a link, or nothing there at that instant: refused, which is right
                }
            }
        } finally {
            stop.set(true);
            swapper.join();
        }
        assertTrue(inside > 0, "the plain file was never read: the test did not race");
    }
}
