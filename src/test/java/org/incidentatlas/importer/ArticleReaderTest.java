package org.incidentatlas.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.incidentatlas.dataset.ArticleRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    private static final String PAGE = """
            <!DOCTYPE html><html><head>
            <title>Drone strike near Makhmour | Example News</title>
            <meta property="og:title" content="Drone strike near Makhmour">
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2024-07-14T09:30:00+03:00">
            <link rel="canonical" href="https://example.org/news/drone-makhmour">
            <style>p { color: red }</style><script>var tracking = "no";</script>
            </head><body>
            <nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <header>Example News: the site banner</header>
            <article>
              <h1>Drone strike near   Makhmour</h1>
              <p>ERBIL, Iraq &mdash; A drone struck a checkpoint
                 near <b>Makhmour</b> on Sunday.</p>
              <p>Two Peshmerga were wounded,<br>officials said.</p>
              <aside>Read more: unrelated story</aside>
              <ul><li>First point</li><li>Second &amp; last</li></ul>
              <script>alert(1)</script>
            </article>
            <footer>&copy; Example News</footer>
            </body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void anHtmlPageIsItsArticlesReadableText() throws Exception {
        Path f = Files.writeString(dir.resolve("story.html"), PAGE);
        ArticleSource s = ArticleReader.read(f);
        assertEquals("Drone strike near Makhmour\n\n"
                + "ERBIL, Iraq \u2014 A drone struck a checkpoint near Makhmour on Sunday.\n\n"
                + "Two Peshmerga were wounded,\nofficials said.\n\n"
                + "First point\nSecond & last\n", s.text());
        assertEquals("Drone strike near Makhmour", s.title());
        assertEquals("2024-07-14", s.published());
        assertEquals("Example News", s.outlet());
        assertEquals("https://example.org/news/drone-makhmour", s.url());
        assertEquals("Example News", s.draft().outlet());
    }

    @Test
    void withoutAnArticleTheMainOrTheBodyWithTheTitleTagAndATimeElement() throws Exception {
        Path f = Files.writeString(dir.resolve("page.htm"), "<html><head><title>Clashes in Tuz</title></head><body>"
                + "<nav>Menu</nav><main><p>Clashes broke out.</p><p>Dated <time datetime=\"2023-03-05\">5 March</time>."
                + "</p></main><p>Outside main</p></body></html>");
        ArticleSource s = ArticleReader.read(f);
        assertEquals("Clashes broke out.\n\nDated 5 March.\n", s.text());
        assertEquals("Clashes in Tuz", s.title());
        assertEquals("2023-03-05", s.published());
        assertNull(s.outlet());
        Path body = Files.writeString(dir.resolve("body.html"), "<p>One</p>Loose text<div>Two</div>");
        assertEquals("One\n\nLoose text\n\nTwo\n", ArticleReader.read(body).text());
    }

    @Test
    void aPageInTheCharsetItDeclaresIsRead() throws Exception {
        String html = "<html><head><meta charset=\"windows-1256\"></head><body><p>\u0645\u062E\u0645\u0648\u0631</p></body></html>";
        Path f = Files.write(dir.resolve("ar.html"), html.getBytes(Charset.forName("windows-1256")));
        assertEquals("\u0645\u062E\u0645\u0648\u0631\n", ArticleReader.read(f).text());
        Path undeclared = Files.write(dir.resolve("bad.html"), "<p>Makhm\u00fbr</p>".getBytes(StandardCharsets.ISO_8859_1));
        ArticleRefused e = assertThrows(ArticleRefused.class, () -> ArticleReader.read(undeclared));
        assertTrue(e.getMessage().contains("bad.html is not UTF-8: at line 1, column 9 (byte offset 8)"), e.getMessage());
    }

    @Test
    void textAndMarkdownFilesAreStrictUtf8WithTheirLineEndingsMadeOne() throws Exception {
        Path txt = Files.write(dir.resolve("a.txt"), "\uFEFFLine one\r\nLine two  \r\n".getBytes(StandardCharsets.UTF_8));
        ArticleSource t = ArticleReader.read(txt);
        assertEquals("Line one\nLine two\n", t.text());
        assertNull(t.title());
        Path md = Files.writeString(dir.resolve("a.md"), "\n## Drone *strike* ##\n\nSome **bold** text.\n");
        ArticleSource m = ArticleReader.read(md);
        assertEquals("## Drone *strike* ##\n\nSome **bold** text.\n", m.text(), "kept as written");
        assertEquals("Drone *strike*", m.title());
        Path latin = Files.write(dir.resolve("l.txt"), new byte[] {'o', 'k', '\n', (byte) 0xE9});
        ArticleRefused e = assertThrows(ArticleRefused.class, () -> ArticleReader.read(latin));
        assertTrue(e.getMessage().contains("l.txt is not UTF-8: at line 2, column 1 (byte offset 3)"), e.getMessage());
    }

    @Test
    void pastedTextAndFilesThatAreNoArticle() throws Exception {
        assertEquals("Pasted\n\nparagraph\n", ArticleReader.pasted("Pasted\r\n\r\n\r\nparagraph").text());
        assertThrows(NoSuchFileException.class, () -> ArticleReader.read(dir.resolve("missing.txt")));
        Path pdf = Files.writeString(dir.resolve("story.pdf"), "%PDF");
        ArticleRefused e = assertThrows(ArticleRefused.class, () -> ArticleReader.read(pdf));
        assertTrue(e.getMessage().contains("neither .txt, .md nor .html"), e.getMessage());
        ArticleRefused folder = assertThrows(ArticleRefused.class, () -> ArticleReader.read(dir));
        assertTrue(folder.getMessage().contains("is not a file"), folder.getMessage());
    }
}
