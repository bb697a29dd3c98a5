package org.incidentatlas.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The analyst's own alias entries, saved with the dataset (its top-level {@code aliases}, see
 * docs/dataset-format.md): names of one actor or province under a canonical name, which extend the bundled
 * table, and pairs of names the analyst has said are different, which no alias may merge. Immutable; the maps
 * keep their order (as written in the file).
 *
 * @param actors    canonical actor name to its other names
 * @param provinces canonical province name to its other names
 * @param distinct  pairs of names that are never one actor or province
 */
public record AliasTable(Map<String, List<String>> actors, Map<String, List<String>> provinces,
                         List<List<String>> distinct) {

    public static final AliasTable EMPTY = new AliasTable(Map.of(), Map.of(), List.of());

    public AliasTable {
        actors = copy(actors);
        provinces = copy(provinces);
        distinct = distinct.stream().map(List::copyOf).toList();
        for (List<String> pair : distinct) {
            if (pair.size() != 2) {
                throw new IllegalArgumentException("a distinct entry is a pair of names: " + pair);
            }
        }
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> m) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(Objects.requireNonNull(k), List.copyOf(v)));
        return java.util.Collections.unmodifiableMap(out);
    }

    public boolean isEmpty() {
        return actors.isEmpty() && provinces.isEmpty() && distinct.isEmpty();
    }

    /** The groups of one kind, {@code "actor"} or {@code "province"}. */
    public Map<String, List<String>> of(String kind) {
        return switch (kind) {
            case "actor" -> actors;
            case "province" -> provinces;
            default -> throw new IllegalArgumentException("actor or province: " + kind);
        };
    }

    /** This table with {@code name} added under {@code canonical} (made a canonical name when it is new). */
    public AliasTable withVariant(String kind, String canonical, String name) {
        Map<String, List<String>> groups = new LinkedHashMap<>(of(kind));
        List<String> names = new ArrayList<>(groups.getOrDefault(canonical, List.of()));
        if (name != null && !name.isBlank() && !names.contains(name.strip()) && !name.strip().equals(canonical)) {
            names.add(name.strip());
        }
        groups.put(canonical, names);
        return with(kind, groups, distinct);
    }

    /** This table without {@code name} under {@code canonical}; a canonical name left with no names goes too. */
    public AliasTable withoutVariant(String kind, String canonical, String name) {
        Map<String, List<String>> groups = new LinkedHashMap<>(of(kind));
        List<String> names = new ArrayList<>(groups.getOrDefault(canonical, List.of()));
        names.remove(name);
        if (names.isEmpty() || name.equals(canonical)) {
            groups.remove(canonical);
        } else {
            groups.put(canonical, names);
        }
        return with(kind, groups, distinct);
    }

    /** This table saying that {@code a} and {@code b} are different (once, in either order). */
    public AliasTable withDistinct(String a, String b) {
        if (a.equals(b) || areDistinct(a, b)) {
            return this;
        }
        List<List<String>> pairs = new ArrayList<>(distinct);
        pairs.add(List.of(a.strip(), b.strip()));
        return new AliasTable(actors, provinces, pairs);
    }

    /** This table no longer saying that {@code a} and {@code b} are different. */
    public AliasTable withoutDistinct(String a, String b) {
        List<List<String>> pairs = new ArrayList<>(distinct);
        pairs.removeIf(p -> p.contains(a) && p.contains(b));
        return new AliasTable(actors, provinces, pairs);
    }

    public boolean areDistinct(String a, String b) {
        return distinct.stream().anyMatch(p -> p.get(0).equals(a) && p.get(1).equals(b)
                || p.get(0).equals(b) && p.get(1).equals(a));
    }

    private AliasTable with(String kind, Map<String, List<String>> groups, List<List<String>> pairs) {
        return kind.equals("actor") ? new AliasTable(groups, provinces, pairs) : new AliasTable(actors, groups, pairs);
    }
}
