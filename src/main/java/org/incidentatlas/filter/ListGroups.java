package org.incidentatlas.filter;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The actor or province list as the window shows it: one entry per canonical name of the alias table, standing
 * for every name of that group the dataset holds ("Islamic State" for ISIS, Daesh and UCDP's IS), and one entry
 * per name that is in no group. Counts are summed over an entry's names; ticking an entry filters to all of them.
 * A name joins a group as the command line's {@code --actor} takes it ({@link Aliases#groupOf}): one of the
 * group's names, or holding one as whole words ("ISIS militants", "suspected ISIS fighters"), so the list and the
 * command line keep the same incidents for one name.
 */
public final class ListGroups {

    /** Entry to the dataset's names it stands for, in the order first met. */
    private final Map<String, Set<String>> names = new LinkedHashMap<>();
    /** Dataset name to its entry. */
    private final Map<String, String> entryOf = new HashMap<>();

    /** The entries for {@code values} (the dataset's actor or province names) under {@code aliases}. */
    public ListGroups(String kind, Collection<String> values, Aliases aliases) {
        for (String v : new TreeSet<>(values)) {
            Aliases.Group g = aliases.groupOf(kind, v);
            String entry = g == null ? v : g.canonical();
            names.computeIfAbsent(entry, e -> new LinkedHashSet<>()).add(v);
            entryOf.put(v, entry);
        }
    }

    /** Counts per entry: the sum of its names' counts (an incident naming two names of one group counts twice). */
    public Map<String, Integer> counts(Map<String, Integer> byName) {
        return counts(byName, Map.of());
    }

    /**
     * Counts per entry, an incident once per entry: the sum of its names' counts, less, for each set of names
     * named together ({@link ListCounts#actorSets}), the incidents counted more than once because two or more of
     * the set's names are of the same entry ("ISIS" and "Daesh" in one incident count once for Islamic State).
     */
    public Map<String, Integer> counts(Map<String, Integer> byName, Map<List<String>, Integer> namedTogether) {
        Map<String, Integer> out = new HashMap<>();
        byName.forEach((name, n) -> out.merge(entryOf.getOrDefault(name, name), n, Integer::sum));
        Map<String, Integer> inEntry = new HashMap<>();
        namedTogether.forEach((set, n) -> {
            inEntry.clear();
            for (String name : set) {
                inEntry.merge(entryOf.getOrDefault(name, name), 1, Integer::sum);
            }
            inEntry.forEach((entry, k) -> {
                if (k > 1) {
                    out.merge(entry, -(k - 1) * n, Integer::sum);
                }
            });
        });
        return out;
    }

    /** The dataset names the ticked entries stand for (what the filter keeps). */
    public Set<String> expand(Collection<String> entries) {
        Set<String> out = new TreeSet<>();
        for (String e : entries) {
            out.addAll(names.getOrDefault(e, Set.of(e)));
        }
        return out;
    }

    /** The entries to show ticked for a filter's names: an entry when any of its names is in the filter. */
    public Set<String> collapse(Collection<String> filterNames) {
        Set<String> out = new TreeSet<>();
        for (String n : filterNames) {
            out.add(entryOf.getOrDefault(n, n));
        }
        return out;
    }

    /** The dataset's names an entry stands for (for its tooltip); the entry alone when it is in no group. */
    public List<String> variants(String entry) {
        return List.copyOf(names.getOrDefault(entry, Set.of(entry)));
    }

    /**
     * A filter's names after the alias table changed from {@code before} to {@code after}: the entries the analyst
     * had ticked, each standing for its names under the new table, so a ticked entry that gains a variant keeps
     * it too and one that loses a name ("Mark as different") no longer keeps it. A ticked name whose entry is no
     * longer an entry (it joined a group) stands for its new group.
     */
    public static Set<String> regrouped(ListGroups before, ListGroups after, Set<String> filterNames) {
        Set<String> out = new TreeSet<>();
        for (String entry : before.collapse(filterNames)) {
            if (after.names.containsKey(entry) || !before.names.containsKey(entry)) {
                out.addAll(after.expand(Set.of(after.entryOf.getOrDefault(entry, entry))));
            } else {
                for (String name : before.names.get(entry)) {
                    out.addAll(after.expand(Set.of(after.entryOf.getOrDefault(name, name))));
                }
            }
        }
        return out;
    }
}
