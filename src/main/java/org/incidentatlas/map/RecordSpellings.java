package org.incidentatlas.map;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The data's own spellings of the places its incidents and centres are named after, by where they are, so a
 * basemap name written otherwise (Mexmur) can be lettered as the records spell it (Makhmour, Makhmūr).
 *
 * <p>A record's place ("Qaḑā’ Makhmūr", "Joint Coordination Center, Makhmour") is cut into words; a word is a
 * spelling of a basemap name near the record's point when both reduce to the same consonant skeleton (the
 * usual transliteration variants: kh/x, ou/u, q/k, vowels, doubled letters), and it is a <em>different</em>
 * spelling when they still differ once case and accents are set aside (Kirkūk and Kirkuk are the same name).
 * Within about {@value #CELL_KM} km only; the most used spelling wins.
 */
final class RecordSpellings {

    /** Cells of the grid the records are filed in: 2^13 across the world, about 4 km in northern Iraq. */
    private static final int CELLS = 1 << 13;
    static final int CELL_KM = 4;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WORD = Pattern.compile("[^\\p{L}’'ʿʾ-]+");
    /** Words that say what kind of place or record it is, never which place. */
    private static final Set<String> COMMON = Set.of("town", "city", "village", "district", "subdistrict",
            "governorate", "province", "near", "north", "south", "east", "west", "of", "the", "joint", "coordination",
            "center", "centre", "operations", "command", "camp", "field", "gas", "iraqi", "iraq", "region",
            "kurdistan", "ministry", "affairs", "qada", "nahiya", "nahiyat", "muhafazat");

    /** The place strings of the records in each cell, with how many records give each (filed on first use). */
    private final Map<Long, Map<String, Integer>> places = new HashMap<>();
    /** The words of a cell's places, worked out when a name near it is first asked about. */
    private final Map<Long, Map<String, Integer>> words = new HashMap<>();
    private final Map<String, List<String>> wordsOfPlace = new HashMap<>();
    private final Map<Object, String> answers = new IdentityHashMap<>();

    private RecordSpellings() {
    }

    /**
     * Files the records by cell: one pass of hash look-ups over the list (a few milliseconds at 100,000); a
     * place's words are worked out only for the cells around a name the map asks about.
     */
    static RecordSpellings of(IncidentPoints p) {
        RecordSpellings s = new RecordSpellings();
        for (int i = 0; i < p.size(); i++) {
            String place = p.incidents[i].place();
            if (place != null) {
                s.places.computeIfAbsent(cell(p.x[i], p.y[i]), k -> new HashMap<>()).merge(place, 1, Integer::sum);
            }
        }
        for (int i = 0; i < p.centers.length; i++) {
            s.places.computeIfAbsent(cell(p.centerX[i], p.centerY[i]), k -> new HashMap<>())
                    .merge(p.centers[i].name(), 1, Integer::sum);
        }
        return s;
    }

    private Map<String, Integer> wordsIn(long cell) {
        Map<String, Integer> here = places.get(cell);
        if (here == null) {
            return Map.of();
        }
        return words.computeIfAbsent(cell, c -> {
            Map<String, Integer> w = new HashMap<>();
            here.forEach((place, n) -> {
                for (String word : wordsOfPlace.computeIfAbsent(place, RecordSpellings::wordsOf)) {
                    w.merge(word, n, Integer::sum);
                }
            });
            return w;
        });
    }

    /** The words of a place that could be a place's name: four letters or more, not "town", "district"... */
    static List<String> wordsOf(String place) {
        List<String> out = new ArrayList<>();
        for (String word : WORD.split(place)) {
            String w = word.replaceAll("^[’'ʿʾ-]+|[’'ʿʾ-]+$", "");
            if (w.length() >= 4 && !COMMON.contains(loose(w))) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * The records' spelling of the place named {@code name} at world point (x, y), when they spell it
     * differently; null when they do not name it or spell it the same. {@code key} caches the answer (a label).
     */
    String spellingOf(Object key, String name, double x, double y) {
        if (answers.containsKey(key)) {
            return answers.get(key);
        }
        String answer = null;
        if (!places.isEmpty()) {
            String skeleton = skeleton(name);
            String loose = loose(name);
            long cx = (long) Math.floor(x * CELLS);
            long cy = (long) Math.floor(y * CELLS);
            int best = 0;
            for (long i = cx - 1; i <= cx + 1; i++) {
                for (long j = cy - 1; j <= cy + 1; j++) {
                    for (Map.Entry<String, Integer> e : wordsIn(key(i, j)).entrySet()) {
                        String w = e.getKey();
                        if (skeleton.length() >= 3 && skeleton.equals(skeleton(w)) && !loose.equals(loose(w))
                                && (e.getValue() > best || e.getValue() == best && w.compareTo(answer) < 0)) {
                            best = e.getValue();
                            answer = w;
                        }
                    }
                }
            }
        }
        answers.put(key, answer);
        return answer;
    }

    /** Lower case, no accents or apostrophes: names that differ only so are the same spelling. */
    static String loose(String s) {
        // most names are plain ASCII: no normalising (and no garbage) for them, as this runs at every redraw
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("")
                        .toLowerCase(Locale.ROOT).replaceAll("[’'ʿʾ\\s-]", "");
            }
            if (c != '\'' && c != '-' && !Character.isWhitespace(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** The consonants of a name after folding the common transliteration variants: Makhmour, Mexmur → mxmr. */
    static String skeleton(String s) {
        String t = loose(s).replace("kh", "x").replace("gh", "g").replace("sh", "s").replace("ch", "s")
                .replace("dh", "d").replace("th", "t").replace("ph", "f").replace("ck", "k").replace('q', 'k')
                .replace('c', 'k').replaceAll("[aeiouyhw]", "");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            if (b.length() == 0 || b.charAt(b.length() - 1) != t.charAt(i)) {
                b.append(t.charAt(i));
            }
        }
        return b.toString();
    }

    private static long cell(double x, double y) {
        return key((long) Math.floor(x * CELLS), (long) Math.floor(y * CELLS));
    }

    private static long key(long i, long j) {
        return (i << 32) ^ (j & 0xFFFFFFFFL);
    }
}
