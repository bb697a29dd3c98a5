package org.incidentatlas.dataset;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Loads an article's stored text, refusing paths that leave the dataset's folder. */
final class ArticleTexts {

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
    private Path realFolder;

    ArticleTexts(Path datasetFile) {
        this.folder = datasetFile.toAbsolutePath().normalize().getParent();
    }

    String load(String relative, String expectedSha256) throws TextProblem {
        Path path = resolveInside(relative);
        byte[] bytes;
        try {
            if (realFolder == null) {
                realFolder = folder.toRealPath();
            }
            if (Files.exists(path) && !path.toRealPath().startsWith(realFolder)) {
                throw new TextProblem(Problem.Code.PATH_ESCAPE,
                        "the text \"" + relative + "\" is a link that leads outside the dataset's folder.",
                        "Copy the article's text into the dataset's folder and point to the copy.");
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new TextProblem(Problem.Code.TEXT_MISSING, "the text file \"" + relative + "\" does not exist.",
                    "Put the article's text at " + path + ", or set \"text\" to null if no copy is kept.");
        } catch (IOException e) {
            throw new TextProblem(Problem.Code.TEXT_MISSING,
                    "the text file \"" + relative + "\" cannot be read (" + e.getClass().getSimpleName() + ").",
                    "Check that " + path + " is a readable file.");
        }
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
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new TextProblem(Problem.Code.TEXT_NOT_UTF8, "the text file \"" + relative + "\" is not UTF-8.",
                    "Convert it to UTF-8 (for example with iconv) and update textSha256.");
        }
    }

    private Path resolveInside(String relative) throws TextProblem {
        Path p;
        try {
            p = Path.of(relative);
        } catch (InvalidPathException e) {
            throw new TextProblem(Problem.Code.PATH_ESCAPE, "\"" + relative + "\" is not a valid file path.",
                    "Use a path relative to the dataset file, such as articles/001.txt.");
        }
        Path resolved = folder.resolve(p).normalize();
        if (p.isAbsolute() || relative.startsWith("/") || relative.startsWith("\\") || !resolved.startsWith(folder)) {
            throw new TextProblem(Problem.Code.PATH_ESCAPE,
                    "the text path \"" + relative + "\" leads outside the dataset's folder.",
                    "Article texts must sit in the dataset's folder or below it; use a relative path without \"..\".");
        }
        return resolved;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
