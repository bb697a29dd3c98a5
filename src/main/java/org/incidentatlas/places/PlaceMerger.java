package org.incidentatlas.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.model.Geo;

/** How {@link PlaceLookup.Builder} puts its sources together: one place per town, and every spelling it has. */
final class PlaceMerger {

    /** Points of the same name closer than this are one place seen by two sources. */
    static final double SAME_PLACE_KM = 15;

    private PlaceMerger() {
    }

    /**
     * The points in the order given, each with its province and district (from the areas when its source gives
     * none), and a later town sharing a spelling with an earlier one within {@link #SAME_PLACE_KM} merged into it:
     * its spellings added, the earlier point, uncertainty and province kept.
     */
    static List<Place> merge(List<Place> points, AdminAreas admin) {
        List<Place> merged = new ArrayList<>();
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (Place p : points) {
            Place placed = p;
            if (p.province() == null || p.district() == null) {
                AdminLocation at = admin.at(p.lat(), p.lon());
                placed = p.withWhere(p.province() != null ? p.province() : at.province(),
                        p.district() != null ? p.district() : at.district());
            }
            Integer same = settlement(p) ? samePlace(placed, merged, byKey) : null;
            if (same == null) {
                merged.add(placed);
                index(placed, merged.size() - 1, byKey);
            } else {
                Place old = merged.get(same);
                Set<String> all = new LinkedHashSet<>(old.spellings());
                all.addAll(placed.spellings());
                merged.set(same, old.withSpellings(new ArrayList<>(all))
                        .withImportance(Math.max(old.importance(), placed.importance())));
                index(placed, same, byKey);
            }
        }
        return merged;
    }

    private static Integer samePlace(Place p, List<Place> merged, Map<String, List<Integer>> byKey) {
        for (String s : p.spellings()) {
            for (int i : byKey.getOrDefault(SpellingKey.of(s), List.of())) {
                Place q = merged.get(i);
                if (settlement(q) && Geo.distanceKm(p.lat(), p.lon(), q.lat(), q.lon()) < SAME_PLACE_KM) {
                    return i;
                }
            }
        }
        return null;
    }

    /** Only towns and villages are merged: a camp or an airport named after its town is not the town. */
    private static boolean settlement(Place p) {
        return p.kind() == PlaceKind.CITY_TOWN || p.kind() == PlaceKind.VILLAGE;
    }

    private static void index(Place p, int i, Map<String, List<Integer>> byKey) {
        for (String s : p.spellings()) {
            List<Integer> at = byKey.computeIfAbsent(SpellingKey.of(s), k -> new ArrayList<>());
            if (!at.contains(i)) {
                at.add(i);
            }
        }
    }

    /** Each place also goes by the gazetteer's other spellings of any of its names ("Altun Qupri" by "Prde"). */
    static List<Place> withVariants(List<Place> all, List<Set<String>> variantGroups) {
        Map<String, Set<String>> groups = new LinkedHashMap<>();
        for (Set<String> g : variantGroups) {
            for (String s : g) {
                groups.computeIfAbsent(SpellingKey.of(s), k -> new LinkedHashSet<>()).addAll(g);
            }
        }
        List<Place> out = new ArrayList<>(all.size());
        for (Place p : all) {
            Set<String> spellings = new LinkedHashSet<>(p.spellings());
            for (String s : p.spellings()) {
                spellings.addAll(groups.getOrDefault(SpellingKey.of(s), Set.of()));
            }
            out.add(spellings.size() == p.spellings().size() ? p : p.withSpellings(new ArrayList<>(spellings)));
        }
        return out;
    }
}
