package org.incidentatlas.dataset;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.incidentatlas.model.Article;

/**
 * Stores a new article's text in the dataset's {@code articles/} folder, so that the reader's check
 * ({@link ArticleTexts}: a regular file inside the folder, reached without links, strict UTF-8, its SHA-256)
 * accepts it: the text in {@link ArticleText}'s stored form, as {@code articles/<id>.txt}, never over an existing
 * file (a name that is taken gets {@code -2}, {@code -3}...). The file is written to a temporary file beside it
 * (as {@link AtomicFiles} does) and then linked to its name, which fails rather than replace anything; so a
 * failure or a kill leaves no half-written text under an article's name. The dataset itself is not written:
 * the caller adds the returned {@link Article} and saves.
 */
public final class ArticleStore {

    /** The folder beside the dataset file that holds the texts. */
    public static final String FOLDER = "articles";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?");
    private static final Pattern NUMBERED = Pattern.compile("art-([0-9]{1,9})(-.*)?", Pattern.CASE_INSENSITIVE);

    private ArticleStore() {
    }

    /**
     * Writes the draft's text beside {@code datasetFile} and returns the article to add to the dataset: its id
     * (the draft's, or "art-NNN-outlet[-published]" like the bundled ones, unique among {@code existing} case
     * aside), the text's path relative to the dataset file, its SHA-256 and the stored text itself.
     *
     * @param existing the dataset's articles now, whose ids are taken
     * @throws ArticleRefused when the draft cannot be stored as it is (nothing is written)
     * @throws IOException    when the folder cannot be made or written (nothing is left under the article's name)
     */
    public static Article store(Path datasetFile, ArticleDraft draft, Collection<Article> existing)
            throws ArticleRefused, IOException {
        String text = ArticleText.normalise(draft.text() == null ? "" : draft.text());
        if (QuoteChecker.visibleLength(text) == 0) {
            throw new ArticleRefused("the article's text is empty. Paste the article, or choose a file that has its text.");
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > ArticleTexts.MAX_BYTES) {
            throw new ArticleRefused(String.format("the article's text is %,d bytes, more than the %,d an article may have. "
                    + "Store the article alone, without what surrounds it, or in parts.", bytes.length, ArticleTexts.MAX_BYTES));
        }
        checkPublished(draft.published());
        Set<String> taken = existing.stream().map(a -> a.id().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        String id = draft.id() != null ? checkedId(draft.id(), taken) : newId(draft, existing, taken);
        Path folder = folder(datasetFile);
        String name = write(folder, fileStem(id), bytes);
        return new Article(id, draft.outlet(), draft.title(), draft.published(), draft.url(), FOLDER + "/" + name,
                ArticleTexts.sha256(bytes), text, draft.notes());
    }

    /** @throws ArticleRefused unless {@code published} is null or a real YYYY, YYYY-MM or YYYY-MM-DD */
    public static void checkPublished(String published) throws ArticleRefused {
        if (published == null) {
            return;
        }
        boolean real = DATE.matcher(published).matches();
        try {
            if (real && published.length() == 7) {
                YearMonth.parse(published);
            } else if (real && published.length() == 10) {
                LocalDate.parse(published);
            }
        } catch (DateTimeParseException e) {
            real = false;
        }
        if (!real) {
            throw new ArticleRefused("the published date \"" + published + "\" is not a date. Give YYYY, YYYY-MM or "
                    + "YYYY-MM-DD (2024, 2024-07 or 2024-07-14), or leave it out when it is not known.");
        }
    }

    private static String checkedId(String id, Set<String> taken) throws ArticleRefused {
        if (!ID.matcher(id).matches()) {
            throw new ArticleRefused("the id \"" + id + "\" is not an id: use 1 to 100 ASCII letters, digits and . _ : -, "
                    + "starting with a letter or digit (for example art-012-rudaw), or leave it out for one to be made.");
        }
        if (taken.contains(id.toLowerCase(Locale.ROOT))) {
            throw new ArticleRefused("the id \"" + id + "\" is already used by an article of the dataset (ids are the "
                    + "same whatever their case). Choose another, or leave it out for one to be made.");
        }
        return id;
    }

    /** "art-" and the next number after the dataset's, then the outlet and date as the bundled ids have them. */
    private static String newId(ArticleDraft d, Collection<Article> existing, Set<String> taken) {
        int next = 0;
        for (Article a : existing) {
            Matcher m = NUMBERED.matcher(a.id());
            if (m.matches()) {
                next = Math.max(next, Integer.parseInt(m.group(1)) + 1);
            }
        }
        String tail = slug(d.outlet() == null ? "unnamed-outlet" : d.outlet())
                + (d.published() == null ? "" : "-" + d.published());
        for (int n = next; ; n++) {
            String id = String.format(Locale.ROOT, "art-%03d-%s", n, tail);
            id = id.length() > 100 ? id.substring(0, 100) : id;
            if (!taken.contains(id.toLowerCase(Locale.ROOT))) {
                return id;
            }
        }
    }

    /** "Kurdistan 24" is "kurdistan24"... as in the bundled ids: ASCII letters and digits, words joined by "-". */
    static String slug(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        for (String word : ascii.split("[^a-z0-9]+")) {
            if (!word.isEmpty() && out.length() < 40) {
                out.append(out.length() == 0 ? "" : "-").append(word);
            }
        }
        return out.length() == 0 ? "outlet" : out.toString();
    }

    /** The id as a file name everywhere (":" is not allowed on Windows). */
    private static String fileStem(String id) {
        return id.replace(':', '_');
    }

    private static Path folder(Path datasetFile) throws IOException {
        Path dir = datasetFile.toAbsolutePath().normalize().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new FileSystemException(String.valueOf(dir), null, "the dataset's folder does not exist");
        }
        Path folder = dir.resolve(FOLDER);
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return Files.createDirectory(folder);
        }
        if (a.isSymbolicLink()) {
            // the reader follows no link to a text, so a text stored through one could never be read back
            throw new FileSystemException(folder.toString(), null, "it is a symbolic link, which the dataset's reader "
                    + "does not follow; make it a real folder");
        }
        if (!a.isDirectory()) {
            throw new FileSystemException(folder.toString(), null, "it is a file, not a folder; move it away");
        }
        return folder;
    }

    /** Writes {@code bytes} to a new file {@code <stem>.txt} (or {@code <stem>-N.txt}) in the folder; its name. */
    private static String write(Path folder, String stem, byte[] bytes) throws IOException {
        TempFiles.cleanStale(folder);
        Path tmp = TempFiles.create(folder, stem + ".txt");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
                out.write(bytes);
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            for (int n = 1; ; n++) {
                String name = stem + (n == 1 ? "" : "-" + n) + ".txt";
                Path target = folder.resolve(name);
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                try {
                    place(tmp, target);
                    return name;
                } catch (FileAlreadyExistsException e) {
                    // taken between the look and the link: the next name
                }
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A hard link fails if the name exists (no replacing, no race); where links are not had, a move that does not replace. */
    private static void place(Path tmp, Path target) throws IOException {
        try {
            Files.createLink(target, tmp);
        } catch (UnsupportedOperationException | FileSystemException e) {
            if (e instanceof FileAlreadyExistsException exists) {
                throw exists;
            }
            Files.move(tmp, target);
        }
    }
}
