package org.incidentatlas.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.incidentatlas.model.GeoPrecision;

/**
 * Turns the bundled sources into {@link Place}s: the gazetteer CSV, GeoJSON points (Natural Earth and GeoNames
 * places, airports) and GeoJSON areas (governorates and neighbours' provinces, districts, sub-districts). A
 * source that cannot be read is an {@link IOException} naming it and the record.
 */
final class PlaceSources {

    /** Curated gazetteer rows come before any other place of the same match and size. */
    static final double GAZETTEER_IMPORTANCE = 1e9;

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlaceSources() {
    }

    /** A gazetteer row: a point, or (governorate centroids) only spellings for the area of that name. */
    record GazetteerRow(Place place, Set<String> spellings) { }

    static List<GazetteerRow> gazetteer(Reader csv, String source) throws IOException {
        List<GazetteerRow> out = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            try {
                Set<String> names = new LinkedHashSet<>();
                // "Qarahanjir (Qara Hanjir), Kirkuk": the name is what comes before the notes and the context
                names.add(stripNotes(r.get("name")).split(",")[0].strip());
                for (String v : r.get("name_variants").split(";")) {
                    if (!stripNotes(v).isEmpty()) {
                        names.add(stripNotes(v));
                    }
                }
                String type = r.get("feature_type").toLowerCase(Locale.ROOT);
                if (type.contains("governorate")) {
                    // the governorate's own outline gives a better point; the row gives it its other spellings
                    out.add(new GazetteerRow(null, names));
                    continue;
                }
                double km = Double.parseDouble(r.get("uncertainty_km"));
                // "city/town", "town", "town / sub-district"; "city (HQ location unknown)" is a site in a city, not the city
                PlaceKind kind = type.equals("city/town") || type.startsWith("town") ? PlaceKind.CITY_TOWN : PlaceKind.SITE;
                Place p = new Place(r.get("name"), kind, Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon")),
                        blankToNull(r.get("adm1_ocha")), blankToNull(r.get("adm2_ocha")), precisionFor(km), km,
                        GAZETTEER_IMPORTANCE, new ArrayList<>(names), null);
                out.add(new GazetteerRow(p, names));
            } catch (IllegalArgumentException e) {
                throw new IOException(source + ", line " + (r.getRecordNumber() + 1) + ": " + e.getMessage()
                        + ". Correct the row (name, name_variants, feature_type, lat, lon, uncertainty_km are needed).", e);
            }
        }
        return out;
    }

    /**
     * What a point found only as "somewhere within {@code km}" stands for: a town up to 15 km, then the
     * administrative level of about that reach (a sub-district reaches some 15 to 40 km from its middle here).
     */
    static GeoPrecision precisionFor(double km) {
        return km <= 15 ? GeoPrecision.TOWN : km <= 40 ? GeoPrecision.SUBDISTRICT
                : km <= 80 ? GeoPrecision.DISTRICT : GeoPrecision.PROVINCE;
    }

    /** Natural Earth and GeoNames populated places: {@code name} and its other-language and ASCII forms. */
    static List<Place> points(InputStream geojson, String source, double uncertaintyKm) throws IOException {
        List<Place> out = new ArrayList<>();
        int i = 0;
        for (JsonNode f : features(geojson, source)) {
            JsonNode p = f.path("properties");
            double[] at = point(f, source, i++);
            if (at == null || p.path("name").asText("").isBlank()) {
                continue;
            }
            List<String> names = names(p, "name", "name_ascii", "name_en", "name_alt", "name_fr", "name_de", "name_ru");
            long pop = p.path("pop_max").asLong(0);
            int rank = p.path("rank").asInt(p.path("scalerank").asInt(12));
            out.add(new Place(p.path("name").asText(), pointKind(p, pop), at[0], at[1], null, null, GeoPrecision.TOWN,
                    uncertaintyKm, pop + (20 - rank) * 1000.0, names, null));
        }
        return out;
    }

    /**
     * Natural Earth's places and GeoNames' seats of administration are towns; other GeoNames places are towns
     * from 10,000 people, villages below (or when the population is unknown).
     */
    private static PlaceKind pointKind(JsonNode p, long pop) {
        String cls = p.path("featurecla").asText("");
        boolean ne = !cls.isEmpty() && !cls.startsWith("PPL");
        return ne || cls.startsWith("PPLA") || cls.equals("PPLC") || pop >= 10_000 ? PlaceKind.CITY_TOWN : PlaceKind.VILLAGE;
    }

    /**
     * Natural Earth airports, shown as "NAME airport" and found by that and by their IATA code: typing the
     * town's name finds the airport after the town and its areas, as a prefix.
     */
    static List<Place> airports(InputStream geojson, String source) throws IOException {
        List<Place> out = new ArrayList<>();
        int i = 0;
        for (JsonNode f : features(geojson, source)) {
            JsonNode p = f.path("properties");
            double[] at = point(f, source, i++);
            String name = p.path("name").asText("");
            if (at == null || name.isBlank()) {
                continue;
            }
            List<String> names = new ArrayList<>(List.of(name + " airport"));
            if (!p.path("iata_code").asText("").isBlank()) {
                names.add(p.path("iata_code").asText());
            }
            out.add(new Place(name + " airport", PlaceKind.AIRPORT, at[0], at[1], null, null, GeoPrecision.TOWN, 2,
                    (20 - p.path("scalerank").asInt(10)) * 1000.0, names, null));
        }
        return out;
    }

    /** Administrative areas; the kind from each feature's {@code level} (governorate, admin-1, district, sub-district). */
    static List<Place> areas(InputStream geojson, String source) throws IOException {
        List<Place> out = new ArrayList<>();
        int i = 0;
        for (JsonNode f : features(geojson, source)) {
            JsonNode p = f.path("properties");
            String name = p.path("name").asText("");
            String level = p.path("level").asText("");
            int index = i++;
            if (name.isBlank()) {
                continue;
            }
            PlaceKind kind = switch (level) {
                case "governorate" -> PlaceKind.GOVERNORATE;
                case "admin-1" -> PlaceKind.PROVINCE;
                case "district" -> PlaceKind.DISTRICT;
                case "sub-district" -> PlaceKind.SUBDISTRICT;
                default -> throw new IOException(source + ", feature " + (index + 1) + " (\"" + name + "\"): level \""
                        + level + "\" is none of governorate, admin-1, district, sub-district.");
            };
            Area area = new Area(polygons(f.path("geometry"), source, index));
            double[] at = area.interiorPoint();
            String province = kind == PlaceKind.GOVERNORATE || kind == PlaceKind.PROVINCE ? name
                    : blankToNull(p.path("adm1_name").asText(""));
            String district = kind == PlaceKind.DISTRICT ? name : blankToNull(p.path("adm2_name").asText(""));
            GeoPrecision precision = switch (kind) {
                case SUBDISTRICT -> GeoPrecision.SUBDISTRICT;
                case DISTRICT -> GeoPrecision.DISTRICT;
                default -> GeoPrecision.PROVINCE;
            };
            double reach = Math.ceil(area.reachKm(at[0], at[1]));
            // not Natural Earth's name_alt: for a governorate it lists its towns ("Dulaim|Ramadi", "Mosul")
            List<String> names = names(p, "name", "name_ar", "name_ne", "name_local");
            out.add(new Place(name, kind, at[0], at[1], province, district, precision, reach, area.areaKm2(), names, area));
        }
        return out;
    }

    private static List<String> names(JsonNode p, String... fields) {
        Set<String> out = new LinkedHashSet<>();
        for (String field : fields) {
            for (String n : p.path(field).asText("").split("\\|")) {
                if (!n.isBlank()) {
                    out.add(n.strip());
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static JsonNode features(InputStream in, String source) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new IOException(source + " is not readable GeoJSON: " + e.getMessage(), e);
        }
        JsonNode features = root == null ? null : root.get("features");
        if (features == null || !features.isArray()) {
            throw new IOException(source + " is not a GeoJSON FeatureCollection (no \"features\" array).");
        }
        return features;
    }

    /** {lat, lon} of a Point feature; null for another geometry. */
    private static double[] point(JsonNode f, String source, int index) throws IOException {
        JsonNode g = f.path("geometry");
        if (!"Point".equals(g.path("type").asText())) {
            return null;
        }
        JsonNode c = g.path("coordinates");
        if (c.size() < 2 || !c.get(0).isNumber() || !c.get(1).isNumber()) {
            throw new IOException(source + ", feature " + (index + 1) + ": a Point needs [lon, lat] numbers.");
        }
        return new double[] {c.get(1).asDouble(), c.get(0).asDouble()};
    }

    private static List<double[][]> polygons(JsonNode g, String source, int index) throws IOException {
        List<double[][]> out = new ArrayList<>();
        switch (g.path("type").asText()) {
            case "Polygon" -> out.add(rings(g.path("coordinates"), source, index));
            case "MultiPolygon" -> {
                for (JsonNode poly : g.path("coordinates")) {
                    out.add(rings(poly, source, index));
                }
            }
            default -> throw new IOException(source + ", feature " + (index + 1) + ": an area needs a Polygon or "
                    + "MultiPolygon, not \"" + g.path("type").asText() + "\".");
        }
        if (out.isEmpty()) {
            throw new IOException(source + ", feature " + (index + 1) + ": the MultiPolygon has no polygon.");
        }
        return out;
    }

    private static double[][] rings(JsonNode polygon, String source, int index) throws IOException {
        if (polygon.size() == 0) {
            throw new IOException(source + ", feature " + (index + 1) + ": a polygon without rings.");
        }
        double[][] rings = new double[polygon.size()][];
        for (int r = 0; r < polygon.size(); r++) {
            JsonNode ring = polygon.get(r);
            if (ring.size() < 4) {
                throw new IOException(source + ", feature " + (index + 1) + ": a ring needs at least 4 positions.");
            }
            double[] xy = new double[ring.size() * 2];
            for (int k = 0; k < ring.size(); k++) {
                xy[2 * k] = ring.get(k).path(0).asDouble();
                xy[2 * k + 1] = ring.get(k).path(1).asDouble();
            }
            rings[r] = xy;
        }
        return rings;
    }

    private static String stripNotes(String s) {
        return s.replaceAll("\\([^)]*\\)", "").strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
