package org.incidentatlas.importer;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.incidentatlas.dataset.ArticleRefused;
import org.incidentatlas.dataset.ArticleText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML page as an article's readable text, with jsoup (docs/decisions/0160-jsoup-for-article-html.md): the
 * {@code <article>} (the one with the most text when a page has several), else {@code <main>}, else the body;
 * scripts, styles, navigation, asides, footers and forms dropped; each block element a paragraph, separated by a
 * blank line; {@code <br>} a line break; a list item or table row a line; {@code <pre>} kept as it is; entities
 * decoded. The page's title, date, site name and canonical address are offered as defaults.
 */
final class HtmlArticle {

    private static final String DROPPED = "script, style, noscript, template, nav, aside, footer, form, button, "
            + "select, textarea, input, iframe, object, embed, svg, canvas, dialog, menu, [hidden], [aria-hidden=true], "
            + "[role=navigation]";
    private static final Set<String> PARAGRAPHS = Set.of("p", "div", "section", "article", "main", "header", "h1",
            "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "dl", "table", "figure", "figcaption",
            "address", "hr", "center", "details", "summary", "fieldset");
    private static final Set<String> LINES = Set.of("li", "tr", "dt", "dd", "caption", "thead", "tbody", "tfoot");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final Pattern ISO_DAY = Pattern.compile("^\\s*([0-9]{4}-[0-9]{2}-[0-9]{2})");
    private static final Pattern META_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);

    private HtmlArticle() {
    }

    static ArticleSource read(byte[] bytes, String source) throws ArticleRefused {
        Document page = Jsoup.parse(decode(bytes, source));
        Element root = contentRoot(page);
        root.select(DROPPED).remove();
        String text = ArticleText.normalise(textOf(root));
        // the article's own headline before <title>, which usually ends in " - Outlet"
        Element h1 = root.selectFirst("h1");
        String title = first(meta(page, "meta[property=og:title]"), meta(page, "meta[name=twitter:title]"),
                h1 == null ? null : h1.text(), page.title());
        String published = day(meta(page, "meta[property=article:published_time]"),
                meta(page, "meta[itemprop=datePublished]"), meta(page, "meta[name=date]"),
                meta(page, "meta[name=pubdate]"), meta(page, "meta[name=publish-date]"),
                meta(page, "meta[name=DC.date.issued]"), attr(page, "time[datetime]", "datetime"));
        String outlet = first(meta(page, "meta[property=og:site_name]"), meta(page, "meta[name=application-name]"),
                meta(page, "meta[name=publisher]"));
        String url = first(attr(page, "link[rel=canonical]", "href"), meta(page, "meta[property=og:url]"));
        return new ArticleSource(text, title, published, outlet, url, source);
    }

    /**
     * The page's characters: UTF-8 when the bytes are UTF-8 (a BOM dropped); else the charset the page declares
     * in a {@code <meta>} (an old Arabic page in windows-1256); else refused, as a text file would be.
     */
    private static String decode(byte[] bytes, String source) throws ArticleRefused {
        try {
            return ArticleText.decodeUtf8(bytes, source);
        } catch (ArticleRefused notUtf8) {
            // every charset a page may declare reads the ASCII of its <meta> alike
            Document sniff = Jsoup.parse(new String(bytes, StandardCharsets.ISO_8859_1));
            String declared = sniff.select("meta[charset]").attr("charset");
            if (declared.isEmpty()) {
                Matcher m = META_CHARSET.matcher(sniff.select("meta[http-equiv~=(?i)content-type]").attr("content"));
                declared = m.find() ? m.group(1) : "";
            }
            try {
                if (!declared.isEmpty() && !declared.equalsIgnoreCase("utf-8") && !declared.equalsIgnoreCase("utf8")) {
                    return new String(bytes, Charset.forName(declared));
                }
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new ArticleRefused(source + " declares the character set \"" + declared + "\", which this "
                        + "computer does not know. Save the page as UTF-8 and add it again.");
            }
            throw notUtf8;
        }
    }

    private static Element contentRoot(Document page) {
        Elements articles = page.select("article");
        Element best = null;
        for (Element a : articles) {
            if (best == null || a.text().length() > best.text().length()) {
                best = a;
            }
        }
        if (best != null) {
            return best;
        }
        Element main = page.selectFirst("main, [role=main]");
        return main != null ? main : page.body();
    }

    /** The text of {@code root} with paragraphs as blank lines, {@code <br>} and list items as line breaks. */
    static String textOf(Element root) {
        StringBuilder out = new StringBuilder();
        int[] pending = {0}; // line breaks owed before the next text: 0, 1 (a line) or 2 (a paragraph)
        int[] inPre = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = inPre[0] > 0 ? t.getWholeText() : t.text();
                    if (inPre[0] == 0 && s.isBlank()) {
                        if (out.length() > 0 && pending[0] == 0 && !endsWithSpace(out)) {
                            out.append(' ');
                        }
                        return;
                    }
                    if (pending[0] > 0 && out.length() > 0) {
                        trimEnd(out);
                        out.append("\n".repeat(pending[0]));
                        s = inPre[0] > 0 ? s : s.stripLeading();
                    }
                    pending[0] = 0;
                    if (inPre[0] == 0 && (out.length() == 0 || out.charAt(out.length() - 1) == '\n')) {
                        s = s.stripLeading();
                    }
                    out.append(s);
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("br")) {
                        if (pending[0] == 0) {
                            trimEnd(out);
                            out.append('\n');
                        }
                    } else if (PARAGRAPHS.contains(tag)) {
                        pending[0] = 2;
                    } else if (LINES.contains(tag)) {
                        pending[0] = Math.max(pending[0], 1);
                    } else if (CELLS.contains(tag) && out.length() > 0 && pending[0] == 0 && !endsWithSpace(out)) {
                        out.append(' ');
                    }
                    if (tag.equals("pre")) {
                        inPre[0]++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (PARAGRAPHS.contains(tag)) {
                        pending[0] = 2;
                    } else if (LINES.contains(tag)) {
                        pending[0] = Math.max(pending[0], 1);
                    }
                    if (tag.equals("pre")) {
                        inPre[0]--;
                    }
                }
            }
        }, root);
        return out.toString();
    }

    private static boolean endsWithSpace(StringBuilder sb) {
        char c = sb.charAt(sb.length() - 1);
        return c == ' ' || c == '\n';
    }

    private static void trimEnd(StringBuilder sb) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
        }
    }

    private static String meta(Document page, String selector) {
        return attr(page, selector, "content");
    }

    private static String attr(Document page, String selector, String attribute) {
        Element e = page.selectFirst(selector);
        return e == null ? null : e.attr(attribute);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    /** The first value that starts with a real ISO day ("2024-07-14T09:30:00+03:00" is 2024-07-14). */
    private static String day(String... values) {
        for (String v : values) {
            Matcher m = v == null ? null : ISO_DAY.matcher(v);
            if (m != null && m.find()) {
                try {
                    return LocalDate.parse(m.group(1)).toString();
                } catch (DateTimeParseException e) {
                    // not a real day: the next source
                }
            }
        }
        return null;
    }
}
