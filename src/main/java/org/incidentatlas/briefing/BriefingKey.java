package org.incidentatlas.briefing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.incidentatlas.filter.NearestCenters;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.DateText;
import org.incidentatlas.model.DisplayText;
import org.incidentatlas.model.Incident;

/**
 * The briefing's key: the incidents it numbers, one line each (number, date with its precision, place, type,
 * killed and injured as the sources' ranges, a short citation, the nearest centre). With more incidents than
 * {@link KeyOptions#lines()}, the most severe or the most recent are keyed and the key says how many more the CSV
 * of the same filter holds. The chosen ones are numbered in the order of the briefing's list (the table's sort:
 * date order unless the analyst sorted otherwise), so the numbers read in that order on the key.
 */
public final class BriefingKey {

    /** Which incidents the key keeps when they do not all fit. */
    public enum Pick {
        /** Most killed first (the lower figure; unknown last), then most injured, then the latest. */
        SEVERE("most severe"),
        /** The latest first. */
        RECENT("most recent");

        private final String words;

        Pick(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * How the key is made: at most {@code lines} incidents (0: no key, no numbers), which ones when more are shown,
     * and whether the key is printed on the page itself (the PDF prints it on the pages after the map).
     */
    public record KeyOptions(int lines, Pick pick, boolean onPage) {

        /** The most a key holds: beyond this the CSV is the list. */
        public static final int MAX_LINES = 200;
        public static final KeyOptions DEFAULT = new KeyOptions(30, Pick.SEVERE, true);

        public KeyOptions {
            if (lines < 0 || lines > MAX_LINES) {
                throw new IllegalArgumentException("a key of " + lines + " lines; 0 to " + MAX_LINES);
            }
            pick = pick == null ? Pick.SEVERE : pick;
        }

        public KeyOptions offPage() {
            return new KeyOptions(lines, pick, false);
        }
    }

    /** One line of the key; every text already made safe to show ({@link DisplayText#safe}). */
    public record Entry(int number, Incident incident, String date, String place, String type, String killed,
                        String injured, String citation, String nearestCentre, String nearestKm) {

        /** "2–4 killed, ? injured". */
        public String figures() {
            return killed + " killed, " + injured + " injured";
        }
    }

    private final List<Entry> entries;
    private final int total;
    private final Pick pick;

    private BriefingKey(List<Entry> entries, int total, Pick pick) {
        this.entries = List.copyOf(entries);
        this.total = total;
        this.pick = pick;
    }

    /**
     * The key of {@code shown} (the briefing's list, in its order).
     *
     * @param articles the dataset's articles by id, for the citations
     * @param nearest  the centres the dataset is measured against
     */
    public static BriefingKey of(List<Incident> shown, KeyOptions options, Map<String, Article> articles,
                                 NearestCenters nearest) {
        int n = Math.min(options.lines(), shown.size());
        // the first n in the pick's order, kept in a heap of n (its worst on top): one pass, no sort of the list
        Comparator<Incident> order = order(options.pick());
        PriorityQueue<Incident> best = new PriorityQueue<>(Math.max(1, n), order.reversed());
        for (Incident i : shown) {
            if (n == 0) {
                break;
            }
            if (best.size() < n) {
                best.add(i);
            } else if (order.compare(i, best.peek()) < 0) {
                best.poll();
                best.add(i);
            }
        }
        Map<Incident, Boolean> keep = new IdentityHashMap<>();
        best.forEach(i -> keep.put(i, true));
        List<Entry> out = new ArrayList<>(n);
        for (Incident i : shown) {
            if (keep.containsKey(i)) {
                out.add(entry(out.size() + 1, i, articles, nearest));
            }
        }
        return new BriefingKey(out, shown.size(), options.pick());
    }

    /** No key: a briefing asked for none. */
    public static BriefingKey none(int total) {
        return new BriefingKey(List.of(), total, Pick.SEVERE);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** How many incidents the briefing shows that the key does not list. */
    public int more() {
        return total - entries.size();
    }

    /** The line under the key: what it lists and where the rest are; empty when it lists every incident. */
    public String moreLine() {
        if (more() == 0 || entries.isEmpty()) {
            return "";
        }
        return String.format("The %,d %s of %,d incidents; %,d more are in the CSV of the same filter (File > Export"
                + " CSV, or export-csv with the same flags).", entries.size(), pick.words(), total, more());
    }

    static Comparator<Incident> order(Pick pick) {
        Comparator<Incident> latest = Comparator.comparing(Incident::dateStart).reversed().thenComparing(Incident::id);
        if (pick == Pick.RECENT) {
            return latest;
        }
        return Comparator.comparingInt((Incident i) -> -low(i.killed())).thenComparingInt(i -> -low(i.injured()))
                .thenComparing(latest);
    }

    private static int low(Casualties c) {
        return c == null ? -1 : c.low();
    }

    private static Entry entry(int number, Incident i, Map<String, Article> articles, NearestCenters nearest) {
        String date = DateText.of(i) + " (" + i.datePrecision().key() + ")";
        String place = i.province() == null || i.province().equals(i.place()) ? i.place() : i.place() + ", " + i.province();
        NearestCenters.Nearest near = nearest.of(i);
        return new Entry(number, i, DisplayText.safe(date), DisplayText.safe(place), DisplayText.safe(i.type()),
                Casualties.display(i.killed()), Casualties.display(i.injured()), DisplayText.safe(citation(i, articles)),
                near == null ? "" : DisplayText.safe(near.center().name()), near == null ? "" : near.kmText());
    }

    /** "Rudaw, 2024-07-14" for the first source; "+ 2 more" when others are quoted too. */
    static String citation(Incident i, Map<String, Article> articles) {
        Set<String> ids = new LinkedHashSet<>();
        i.quotes().forEach(q -> ids.add(q.articleId()));
        if (ids.isEmpty()) {
            return "no source quoted";
        }
        Article a = articles.get(ids.iterator().next());
        String first = a == null ? ids.iterator().next()
                : (a.outlet() == null ? "outlet not named" : a.outlet()) + ", " + (a.published() == null ? "undated" : a.published());
        return ids.size() == 1 ? first : first + " + " + (ids.size() - 1) + " more";
    }
}
