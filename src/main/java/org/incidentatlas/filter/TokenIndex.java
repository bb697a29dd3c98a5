package org.incidentatlas.filter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * The words of every row's folded search text (maximal runs of letters and digits), each with the rows it occurs
 * in. A search term occurs in a text only if each of its own words is part of one of the text's words, so the
 * rows of the words that contain the term's words are a superset of the rows the term matches: a lookup, then
 * the plain substring test on those rows alone.
 */
final class TokenIndex {

    /** Rows per chunk of the parallel build: a RoaringBitmap container's span, so chunks merge without overlap. */
    private static final int CHUNK = 1 << 16;
    /** Past this many matching words a term is too common to narrow anything worth a union of their rows. */
    private static final int MOST_WORDS = 4096;

    private final String[] words;
    private final RoaringBitmap[] rows;

    private TokenIndex(String[] words, RoaringBitmap[] rows) {
        this.words = words;
        this.rows = rows;
    }

    static TokenIndex build(String[] haystacks) {
        int chunks = (haystacks.length + CHUNK - 1) / CHUNK;
        List<Map<String, RoaringBitmap>> parts = IntStream.range(0, chunks).parallel()
                .mapToObj(c -> chunk(haystacks, c * CHUNK, Math.min(haystacks.length, (c + 1) * CHUNK)))
                .toList();
        Map<String, RoaringBitmap> all = new HashMap<>();
        for (Map<String, RoaringBitmap> part : parts) {
            part.forEach((w, b) -> all.merge(w, b, (x, y) -> {
                x.or(y);
                return x;
            }));
        }
        String[] words = all.keySet().toArray(String[]::new);
        RoaringBitmap[] rows = new RoaringBitmap[words.length];
        for (int k = 0; k < words.length; k++) {
            rows[k] = all.get(words[k]);
            rows[k].runOptimize();
        }
        return new TokenIndex(words, rows);
    }

    private static Map<String, RoaringBitmap> chunk(String[] haystacks, int from, int to) {
        Map<String, RoaringBitmap> map = new HashMap<>();
        for (int r = from; r < to; r++) {
            int row = r;
            for (String w : words(haystacks[r])) {
                map.computeIfAbsent(w, x -> new RoaringBitmap()).add(row);
            }
        }
        return map;
    }

    /** The maximal runs of letters and digits of {@code s}, in order (repeats included). */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean word = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /**
     * The rows whose text may contain {@code term} (a folded search term): a superset of those that do. Null
     * when the index cannot narrow it (no letters or digits in the term, or a word so short it is everywhere).
     */
    RoaringBitmap candidates(String term) {
        RoaringBitmap result = null;
        pieces:
        for (String piece : words(term)) {
            List<RoaringBitmap> hits = new ArrayList<>();
            for (int k = 0; k < words.length; k++) {
                if (words[k].length() >= piece.length() && words[k].contains(piece)) {
                    hits.add(rows[k]);
                    if (hits.size() > MOST_WORDS) {
                        continue pieces; // this word narrows nothing; the others may
                    }
                }
            }
            RoaringBitmap these = hits.isEmpty() ? new RoaringBitmap() : FastAggregation.or(hits.iterator());
            result = result == null ? these : RoaringBitmap.and(result, these);
        }
        return result;
    }
}
