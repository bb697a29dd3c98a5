package org.incidentatlas.changes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.incidentatlas.model.Incident;

/**
 * What changed between two versions of a dataset's incidents: which are new, which changed (and in which fields),
 * which are gone. Incidents are matched by their source id where both versions have one (an imported event
 * keeps ACLED's {@code event_id_cnty} or UCDP's {@code id}, so a newer export matches however the app named it),
 * else by their own id (the analyst's records). One pass over each list with a hash map: a 100,000-incident diff
 * takes a fraction of a second (docs/BENCHMARKS.md). See docs/updates-and-diffs.md.
 */
public final class DatasetDiff {

    /** What happened to one incident. */
    public enum Kind { NEW, CHANGED, GONE }

    /**
     * One incident's change: {@code before} null when new, {@code after} null when gone; {@code fields} the
     * dataset fields that differ (empty unless changed), in the format's order.
     */
    public record Change(Kind kind, Incident before, Incident after, List<String> fields) {
        public Change {
            fields = List.copyOf(fields);
        }

        /** The incident as it is now, or as it was when it is gone. */
        public Incident incident() {
            return after != null ? after : before;
        }
    }

    /** Each compared field by its name in the dataset format. */
    private static final List<Map.Entry<String, Function<Incident, Object>>> FIELDS = List.of(
            Map.entry("title", Incident::title), Map.entry("type", Incident::type),
            Map.entry("dateStart", Incident::dateStart), Map.entry("dateEnd", Incident::dateEnd),
            Map.entry("datePrecision", Incident::datePrecision), Map.entry("place", Incident::place),
            Map.entry("province", Incident::province), Map.entry("lat", Incident::lat), Map.entry("lon", Incident::lon),
            Map.entry("geoPrecision", Incident::geoPrecision), Map.entry("uncertaintyKm", Incident::uncertaintyKm),
            Map.entry("actors", Incident::actors), Map.entry("killed", Incident::killed),
            Map.entry("injured", Incident::injured), Map.entry("summary", Incident::summary),
            Map.entry("quotes", Incident::quotes), Map.entry("tags", Incident::tags), Map.entry("notes", Incident::notes),
            Map.entry("country", Incident::country));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final List<Change> changes;
    private final int unchanged;

    private DatasetDiff(List<Change> changes, int unchanged) {
        this.changes = Collections.unmodifiableList(changes);
        this.unchanged = unchanged;
    }

    /** Compares {@code before} with {@code after}; the changes come new and changed in {@code after}'s order, then gone. */
    public static DatasetDiff of(List<Incident> before, List<Incident> after) {
        Map<String, Incident> old = new HashMap<>(before.size() * 2);
        for (Incident i : before) {
            old.put(key(i), i);
        }
        List<Change> changes = new ArrayList<>();
        Set<String> seen = new HashSet<>(after.size() * 2);
        int same = 0;
        for (Incident now : after) {
            String k = key(now);
            seen.add(k);
            Incident was = old.get(k);
            if (was == null) {
                changes.add(new Change(Kind.NEW, null, now, List.of()));
                continue;
            }
            List<String> fields = differing(was, now);
            if (fields.isEmpty()) {
                same++;
            } else {
                changes.add(new Change(Kind.CHANGED, was, now, fields));
            }
        }
        for (Incident was : before) {
            if (!seen.contains(key(was))) {
                changes.add(new Change(Kind.GONE, was, null, List.of()));
            }
        }
        return new DatasetDiff(changes, same);
    }

    /** The match key: the source id where there is one (an import), else the incident's id. */
    static String key(Incident i) {
        return i.sourceId() != null ? "source:" + i.sourceId() : "id:" + i.id();
    }

    /** The fields in which two versions of an incident differ, in the format's order. */
    public static List<String> differing(Incident was, Incident now) {
        List<String> out = new ArrayList<>(2);
        for (Map.Entry<String, Function<Incident, Object>> f : FIELDS) {
            if (!Objects.equals(f.getValue().apply(was), f.getValue().apply(now))) {
                out.add(f.getKey());
            }
        }
        return out;
    }

    public List<Change> changes() {
        return changes;
    }

    public int count(Kind kind) {
        return (int) changes.stream().filter(c -> c.kind() == kind).count();
    }

    /** Incidents in both versions without a difference. */
    public int unchanged() {
        return unchanged;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** "12 new, 3 changed, 1 gone, 7,457 unchanged". */
    public String summary() {
        return String.format("%,d new, %,d changed, %,d gone, %,d unchanged", count(Kind.NEW), count(Kind.CHANGED),
                count(Kind.GONE), unchanged);
    }

    /** The ids (in the newer version) of the incidents new since the older one, and, {@code changedToo}, changed. */
    public Set<String> newIds(boolean changedToo) {
        Set<String> out = new HashSet<>();
        for (Change c : changes) {
            if (c.kind() == Kind.NEW || changedToo && c.kind() == Kind.CHANGED) {
                out.add(c.after().id());
            }
        }
        return out;
    }

    /**
     * What a briefing of {@code shown} (rows of the newer version) says of this diff: "7 new, 3 changed since
     * 12 Nov 2026" ({@code day}: the older version's), counted among those rows; "Nothing new or changed since …"
     * when none of them is.
     */
    public String briefingLine(List<Incident> shown, LocalDate day) {
        Set<String> fresh = newIds(false);
        Set<String> either = newIds(true);
        int n = 0;
        int changed = 0;
        for (Incident i : shown) {
            if (fresh.contains(i.id())) {
                n++;
            } else if (either.contains(i.id())) {
                changed++;
            }
        }
        String since = " since " + DAY.format(day);
        if (n + changed == 0) {
            return "Nothing new or changed" + since;
        }
        if (changed == 0) {
            return String.format("%,d new", n) + since;
        }
        return (n == 0 ? "" : String.format("%,d new, ", n)) + String.format("%,d changed", changed) + since;
    }

    /** How many changed incidents differ in each field, most first: "killed 3, notes 2". */
    public String fieldCounts() {
        Map<String, Integer> counts = new HashMap<>();
        for (Change c : changes) {
            c.fields().forEach(f -> counts.merge(f, 1, Integer::sum));
        }
        List<String> out = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.add(e.getKey() + " " + String.format("%,d", e.getValue())));
        return String.join(", ", out);
    }
}
