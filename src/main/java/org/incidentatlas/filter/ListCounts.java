package org.incidentatlas.filter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.incidentatlas.model.Incident;

/**
 * How many incidents each value of the type, actor and province lists would keep, given every other filter:
 * a type's count is of the incidents that pass all the filters but the type list (so ticking that type adds
 * exactly that many to the types already ticked, and a count of 0 says ticking it gives nothing new). The same
 * for actors, provinces and countries. With no filter set they are the dataset's totals.
 *
 * @param types     incidents per type
 * @param actors    incidents per actor (an incident with two actors counts for both)
 * @param provinces incidents per province (incidents with no province are not counted)
 * @param countries incidents per country (incidents with no country, e.g. the analyst's own, are not counted)
 * @param actorSets incidents per set of two or more different actors they name (sorted), counted under the same
 *                  rule as {@code actors}: what the grouped actor list needs to count an incident naming two
 *                  names of one alias group ("ISIS" and "Daesh") once, not twice ({@link ListGroups#counts})
 */
public record ListCounts(Map<String, Integer> types, Map<String, Integer> actors, Map<String, Integer> provinces,
                         Map<String, Integer> countries, Map<List<String>, Integer> actorSets) {

    /** How often the count looks whether it is still wanted. */
    private static final int CHECK_EVERY = 4096;

    public ListCounts {
        types = Map.copyOf(types);
        actors = Map.copyOf(actors);
        provinces = Map.copyOf(provinces);
        countries = Map.copyOf(countries);
        actorSets = Map.copyOf(actorSets);
    }

    /** Counts without the actor sets (no incident names two actors). */
    public ListCounts(Map<String, Integer> types, Map<String, Integer> actors, Map<String, Integer> provinces,
                      Map<String, Integer> countries) {
        this(types, actors, provinces, countries, Map.of());
    }

    /** Counts without a country list (as before countries were kept). */
    public ListCounts(Map<String, Integer> types, Map<String, Integer> actors, Map<String, Integer> provinces) {
        this(types, actors, provinces, Map.of());
    }

    /**
     * Counts in one pass over {@code incidents}; safe off the FX thread (the filter, index and incidents are
     * immutable).
     *
     * @param cancelled asked now and then; when it says true the count stops and returns null
     */
    public static ListCounts count(List<Incident> incidents, IncidentFilter f, SearchIndex index, PlaceVariants places,
                                   BooleanSupplier cancelled) {
        Predicate<Incident> rest = f.withoutLists().toPredicate(index, places);
        Map<String, Integer> types = new HashMap<>();
        Map<String, Integer> actors = new HashMap<>();
        Map<String, Integer> provinces = new HashMap<>();
        Map<String, Integer> countries = new HashMap<>();
        Map<List<String>, Integer> sets = new HashMap<>();
        int n = 0;
        for (Incident i : incidents) {
            if (n++ % CHECK_EVERY == 0 && cancelled.getAsBoolean()) {
                return null;
            }
            add(i, 1, f, rest, types, actors, provinces, countries, sets);
        }
        return new ListCounts(types, actors, provinces, countries, sets);
    }

    /**
     * These counts after an edit: the removed incidents taken out, the added ones put in, by the same rules as
     * {@link #count}, without a pass over the dataset (an edit at 100,000 incidents counts two records, not all).
     */
    public ListCounts adjusted(List<Incident> removed, List<Incident> added, IncidentFilter f, SearchIndex index,
                               PlaceVariants places) {
        Predicate<Incident> rest = f.withoutLists().toPredicate(index, places);
        Map<String, Integer> t = new HashMap<>(types);
        Map<String, Integer> a = new HashMap<>(actors);
        Map<String, Integer> p = new HashMap<>(provinces);
        Map<String, Integer> c = new HashMap<>(countries);
        Map<List<String>, Integer> s = new HashMap<>(actorSets);
        removed.forEach(i -> add(i, -1, f, rest, t, a, p, c, s));
        added.forEach(i -> add(i, 1, f, rest, t, a, p, c, s));
        for (Map<String, Integer> m : List.of(t, a, p, c)) {
            m.values().removeIf(v -> v <= 0);
        }
        s.values().removeIf(v -> v <= 0);
        return new ListCounts(t, a, p, c, s);
    }

    /** What one incident adds to (by 1) or takes from (by -1) each list's counts. */
    private static void add(Incident i, int by, IncidentFilter f, Predicate<Incident> rest, Map<String, Integer> types,
                            Map<String, Integer> actors, Map<String, Integer> provinces, Map<String, Integer> countries,
                            Map<List<String>, Integer> actorSets) {
        if (!rest.test(i)) {
            return;
        }
        boolean type = f.keepsType(i);
        boolean actor = f.keepsActors(i);
        boolean province = f.keepsProvince(i);
        boolean country = f.keepsCountry(i);
        if (actor && province && country) {
            types.merge(i.type(), by, Integer::sum);
        }
        if (type && province && country) {
            List<String> named = i.actors();
            int different = 0;
            for (int k = 0; k < named.size(); k++) {
                if (named.indexOf(named.get(k)) == k) { // an actor named twice counts once
                    actors.merge(named.get(k), by, Integer::sum);
                    different++;
                }
            }
            if (different > 1) {
                actorSets.merge(distinctSorted(named), by, Integer::sum);
            }
        }
        if (type && actor && country && i.province() != null) {
            provinces.merge(i.province(), by, Integer::sum);
        }
        if (type && actor && province && i.country() != null) {
            countries.merge(i.country(), by, Integer::sum);
        }
    }

    static List<String> distinctSorted(List<String> names) {
        List<String> out = new ArrayList<>(names.size());
        for (String n : names) {
            if (!out.contains(n)) {
                out.add(n);
            }
        }
        out.sort(null);
        return List.copyOf(out);
    }
}
