package org.incidentatlas.map;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.IdentityHashMap;
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

    private final Map<Long, Map<String, Integer>> cells = new HashMap<>();
    private final Map<Object, String> answers = new IdentityHashMap<>();

    private RecordSpellings() {
    }

    static RecordSpellings of(IncidentPoints p) {
        RecordSpellings s = new RecordSpellings();
        // files each distinct place string once per cell; the words are worked out per distinct string only
        Map<Long, Map<String, Integer>> raw = new HashMap<>();
        for (int i = 0; i < p.size(); i++) {
            String place = p.incidents[i].place();
            if (place != null) {
                raw.computeIfAbsent(cell(p.x[i], p.y[i]), k -> new HashMap<>()).merge(place, 1, Integer::sum);
            }
        }
        for (int i = 0; i < p.centers.length; i++) {
            raw.computeIfAbsent(cell(p.centerX[i], p.centerY[i]), k -> new HashMap<>())
                    .merge(p.centers[i].name(), 1, Integer::sum);
        }
        raw.forEach((cell, places) -> places.forEach((place, n) -> {
            for (String word : WORD.split(place)) {
                String w = word.replaceAll("^[’'ʿʾ-]+|[’'ʿʾ-]+$", "");
                if (w.length() >= 4 && !COMMON.contains(loose(w))) {
                    s.cells.computeIfAbsent(cell, k -> new HashMap<>()).merge(w, n, Integer::sum);
                }
            }
        }));
        return s;
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
        if (!cells.isEmpty()) {
            String skeleton = skeleton(name);
            String loose = loose(name);
            long cx = (long) Math.floor(x * CELLS);
            long cy = (long) Math.floor(y * CELLS);
            int best = 0;
            for (long i = cx - 1; i <= cx + 1; i++) {
                for (long j = cy - 1; j <= cy + 1; j++) {
                    for (Map.Entry<String, Integer> e : cells.getOrDefault(key(i, j), Map.of()).entrySet()) {
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
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT).replaceAll("[’'ʿʾ\\s-]", "");
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
