package org.incidentatlas.importer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.incidentatlas.model.Article;

/**
 * The articles an import creates, in the order first cited. Imported articles have no stored text (text path,
 * checksum and text are null), so quotes on them are shown as not verified.
 */
final class ArticleBook {

    private final List<Article> articles = new ArrayList<>();
    private final Map<String, Article> byKey = new HashMap<>();
    private final Map<String, String> keyById = new HashMap<>();

    /**
     * The one article for a source reference: the same outlet, date, title and url give the same article, whose id
     * is {@code prefix} and a hash of them, so the id does not change from one import of the file to the next.
     */
    Article cite(String prefix, String outlet, String title, String published, String url, String notes) {
        String key = outlet + '\n' + title + '\n' + published + '\n' + url;
        Article known = byKey.get(key);
        if (known != null) {
            return known;
        }
        String hash = sha256(key);
        int length = 12;
        String id = prefix + hash.substring(0, length);
        while (keyById.containsKey(id)) {
            id = prefix + hash.substring(0, ++length);
        }
        Article a = new Article(id, outlet, title, published, url, null, null, null, notes);
        byKey.put(key, a);
        keyById.put(id, key);
        articles.add(a);
        return a;
    }

    /** An article with an id of the caller's (ids must be unique across the dataset; the caller sees to it). */
    Article add(String id, String outlet, String notes) {
        Article a = new Article(id, outlet, null, null, null, null, null, null, notes);
        keyById.put(id, id);
        articles.add(a);
        return a;
    }

    /** How many articles there are: a mark to {@link #rollBack} to when a row turns out not importable. */
    int mark() {
        return articles.size();
    }

    /** Forgets the articles added since {@code mark}, so a skipped row leaves none behind. */
    void rollBack(int mark) {
        while (articles.size() > mark) {
            Article a = articles.remove(articles.size() - 1);
            byKey.remove(keyById.remove(a.id()));
        }
    }

    List<Article> all() {
        return articles;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
