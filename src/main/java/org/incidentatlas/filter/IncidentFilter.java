package org.incidentatlas.filter;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.Geo;
import org.incidentatlas.model.GeoBounds;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;

/**
 * Which incidents the analyst wants to see: one immutable value, combined from every filter. An empty set or a
 * null field means "no restriction". {@link #describe()} says it in plain words for the status bar and exports.
 *
 * @param minKilled   keep incidents whose lowest death figure is at least this; unknown figures are left out
 * @param coarsePlace false to hide records located no better than province
 * @param coarseDate  false to hide records dated no better than year
 * @param view        keep only what is inside the map's visible area; null for no restriction
 * @param countries   keep incidents in one of these countries (as their source names it); empty for all
 * @param killedFigure which figure "at least N killed" compares: low (the default), best or high
 * @param area        keep incidents inside this administrative area (picked on the choropleth); null for all
 * @param since       keep only the incidents a comparison marks new (or changed) since an earlier version; null
 *                    for all
 */
public record IncidentFilter(String text, LocalDate from, LocalDate to, Set<String> types, Set<String> actors,
                             Set<String> provinces, Integer minKilled, boolean coarsePlace, boolean coarseDate,
                             Near near, GeoBounds view, Set<String> countries, Casualties.Figure killedFigure,
                             Area area, Since since) {

    /**
     * "Only new (or new or changed) since" an earlier version of the dataset: the ids of the incidents the
     * comparison marks so, taken from it each time it is computed (it follows the analyst's edits), and how the
     * description names the version ("the briefing of 12 Nov 2026"). Two are equal when they keep the same ids.
     */
    public record Since(boolean changedToo, String label, Set<String> ids) {
        public Since {
            ids = Set.copyOf(ids);
        }

        /** "only new since the briefing of 12 Nov 2026", "only new or changed since …". */
        public String described() {
            return "only new" + (changedToo ? " or changed" : "") + " since " + label;
        }
    }

    /** "Within {@code km} of" a coordination centre. */
    public record Near(String centerId, String centerName, double lat, double lon, double km) { }

    /** Whether a point lies in an area; the map layer's polygons answer it (this layer knows no geometry). */
    @FunctionalInterface
    public interface Inside {
        boolean contains(double lat, double lon);
    }

    /**
     * An administrative area: {@code level} as the status bar says it ("district"), the area's place in its
     * boundary file, its name. Two are equal by level and index: the test is how, not which.
     */
    public record Area(String level, int index, String name, Inside test) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Area a && a.level.equals(level) && a.index == index;
        }

        @Override
        public int hashCode() {
            return level.hashCode() * 31 + index;
        }
    }

    public static final IncidentFilter NONE =
            new IncidentFilter("", null, null, Set.of(), Set.of(), Set.of(), null, true, true, null, null);

    /** A filter of every country and the low figure (the fields before those two were added). */
    public IncidentFilter(String text, LocalDate from, LocalDate to, Set<String> types, Set<String> actors,
                          Set<String> provinces, Integer minKilled, boolean coarsePlace, boolean coarseDate, Near near,
                          GeoBounds view) {
        this(text, from, to, types, actors, provinces, minKilled, coarsePlace, coarseDate, near, view, Set.of(),
                Casualties.Figure.LOW);
    }

    /** A filter of no area (the fields before the area was added). */
    public IncidentFilter(String text, LocalDate from, LocalDate to, Set<String> types, Set<String> actors,
                          Set<String> provinces, Integer minKilled, boolean coarsePlace, boolean coarseDate, Near near,
                          GeoBounds view, Set<String> countries, Casualties.Figure killedFigure) {
        this(text, from, to, types, actors, provinces, minKilled, coarsePlace, coarseDate, near, view, countries,
                killedFigure, null, null);
    }

    /** A filter of no comparison (the fields before "only new since" was added). */
    public IncidentFilter(String text, LocalDate from, LocalDate to, Set<String> types, Set<String> actors,
                          Set<String> provinces, Integer minKilled, boolean coarsePlace, boolean coarseDate, Near near,
                          GeoBounds view, Set<String> countries, Casualties.Figure killedFigure, Area area) {
        this(text, from, to, types, actors, provinces, minKilled, coarsePlace, coarseDate, near, view, countries,
                killedFigure, area, null);
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    public IncidentFilter {
        text = text == null ? "" : text;
        types = Set.copyOf(types);
        actors = Set.copyOf(actors);
        provinces = Set.copyOf(provinces);
        countries = Set.copyOf(countries);
        killedFigure = killedFigure == null ? Casualties.Figure.LOW : killedFigure;
        if (minKilled != null && minKilled <= 0) {
            minKilled = null;
        }
    }

    public IncidentFilter withText(String t) {
        return new IncidentFilter(t, from, to, types, actors, provinces, minKilled, coarsePlace, coarseDate, near, view,
                countries, killedFigure, area, since);
    }

    public IncidentFilter withDates(LocalDate f, LocalDate t) {
        return new IncidentFilter(text, f, t, types, actors, provinces, minKilled, coarsePlace, coarseDate, near, view,
                countries, killedFigure, area, since);
    }

    public IncidentFilter withTypes(Set<String> s) {
        return new IncidentFilter(text, from, to, s, actors, provinces, minKilled, coarsePlace, coarseDate, near, view,
                countries, killedFigure, area, since);
    }

    public IncidentFilter withActors(Set<String> s) {
        return new IncidentFilter(text, from, to, types, s, provinces, minKilled, coarsePlace, coarseDate, near, view,
                countries, killedFigure, area, since);
    }

    public IncidentFilter withProvinces(Set<String> s) {
        return new IncidentFilter(text, from, to, types, actors, s, minKilled, coarsePlace, coarseDate, near, view,
                countries, killedFigure, area, since);
    }

    public IncidentFilter withMinKilled(Integer n) {
        return new IncidentFilter(text, from, to, types, actors, provinces, n, coarsePlace, coarseDate, near, view,
                countries, killedFigure, area, since);
    }

    public IncidentFilter withCoarsePlace(boolean show) {
        return new IncidentFilter(text, from, to, types, actors, provinces, minKilled, show, coarseDate, near, view,
                countries, killedFigure, area, since);
    }

    public IncidentFilter withCoarseDate(boolean show) {
        return new IncidentFilter(text, from, to, types, actors, provinces, minKilled, coarsePlace, show, near, view,
                countries, killedFigure, area, since);
    }

    public IncidentFilter withNear(Near n) {
        return new IncidentFilter(text, from, to, types, actors, provinces, minKilled, coarsePlace, coarseDate, n, view,
                countries, killedFigure, area, since);
    }

    public IncidentFilter withView(GeoBounds b) {
        return new IncidentFilter(text, from, to, types, actors, provinces, minKilled, coarsePlace, coarseDate, near, b,
                countries, killedFigure, area, since);
    }

    public IncidentFilter withCountries(Set<String> s) {
        return new IncidentFilter(text, from, to, types, actors, provinces, minKilled, coarsePlace, coarseDate, near, view,
                s, killedFigure, area, since);
    }

    public IncidentFilter withKilledFigure(Casualties.Figure which) {
        return new IncidentFilter(text, from, to, types, actors, provinces, minKilled, coarsePlace, coarseDate, near, view,
                countries, which, area, since);
    }

    public IncidentFilter withArea(Area a) {
        return new IncidentFilter(text, from, to, types, actors, provinces, minKilled, coarsePlace, coarseDate, near, view,
                countries, killedFigure, a, since);
    }

    public IncidentFilter withSince(Since s) {
        return new IncidentFilter(text, from, to, types, actors, provinces, minKilled, coarsePlace, coarseDate, near, view,
                countries, killedFigure, area, s);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    /** The test for one incident. Build it once per filter change, not per incident. */
    public Predicate<Incident> toPredicate(SearchIndex index, PlaceVariants places) {
        if (datesReversed()) {
            return i -> false; // an empty range keeps nothing, not the records whose end is open
        }
        List<Predicate<Incident>> all = new ArrayList<>();
        TextQuery query = TextQuery.parse(text, places);
        if (!query.isEmpty()) {
            all.add(i -> query.matches(index.haystack(i)));
        }
        if (from != null) {
            all.add(i -> i.dateEnd() == null || !i.dateEnd().isBefore(from));
        }
        if (to != null) {
            all.add(i -> !i.dateStart().isAfter(to));
        }
        if (!types.isEmpty()) {
            all.add(this::keepsType);
        }
        if (!actors.isEmpty()) {
            all.add(this::keepsActors);
        }
        if (!provinces.isEmpty()) {
            all.add(this::keepsProvince);
        }
        if (!countries.isEmpty()) {
            all.add(this::keepsCountry);
        }
        if (minKilled != null) {
            int n = minKilled;
            Casualties.Figure which = killedFigure;
            all.add(i -> i.killed() != null && i.killed().reaches(n, which));
        }
        if (!coarsePlace) {
            all.add(i -> i.geoPrecision().compareTo(GeoPrecision.PROVINCE) < 0);
        }
        if (!coarseDate) {
            all.add(i -> i.datePrecision() != DatePrecision.YEAR);
        }
        if (near != null) {
            all.add(i -> Geo.distanceKm(near.lat(), near.lon(), i.lat(), i.lon()) <= near.km());
        }
        if (view != null) {
            all.add(i -> view.contains(i.lat(), i.lon()));
        }
        if (area != null) {
            Inside inside = area.test();
            all.add(i -> inside.contains(i.lat(), i.lon()));
        }
        if (since != null) {
            Set<String> ids = since.ids();
            all.add(i -> ids.contains(i.id()));
        }
        Predicate<Incident>[] tests = all.toArray(Predicate[]::new);
        return i -> {
            for (Predicate<Incident> t : tests) {
                if (!t.test(i)) {
                    return false;
                }
            }
            return true;
        };
    }

    /** True when To is before From: a range no date falls in. */
    public boolean datesReversed() {
        return from != null && to != null && to.isBefore(from);
    }

    /** The type list alone: true when no type is chosen or the incident's is one of them. */
    public boolean keepsType(Incident i) {
        return types.isEmpty() || types.contains(i.type());
    }

    /** The actor list alone: true when no actor is chosen or one of the incident's is. */
    public boolean keepsActors(Incident i) {
        if (actors.isEmpty()) {
            return true;
        }
        for (String a : i.actors()) {
            if (actors.contains(a)) {
                return true;
            }
        }
        return false;
    }

    /** The province list alone: true when no province is chosen or the incident's is one of them. */
    public boolean keepsProvince(Incident i) {
        return provinces.isEmpty() || i.province() != null && provinces.contains(i.province());
    }

    /** The country list alone: true when no country is chosen or the incident's is one of them. */
    public boolean keepsCountry(Incident i) {
        return countries.isEmpty() || i.country() != null && countries.contains(i.country());
    }

    /** This filter without its type, actor, province and country lists. */
    public IncidentFilter withoutLists() {
        return new IncidentFilter(text, from, to, Set.of(), Set.of(), Set.of(), minKilled, coarsePlace, coarseDate, near,
                view, Set.of(), killedFigure, area, since);
    }

    /**
     * The test for a coordination centre. Centres are a reference layer, the places incidents are measured
     * against, not records the analyst searches: only the filters that draw an area (distance, map view) apply,
     * and the filter's own centre always stays. Text, dates, types, actors, provinces (whose spelling differs
     * between a dataset and the reference centres attached to it), precision and figures never hide one: a text
     * filter once hid the very centre a briefing was about.
     */
    public Predicate<Center> toCenterPredicate(PlaceVariants places) {
        return c -> (near == null || near.centerId().equals(c.id())
                    || Geo.distanceKm(near.lat(), near.lon(), c.lat(), c.lon()) <= near.km())
                && (view == null || view.contains(c.lat(), c.lon()));
    }

    /** The filter in plain words, e.g. "text “kirkuk”; from 1 Jan 2020; types: attack, clash". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!text.isBlank()) {
            parts.add("text \u201c" + text.trim() + "\u201d");
        }
        // "may fall in": a record dated only to a range (or with an open end) that overlaps is kept
        if (from != null && to != null) {
            parts.add("dates that may fall in " + DAY.format(from) + " to " + DAY.format(to));
        } else if (from != null) {
            parts.add("dates that may fall on or after " + DAY.format(from));
        } else if (to != null) {
            parts.add("dates that may fall on or before " + DAY.format(to));
        }
        list(parts, "type", "types", types);
        list(parts, "actor", "actors", actors);
        list(parts, "province", "provinces", provinces);
        list(parts, "country", "countries", countries);
        if (minKilled != null) {
            parts.add("at least " + minKilled + " killed (" + killedFigure.described() + ")");
        }
        if (!coarsePlace) {
            parts.add("located better than province");
        }
        if (!coarseDate) {
            parts.add("dated better than year");
        }
        if (near != null) {
            parts.add("within " + trim(near.km()) + " km of " + near.centerName());
        }
        if (view != null) {
            parts.add("in the map view");
        }
        if (area != null) {
            parts.add("in " + area.level() + " " + area.name());
        }
        if (since != null) {
            parts.add(since.described());
        }
        return parts.isEmpty() ? "no filters" : String.join("; ", parts);
    }

    private static void list(List<String> parts, String one, String many, Set<String> values) {
        if (!values.isEmpty()) {
            parts.add((values.size() == 1 ? one : many) + ": " + String.join(", ", new TreeSet<>(values)));
        }
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }
}
