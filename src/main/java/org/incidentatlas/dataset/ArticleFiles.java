package org.incidentatlas.dataset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.incidentatlas.dataset.ArticleTexts.TextProblem;

/**
 * Reads an article's file from the dataset's folder so that what is read is what was checked: the folder is
 * opened once and every step below it (each folder, then the file) is opened relative to the step before with
 * no-follow semantics ({@code openat} with {@code O_NOFOLLOW}, through {@link SecureDirectoryStream}). A link
 * anywhere on the way is refused rather than followed, so swapping a file or folder for a link between the
 * check and the read cannot lead outside: the swap makes the open fail. Only regular files are read, and at
 * most {@link ArticleTexts#MAX_BYTES} bytes of them (a device or a huge sparse file cannot fill the memory).
 * Blocking (a pipe swapped in after the check) is bounded by the caller, which reads on another thread.
 */
final class ArticleFiles {

    private static final Set<OpenOption> READ_NO_FOLLOW = Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

    private final Path folder;
    /** The dataset file's identity (device and inode on Unix), to refuse it as an article; null when unknown. */
    private final Object datasetKey;

    ArticleFiles(Path folder, Path datasetFile) {
        this.folder = folder;
        Object key;
        try {
            key = Files.readAttributes(datasetFile, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            key = null;
        }
        this.datasetKey = key;
    }

    /**
     * The bytes of the file at {@code parts} (the normalised path's names, none of them "..") below the folder.
     *
     * @param relative the path as the dataset gives it, for messages
     */
    byte[] read(List<String> parts, String relative) throws TextProblem, IOException {
        try (DirectoryStream<Path> top = Files.newDirectoryStream(folder)) {
            if (!(top instanceof SecureDirectoryStream<Path> dir)) {
                return readChecked(parts, relative);
            }
            return read(dir, parts, 0, relative);
        }
    }

    private byte[] read(SecureDirectoryStream<Path> dir, List<String> parts, int i, String relative)
            throws TextProblem, IOException {
        Path name = Path.of(parts.get(i));
        if (i < parts.size() - 1) {
            SecureDirectoryStream<Path> sub;
            try {
                sub = (SecureDirectoryStream<Path>) dir.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                throw refuse(attributes(dir, name), relative, e);
            }
            try (sub) {
                return read(sub, parts, i + 1, relative);
            }
        }
        BasicFileAttributes before = attributes(dir, name);
        if (before == null) {
            throw new NoSuchFileException(relative);
        }
        check(before, relative);
        SeekableByteChannel channel;
        try {
            channel = dir.newByteChannel(name, READ_NO_FOLLOW);
        } catch (IOException e) {
            // swapped for a link (or removed) since the check: look again to say which
            throw refuse(attributes(dir, name), relative, e);
        }
        try (channel) {
            return bounded(channel, relative);
        }
    }

    /** Where there is no {@link SecureDirectoryStream} (not Linux or macOS): each step checked, the file no-follow. */
    private byte[] readChecked(List<String> parts, String relative) throws TextProblem, IOException {
        Path p = folder;
        for (int i = 0; i < parts.size(); i++) {
            p = p.resolve(parts.get(i));
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (i < parts.size() - 1 && !a.isDirectory()) {
                throw refuse(a, relative, null);
            }
            if (i == parts.size() - 1) {
                check(a, relative);
            }
        }
        try (SeekableByteChannel channel = Files.newByteChannel(p, READ_NO_FOLLOW)) {
            return bounded(channel, relative);
        }
    }

    private void check(BasicFileAttributes a, String relative) throws TextProblem {
        if (a.isSymbolicLink()) {
            throw linkProblem(relative);
        }
        if (!a.isRegularFile()) {
            throw new TextProblem(Problem.Code.TEXT_NOT_REGULAR,
                    "the text \"" + relative + "\" is " + (a.isDirectory() ? "a folder" : "a device, pipe or socket")
                            + ", not a file.",
                    "Point \"text\" to the article's text file.");
        }
        if (datasetKey != null && datasetKey.equals(a.fileKey())) {
            throw new TextProblem(Problem.Code.PATH_ESCAPE, "the text \"" + relative + "\" is the dataset file itself.",
                    "Point \"text\" to the article's own text file.");
        }
        if (a.size() > ArticleTexts.MAX_BYTES) {
            throw tooLarge(relative);
        }
    }

    private static byte[] bounded(SeekableByteChannel channel, String relative) throws IOException, TextProblem {
        ByteBuffer buf = ByteBuffer.allocate((int) Math.min(ArticleTexts.MAX_BYTES + 1L, Math.max(channel.size(), 0) + 1));
        while (true) {
            if (channel.read(buf) < 0) {
                return Arrays.copyOf(buf.array(), buf.position());
            }
            if (!buf.hasRemaining()) {
                if (buf.capacity() > ArticleTexts.MAX_BYTES) {
                    throw tooLarge(relative); // it grew since it was checked, or it is a device that never ends
                }
                buf = ByteBuffer.allocate((int) Math.min(ArticleTexts.MAX_BYTES + 1L, buf.capacity() * 2L))
                        .put(buf.flip());
            }
        }
    }

    private static BasicFileAttributes attributes(SecureDirectoryStream<Path> dir, Path name) {
        try {
            return dir.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).readAttributes();
        } catch (IOException e) {
            return null;
        }
    }

    /** Why a step could not be opened, from what it is now; throws the cause when it is not a link or a wrong kind. */
    private static TextProblem refuse(BasicFileAttributes now, String relative, IOException cause) throws IOException {
        if (now != null && now.isSymbolicLink()) {
            return linkProblem(relative);
        }
        if (now != null && !now.isDirectory() && !now.isRegularFile()) {
            return new TextProblem(Problem.Code.TEXT_NOT_REGULAR,
                    "the text \"" + relative + "\" passes through something that is neither a folder nor a file.",
                    "Point \"text\" to the article's text file.");
        }
        if (cause == null || cause instanceof NotDirectoryException) {
            return new TextProblem(Problem.Code.TEXT_MISSING,
                    "the text \"" + relative + "\" passes through a file where a folder should be.",
                    "Check the path in \"text\".");
        }
        throw cause;
    }

    private static TextProblem linkProblem(String relative) {
        return new TextProblem(Problem.Code.PATH_ESCAPE,
                "the text \"" + relative + "\" is, or passes through, a symbolic link; links are not followed.",
                "Copy the article's text into the dataset's folder and point to the copy.");
    }

    private static TextProblem tooLarge(String relative) {
        return new TextProblem(Problem.Code.TEXT_TOO_LARGE,
                String.format("the text \"%s\" is larger than the %,d bytes (%d MiB) an article may have.", relative,
                        ArticleTexts.MAX_BYTES, ArticleTexts.MAX_BYTES >> 20),
                "Store the article's text alone, as plain UTF-8; a longer source can be split into parts.");
    }
}
