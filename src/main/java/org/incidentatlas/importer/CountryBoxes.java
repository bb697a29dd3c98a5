package org.incidentatlas.importer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The boxes (south, north, west, east, in degrees) that the countries the import checks lie in, so that a
 * point outside its own row's country, or with latitude and longitude swapped, is caught. Iraq's box is that of
 * the OCHA/CSO COD-AB 2019 boundary the basemap draws; its neighbours' are of Natural Earth 1:110m (the basemap's
 * world outline). Each is widened by {@link #MARGIN} degrees, because a generalised outline cuts corners and
 * sources place border events on the line. Countries not listed are not checked (only the latitude and
 * longitude ranges are). See docs/import-mapping.md.
 */
final class CountryBoxes {

    /** About 33 km: more than Natural Earth 1:110m's generalisation cuts off, less than any neighbour's overlap. */
    static final double MARGIN = 0.3;

    record Box(String country, double south, double north, double west, double east) {
        boolean contains(double lat, double lon) {
            return lat >= south - MARGIN && lat <= north + MARGIN && lon >= west - MARGIN && lon <= east + MARGIN;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s's box (latitude %.2f to %.2f, longitude %.2f to %.2f, with a %.1f-degree margin)",
                    country, south, north, west, east, MARGIN);
        }
    }

    private static final Map<String, Box> BY_NAME = new HashMap<>();

    static {
        add(new Box("Iraq", 29.070, 37.377, 38.795, 48.624), "iraq");
        add(new Box("Syria", 32.313, 37.230, 35.701, 42.350), "syria", "syrian arab republic");
        add(new Box("Turkey", 35.822, 42.141, 26.043, 44.794), "turkey", "türkiye", "turkiye");
        add(new Box("Iran", 25.078, 39.713, 44.109, 63.317), "iran", "iran, islamic republic of");
        add(new Box("Jordan", 29.197, 33.379, 34.923, 39.195), "jordan");
        add(new Box("Kuwait", 28.526, 30.059, 46.569, 48.416), "kuwait");
        add(new Box("Saudi Arabia", 16.348, 32.161, 34.632, 55.667), "saudi arabia");
        add(new Box("Lebanon", 33.089, 34.645, 35.126, 36.612), "lebanon");
    }

    private CountryBoxes() {
    }

    private static void add(Box box, String... names) {
        for (String n : names) {
            BY_NAME.put(n, box);
        }
    }

    /** The box of a country as a source names it (case and surrounding space ignored), if it is one checked. */
    static Optional<Box> of(String country) {
        return Optional.ofNullable(BY_NAME.get(Fields.trim(country).toLowerCase(Locale.ROOT)));
    }
}
