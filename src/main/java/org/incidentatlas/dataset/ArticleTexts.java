package org.incidentatlas.dataset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Loads an article's stored text: only a regular file inside the dataset's folder, reached without following
 * any link ({@link ArticleFiles}), at most {@link #MAX_BYTES}, read within {@link #READ_TIME}, strict UTF-8.
 * Not thread-safe: one per read of a dataset; {@link #close} it.
 */
final class ArticleTexts implements AutoCloseable {

    /** The largest article text accepted: 16 MiB, some 400 times the longest bundled article. */
    static final int MAX_BYTES = 16 << 20;
    /** How long one article may take to read; only a pipe or a stalled network drive takes longer. */
    static final Duration READ_TIME = Duration.ofSeconds(5);

    /** Why a text could not be loaded. */
    static final class TextProblem extends Exception {
        final Problem.Code code;
        final String hint;

        TextProblem(Problem.Code code, String message, String hint) {
            super(message, null, false, false);
            this.code = code;
            this.hint = hint;
        }
    }

    private final Path folder;
    private final ArticleFiles files;
    private final Duration readTime;
    /** Reads on a daemon thread so that a read that blocks (a pipe) can be given up; replaced when one is. */
    private ExecutorService worker;

    ArticleTexts(Path datasetFile) {
        this(datasetFile, READ_TIME);
    }

    ArticleTexts(Path datasetFile, Duration readTime) {
        Path file = datasetFile.toAbsolutePath().normalize();
        this.folder = file.getParent();
        this.files = new ArticleFiles(folder, file);
        this.readTime = readTime;
    }

    String load(String relative, String expectedSha256) throws TextProblem {
        List<String> parts = partsInside(relative);
        byte[] bytes = readBounded(parts, relative);
        if (expectedSha256 != null) {
            String actual = sha256(bytes);
            if (!actual.equalsIgnoreCase(expectedSha256)) {
                throw new TextProblem(Problem.Code.TEXT_CHECKSUM,
                        "the text file \"" + relative + "\" has changed since the dataset was made "
                                + "(its SHA-256 is " + actual + ", the dataset expects " + expectedSha256 + ").",
                        "Restore the original text; quotes must be checked against the words as published.");
            }
        }
        try {
            StrictUtf8.check(bytes, 0, bytes.length, true, false, 0);
        } catch (StrictUtf8.Malformed m) {
            int[] at = StrictUtf8.lineColumn(bytes, (int) m.offset);
            throw new TextProblem(Problem.Code.TEXT_NOT_UTF8, "the text file \"" + relative + "\" is not UTF-8: at its line "
                    + at[0] + ", column " + at[1] + " there is " + m.what + ".",
                    "Convert it to UTF-8 (for example with iconv) and update textSha256.");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private byte[] readBounded(List<String> parts, String relative) throws TextProblem {
        if (worker == null) {
            worker = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "article-text-reader");
                t.setDaemon(true);
                return t;
            });
        }
        Future<byte[]> read = worker.submit(() -> files.read(parts, relative));
        try {
            return read.get(readTime.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            read.cancel(true);
            worker.shutdownNow(); // its thread may stay blocked in the open; it is a daemon and holds nothing
            worker = null;
            throw new TextProblem(Problem.Code.TEXT_NOT_REGULAR, "the text \"" + relative + "\" could not be read within "
                    + readTime.toSeconds() + " s (a pipe, or a drive that does not answer).",
                    "Point \"text\" to an ordinary file in the dataset's folder.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TextProblem(Problem.Code.TEXT_MISSING, "reading the text \"" + relative + "\" was interrupted.",
                    "Open the dataset again.");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TextProblem tp) {
                throw tp;
            }
            Path path = folder.resolve(String.join("/", parts));
            if (cause instanceof NoSuchFileException) {
                throw new TextProblem(Problem.Code.TEXT_MISSING, "the text file \"" + relative + "\" does not exist.",
                        "Put the article's text at " + path + ", or set \"text\" to null if no copy is kept.");
            }
            throw new TextProblem(Problem.Code.TEXT_MISSING,
                    "the text file \"" + relative + "\" cannot be read (" + cause.getClass().getSimpleName() + ").",
                    "Check that " + path + " is a readable file.");
        }
    }

    /** The path's names below the folder, refusing an absolute path or one that climbs out. */
    private List<String> partsInside(String relative) throws TextProblem {
        Path p;
        try {
            p = Path.of(relative);
        } catch (InvalidPathException e) {
            throw new TextProblem(Problem.Code.PATH_ESCAPE, "\"" + relative + "\" is not a valid file path.",
                    "Use a path relative to the dataset file, such as articles/001.txt.");
        }
        Path normal = p.normalize();
        if (p.isAbsolute() || relative.startsWith("/") || relative.startsWith("\\") || normal.startsWith("..")
                || normal.toString().isEmpty()) {
            throw new TextProblem(Problem.Code.PATH_ESCAPE,
                    "the text path \"" + relative + "\" leads outside the dataset's folder.",
                    "Article texts must sit in the dataset's folder or below it; use a relative path without \"..\".");
        }
        List<String> parts = new ArrayList<>();
        normal.forEach(name -> parts.add(name.toString()));
        return parts;
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.shutdown();
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
