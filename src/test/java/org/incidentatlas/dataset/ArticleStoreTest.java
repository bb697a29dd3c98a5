package org.incidentatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStoreTest {

    private static final String TEXT = "ERBIL, Iraq \u2014 A drone struck a checkpoint near Makhmour on Sunday.  \r\n"
            + "Two Peshmerga were wounded, officials said.\r\n\r\n\r\nThe attack was not claimed.";

    @TempDir
    Path dir;

    @Test
    void aStoredArticleReadsBackAndItsQuoteVerifies() throws Exception {
        Path file = TestDatasets.write(dir, "d.json", "Stored", 3);
        Dataset before = new DatasetReader().read(file).datasetIfOk().orElseThrow();
        Article a = ArticleStore.store(file, new ArticleDraft(TEXT, "Rudaw", "Drone strikes checkpoint", "2024-07-14",
                "https://example.org/x", null, null), before.articles());
        assertEquals("art-000-rudaw-2024-07-14", a.id());
        assertEquals("articles/art-000-rudaw-2024-07-14.txt", a.textPath());
        byte[] stored = Files.readAllBytes(dir.resolve(a.textPath()));
        assertEquals(ArticleTexts.sha256(stored), a.textSha256());
        assertEquals(a.text(), new String(stored, StandardCharsets.UTF_8));
        assertFalse(a.text().contains("\r"), "line endings as the window shows them");

        List<Article> articles = new ArrayList<>(before.articles());
        articles.add(a);
        Quote quote = new Quote(a.id(), "Two Peshmerga were wounded, officials said.", List.of("injured"));
        List<Incident> incidents = new ArrayList<>(before.incidents());
        Incident first = incidents.get(0);
        incidents.set(0, new Incident(first.id(), first.title(), first.type(), first.dateStart(), first.dateEnd(),
                first.datePrecision(), first.place(), first.province(), first.lat(), first.lon(), first.geoPrecision(),
                first.uncertaintyKm(), first.actors(), first.killed(), first.injured(), first.summary(), List.of(quote),
                first.tags(), first.notes()));
        new DatasetWriter().write(new Dataset(file, before.title(), before.description(), before.attribution(), articles,
                before.centers(), incidents), file);

        ReadResult back = new DatasetReader().read(file);
        assertTrue(back.ok(), () -> back.problems().toString());
        assertEquals(0, back.count(Problem.Code.QUOTE_NOT_FOUND));
        Article read = back.dataset().article(a.id()).orElseThrow();
        assertEquals(a.text(), read.text());
        assertEquals(a.textSha256(), read.textSha256());
        assertEquals("2024-07-14", read.published());
    }

    @Test
    void theTextIsStoredInTheFormTheWindowShows() {
        assertEquals("ERBIL, Iraq \u2014 A drone struck a checkpoint near Makhmour on Sunday.\n"
                + "Two Peshmerga were wounded, officials said.\n\nThe attack was not claimed.\n", ArticleText.normalise(TEXT));
        assertEquals(" a\n", ArticleText.normalise("\uFEFF\n\n a \t\r"), "a BOM, blank lines at the ends, trailing space dropped; indent kept");
        assertEquals("", ArticleText.normalise(" \n\t\n"));
    }

    @Test
    void idsAreNumberedAfterTheDatasetsAndNeverReused() throws Exception {
        Path file = dir.resolve("d.json");
        List<Article> existing = List.of(new Article("art-004-rudaw", null, null, null, null, null, null, null, null),
                new Article("ART-005-UNNAMED-OUTLET", null, null, null, null, null, null, null, null));
        Files.writeString(file, "{}");
        Article a = ArticleStore.store(file, new ArticleDraft("Text one.", null, null, null, null, null, null), existing);
        assertEquals("art-006-unnamed-outlet", a.id());
        Article b = ArticleStore.store(file, new ArticleDraft("Text two.", "Kurdistan 24", null, "2021", null, null, null),
                List.of(existing.get(0), existing.get(1), a));
        assertEquals("art-007-kurdistan-24-2021", b.id());
    }

    @Test
    void aTakenFileNameIsNeverOverwritten() throws Exception {
        Path file = dir.resolve("d.json");
        Files.writeString(file, "{}");
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/mine.txt"), "someone else's text");
        Article a = ArticleStore.store(file, new ArticleDraft("New text.", null, null, null, null, null, "mine"), List.of());
        assertEquals("articles/mine-2.txt", a.textPath());
        assertEquals("someone else's text", Files.readString(dir.resolve("articles/mine.txt")));
        assertEquals("New text.\n", Files.readString(dir.resolve("articles/mine-2.txt")));
        try (var left = Files.list(dir.resolve("articles"))) {
            assertEquals(2, left.count(), "no temporary file left");
        }
    }

    @Test
    void whatCannotBeStoredIsRefusedAndNothingIsWritten() throws Exception {
        Path file = dir.resolve("d.json");
        Files.writeString(file, "{}");
        List<Article> existing = List.of(new Article("a1", null, null, null, null, null, null, null, null));
        assertRefused(file, new ArticleDraft("  \n ", null, null, null, null, null, null), existing, "text is empty");
        assertRefused(file, new ArticleDraft("x", null, null, "2024-02-30", null, null, null), existing,
                "\"2024-02-30\" is not a date");
        assertRefused(file, new ArticleDraft("x", null, null, "14/07/2024", null, null, null), existing, "YYYY-MM-DD");
        assertRefused(file, new ArticleDraft("x", null, null, null, null, null, "A1"), existing, "already used");
        assertRefused(file, new ArticleDraft("x", null, null, null, null, null, "two words"), existing, "is not an id");
        assertFalse(Files.exists(dir.resolve("articles")), "nothing written");
    }

    @Test
    void anArticlesFolderThatIsALinkOrAFileIsRefused() throws Exception {
        Path file = dir.resolve("d.json");
        Files.writeString(file, "{}");
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.createSymbolicLink(dir.resolve("articles"), dir.resolve("elsewhere"));
        FileSystemException link = assertThrows(FileSystemException.class, () -> ArticleStore.store(file,
                new ArticleDraft("x", null, null, null, null, null, null), List.of()));
        assertTrue(link.getReason().contains("symbolic link"), link.getReason());
        Files.delete(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles"), "");
        FileSystemException notDir = assertThrows(FileSystemException.class, () -> ArticleStore.store(file,
                new ArticleDraft("x", null, null, null, null, null, null), List.of()));
        assertTrue(notDir.getReason().contains("not a folder"), notDir.getReason());
    }

    @Test
    void aTextFileThatIsNotUtf8IsRefusedWithWhere() throws Exception {
        byte[] latin1 = "Qaraj\nnear Makhm\u00fbr".getBytes(StandardCharsets.ISO_8859_1);
        ArticleRefused e = assertThrows(ArticleRefused.class, () -> ArticleText.decodeUtf8(latin1, "story.txt"));
        assertTrue(e.getMessage().startsWith("story.txt is not UTF-8: at line 2, column 11 (byte offset 16)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Save the article as UTF-8"), e.getMessage());
        assertEquals("abc", ArticleText.decodeUtf8(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', 'b', 'c'}, "x"));
    }

    private static void assertRefused(Path file, ArticleDraft d, List<Article> existing, String says) {
        ArticleRefused e = assertThrows(ArticleRefused.class, () -> ArticleStore.store(file, d, existing));
        assertTrue(e.getMessage().contains(says), e.getMessage());
    }
}
