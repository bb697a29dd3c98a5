package org.incidentatlas.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.incidentatlas.dataset.ArticleRefused;
import org.incidentatlas.dataset.ArticleText;

/**
 * Reads an article for storing: a {@code .txt} or {@code .md} file as strict UTF-8 text, an {@code .html} file
 * through jsoup as readable text ({@link HtmlArticle}), or pasted text. Markdown is kept as written (its marks
 * are readable, and a quote must be the words of the file); its first heading is offered as the title.
 */
public final class ArticleReader {

    /** Larger files are refused before they are read: far beyond any article, with its page around it. */
    static final long MAX_FILE_BYTES = 64L << 20;

    private ArticleReader() {
    }

    /** @throws ArticleRefused when the file is not a readable article (what and where, and what to do) */
    public static ArticleSource read(Path file) throws ArticleRefused, IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString(), null, "there is no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new ArticleRefused(file + " is not a file. Choose the article's .txt, .md or .html file.");
        }
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new ArticleRefused(String.format("%s is %,d bytes, too large for an article (at most %,d). Save the "
                    + "article alone.", file, Files.size(file), MAX_FILE_BYTES));
        }
        return switch (ext) {
            case "txt", "text" -> text(ArticleText.decodeUtf8(Files.readAllBytes(file), file.toString()), null, name);
            case "md", "markdown" -> {
                String t = ArticleText.normalise(ArticleText.decodeUtf8(Files.readAllBytes(file), file.toString()));
                yield text(t, firstHeading(t), name);
            }
            case "html", "htm", "xhtml" -> HtmlArticle.read(Files.readAllBytes(file), file.toString());
            default -> throw new ArticleRefused(file + " is neither .txt, .md nor .html. Save the article as one of "
                    + "these (a PDF's text can be copied and pasted instead).");
        };
    }

    /** Text pasted by the analyst: no defaults. */
    public static ArticleSource pasted(String text) {
        return text(text, null, "pasted text");
    }

    private static ArticleSource text(String text, String title, String origin) {
        return new ArticleSource(ArticleText.normalise(text), title, null, null, null, origin);
    }

    /** The first ATX heading ("# Title") of a Markdown text, without its marks; null when there is none. */
    private static String firstHeading(String text) {
        for (String line : text.split("\n")) {
            String s = line.strip();
            if (s.startsWith("#")) {
                String h = s.replaceFirst("^#{1,6}\\s*", "").replaceFirst("\\s*#*$", "").strip();
                if (!h.isEmpty()) {
                    return h;
                }
            }
        }
        return null;
    }
}
