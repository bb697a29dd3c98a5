package org.incidentatlas.places;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.places.PlaceMatch.MatchType;

/**
 * Offline place lookup for placing an incident: typed text to ranked {@link PlaceMatch}es from the gazetteer,
 * the basemap's places and airports, and the administrative areas; and a point to the areas that contain it.
 * Immutable and thread-safe once built. Building reads some 5 MB of GeoJSON (docs/BENCHMARKS.md, "Place lookup"):
 * build it once, off the FX thread.
 */
public final class PlaceLookup {

    private final List<Place> places;
    private final AdminAreas admin;
    /** One entry per spelling: its key, the place it names, and the spelling as written. */
    private final String[] keys;
    private final int[] placeOf;
    private final String[] written;
    /** Each entry's {@link SpellingKey#skeleton}, or null. */
    private final String[] skeletons;

    private PlaceLookup(List<Place> places, AdminAreas admin) {
        this.places = List.copyOf(places);
        this.admin = admin;
        List<String> k = new ArrayList<>();
        List<Integer> p = new ArrayList<>();
        List<String> w = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            Set<String> seen = new LinkedHashSet<>();
            for (String s : places.get(i).spellings()) {
                String key = SpellingKey.of(s);
                for (String form : new String[] {key, SpellingKey.withoutArticle(key)}) {
                    if (form != null && !form.isEmpty() && seen.add(form)) {
                        k.add(form);
                        p.add(i);
                        w.add(s);
                    }
                }
            }
        }
        keys = k.toArray(String[]::new);
        placeOf = p.stream().mapToInt(Integer::intValue).toArray();
        written = w.toArray(String[]::new);
        skeletons = new String[keys.length];
        for (int e = 0; e < keys.length; e++) {
            skeletons[e] = SpellingKey.skeleton(keys[e]);
        }
    }

    /** The lookup over the files that ship with the app (class-path resources, so the installed image has them). */
    public static PlaceLookup bundled() throws IOException {
        String basemap = "/org/incidentatlas/places/";
        Builder b = builder();
        try (Reader gazetteer = new InputStreamReader(resource("/org/incidentatlas/filter/gazetteer.csv"),
                StandardCharsets.UTF_8)) {
            b.gazetteer(gazetteer, "gazetteer.csv");
        }
        for (String f : new String[] {"provinces.geojson", "districts.geojson", "subdistricts.geojson"}) {
            try (InputStream in = resource(basemap + f)) {
                b.areas(in, f);
            }
        }
        try (InputStream in = resource(basemap + "places.geojson")) {
            b.places(in, "places.geojson", BASEMAP_PLACE_KM);
        }
        try (InputStream in = resource(basemap + "world/places_10m.geojson")) {
            b.places(in, "world/places_10m.geojson", WORLD_PLACE_KM);
        }
        try (InputStream in = resource(basemap + "world/airports_10m.geojson")) {
            b.airports(in, "world/airports_10m.geojson");
        }
        return b.build();
    }

    /** A town's uncertainty when the source gives none: the gazetteer's figure for a town (2 km). */
    public static final double BASEMAP_PLACE_KM = 2;
    /** Natural Earth's world places are placed at 1:10m, a few km off at worst. */
    public static final double WORLD_PLACE_KM = 5;

    private static InputStream resource(String name) throws IOException {
        InputStream in = PlaceLookup.class.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("the place lookup's file " + name + " is missing from the application; reinstall it.");
        }
        return in;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How many places (points merged across sources, and areas) can be suggested. */
    public int size() {
        return places.size();
    }

    /**
     * The places whose spellings match {@code typed}, best first: the whole spelling, then its start, then the
     * start of a later word, then another transliteration (the same consonants: {@link SpellingKey#skeleton});
     * for equal matches (among transliterations, the closest spelling first) points (towns) before areas, then
     * the bigger or more populous. Case, accents,
     * punctuation and a leading "al-" do not matter. Each place appears once, with the best of its spellings.
     */
    public List<PlaceMatch> lookup(String typed, int max) {
        String q = typed == null ? "" : SpellingKey.of(typed);
        if (q.isEmpty() || max <= 0) {
            return List.of();
        }
        String word = " " + q;
        // "Ad Dibis" finds "Dibis" as "Dibis" finds "Ad Dibis" (whose key is indexed without its article too)
        String bare = SpellingKey.withoutArticle(q);
        String b = bare == null ? q : bare;
        // fewer letters typed than a short name has: no guessing at transliterations yet
        String skeleton = q.length() < 4 ? null : SpellingKey.skeleton(q);
        Map<Integer, int[]> best = new HashMap<>(); // place -> {match ordinal, entry, distance}
        for (int e = 0; e < keys.length; e++) {
            String k = keys[e];
            int m = k.equals(q) || k.equals(b) ? 0 : k.startsWith(q) || k.startsWith(b) ? 1 : k.contains(word) ? 2
                    : skeleton != null && skeleton.equals(skeletons[e]) ? 3 : -1;
            if (m < 0) {
                continue;
            }
            int d = m == 3 ? SpellingKey.distance(q, k) : 0;
            if (d > Math.max(2, q.length() / 3)) {
                continue; // the same consonants, but too far apart in spelling to be the same name ("Kolda", "Khalidiyah")
            }
            int[] was = best.get(placeOf[e]);
            if (was == null || m < was[0] || m == was[0] && d < was[2]) {
                best.put(placeOf[e], new int[] {m, e, d});
            }
        }
        Comparator<Map.Entry<Integer, int[]>> order = Comparator
                .<Map.Entry<Integer, int[]>>comparingInt(x -> x.getValue()[0])
                .thenComparingInt(x -> x.getValue()[2])
                .thenComparing(x -> places.get(x.getKey()).kind().isArea())
                .thenComparing(x -> -places.get(x.getKey()).importance())
                .thenComparing(x -> places.get(x.getKey()).name());
        return best.entrySet().stream().sorted(order).limit(max)
                .map(x -> match(places.get(x.getKey()), written[x.getValue()[1]], MatchType.values()[x.getValue()[0]]))
                .toList();
    }

    private static PlaceMatch match(Place p, String matched, MatchType how) {
        return new PlaceMatch(p.name(), matched, how, p.kind(), p.lat(), p.lon(), p.province(), p.district(),
                p.precision(), p.uncertaintyKm());
    }

    /** The governorate (or neighbour's province), district and sub-district that contain the point. */
    public AdminLocation reverse(double lat, double lon) {
        return admin.at(lat, lon);
    }

    /**
     * Collects the sources; {@link #build} merges them. Points are kept in the order given, and a later point
     * with a spelling of an earlier one within {@link PlaceMerger#SAME_PLACE_KM} is merged into it (its spellings added,
     * the earlier coordinates kept): give the curated gazetteer first.
     */
    public static final class Builder {
        private final List<Place> points = new ArrayList<>();
        private final List<Place> areas = new ArrayList<>();
        private final List<Set<String>> variantGroups = new ArrayList<>();

        private Builder() {
        }

        /** The gazetteer CSV ({@code name}, {@code name_variants}, {@code feature_type}, {@code lat}...). */
        public Builder gazetteer(Reader csv, String source) throws IOException {
            for (PlaceSources.GazetteerRow row : PlaceSources.gazetteer(csv, source)) {
                variantGroups.add(row.spellings());
                if (row.place() != null) {
                    points.add(row.place());
                }
            }
            return this;
        }

        /** GeoJSON populated places (Point features with {@code name} and optional other-language names). */
        public Builder places(InputStream geojson, String source, double uncertaintyKm) throws IOException {
            points.addAll(PlaceSources.points(geojson, source, uncertaintyKm));
            return this;
        }

        /** GeoJSON airports (Point features with {@code name}, optional {@code iata_code}). */
        public Builder airports(InputStream geojson, String source) throws IOException {
            points.addAll(PlaceSources.airports(geojson, source));
            return this;
        }

        /** GeoJSON areas with a {@code level} of governorate, admin-1, district or sub-district. */
        public Builder areas(InputStream geojson, String source) throws IOException {
            areas.addAll(PlaceSources.areas(geojson, source));
            return this;
        }

        public PlaceLookup build() {
            AdminAreas admin = new AdminAreas(areas);
            List<Place> all = new ArrayList<>(PlaceMerger.merge(points, admin));
            all.addAll(areas);
            return new PlaceLookup(PlaceMerger.withVariants(all, variantGroups), admin);
        }
    }
}
