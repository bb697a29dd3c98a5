package org.incidentatlas.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.incidentatlas.model.Geo;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.places.PlaceMatch.MatchType;
import org.junit.jupiter.api.Test;

/** The lookup's logic on small inputs of its own: a square governorate, two districts, a U-shaped sub-district. */
class PlaceLookupTest {

    private static final String GAZETTEER = """
            id,name,name_variants,feature_type,lat,lon,approximate,uncertainty_km,coord_source,adm1_ocha,adm2_ocha,adm3_ocha,cross_check,notes
            prde,Prde (Altun Kupri),Prde; Pirde; Altun Kupri; Altun Qupri (OCHA sub-district); التون كوبري (OCHA ADM3_AR),town,35.5,44.2,yes,23,x,Kirkuk,Dibis,Altun Qupri,,
            camp,Camp Zeravani (Erbil area),Zeravani camp,military camp,35.2,44.7,yes,15,x,,,,,
            gov,Kirkuk governorate (centroid),Kirkuk; Kerkuk (old spelling),governorate centroid,35.5,44.5,yes,100,x,Kirkuk,,,,
            """;

    /** lon 44..45, lat 35..36 */
    private static final String GOVERNORATES = collection(
            area("Kirkuk", "governorate", "\"name_ar\":\"كركوك\"", square(44, 35, 45, 36)),
            area("Elsewhere", "admin-1", "\"name_alt\":\"Kirkuk\"", square(46, 35, 47, 36)));
    private static final String DISTRICTS = collection(
            area("Dibis", "district", "\"adm1_name\":\"Kirkuk\"", square(44, 35, 44.5, 36)),
            area("Kirkuk", "district", "\"adm1_name\":\"Kirkuk\"", square(44.5, 35, 45, 36)));
    /** A U open to the north inside Dibis: its centroid and its box's centre are in the gap. */
    private static final String SUBDISTRICTS = collection(area("Altun Qupri", "sub-district",
            "\"adm2_name\":\"Dibis\",\"adm1_name\":\"Kirkuk\"",
            "[[[44.0,35.0],[44.5,35.0],[44.5,36.0],[44.4,36.0],[44.4,35.1],[44.1,35.1],[44.1,36.0],[44.0,36.0],[44.0,35.0]]]"));
    private static final String PLACES = collection(
            point("Pirde", "\"featurecla\":\"PPL\"", 44.21, 35.51),
            point("Kirkūk", "\"featurecla\":\"Admin-1 capital\",\"pop_max\":600000,\"rank\":8", 44.8, 35.45),
            point("Kirkuk Qadim", "\"pop_max\":3000,\"rank\":12", 44.9, 35.9),
            point("Khānaqīn", "\"name_ascii\":\"Khanaqin\",\"pop_max\":40000", 44.3, 35.8),
            point("Dibis", "\"featurecla\":\"PPLA2\"", 44.25, 35.9),
            point("Zakho", "\"featurecla\":\"PPLA2\"", 44.6, 35.3));
    private static final String AIRPORTS = collection(point("Kirkuk", "\"iata_code\":\"KIK\"", 44.35, 35.47));

    private static PlaceLookup lookup() throws IOException {
        return PlaceLookup.builder()
                .gazetteer(new StringReader(GAZETTEER), "gazetteer.csv")
                .areas(in(GOVERNORATES), "provinces.geojson")
                .areas(in(DISTRICTS), "districts.geojson")
                .areas(in(SUBDISTRICTS), "subdistricts.geojson")
                .places(in(PLACES), "places.geojson", 2)
                .airports(in(AIRPORTS), "airports.geojson")
                .build();
    }

    @Test
    void findsATownByItsOtherSpellingsAndTheAreaThatSharesThem() throws IOException {
        PlaceLookup l = lookup();
        List<PlaceMatch> m = l.lookup("Altun Kupri", 10);
        assertEquals("Prde (Altun Kupri)", m.get(0).name());
        assertEquals(MatchType.EXACT, m.get(0).match());
        assertEquals(PlaceKind.CITY_TOWN, m.get(0).kind());
        // the gazetteer's 23 km makes the town's point stand for a sub-district, as the bundled dataset has it
        assertEquals(GeoPrecision.SUBDISTRICT, m.get(0).precision());
        assertEquals(23, m.get(0).uncertaintyKm());
        assertEquals("Kirkuk", m.get(0).province());
        PlaceMatch area = m.get(1);
        assertEquals("Altun Qupri", area.name());
        assertEquals(PlaceKind.SUBDISTRICT, area.kind());
        assertEquals(GeoPrecision.SUBDISTRICT, area.precision());
        assertEquals("Kirkuk", area.province());
        assertEquals("Dibis", area.district());
        assertEquals("Altun Qupri", l.lookup("prde", 10).get(1).name(), "the sub-district also goes by Prde");
        assertEquals("Altun Qupri (sub-district, Kirkuk) \u2014 as \u201cPrde\u201d", l.lookup("prde", 10).get(1).describe());
        assertEquals("Prde (Altun Kupri)", l.lookup("التون كوبري", 1).get(0).name(), "Arabic");
    }

    @Test
    void theSamePlaceFromTwoSourcesIsOneSuggestionWithTheCuratedPoint() throws IOException {
        List<PlaceMatch> m = lookup().lookup("Pirde", 10);
        assertEquals(List.of("Prde (Altun Kupri)", "Altun Qupri"), m.stream().map(PlaceMatch::name).toList());
        assertEquals(35.5, m.get(0).lat(), 1e-9, "the gazetteer's coordinates are kept");
        assertEquals("Pirde", m.get(0).matched());
    }

    @Test
    void caseAccentsAndPunctuationDoNotMatter() throws IOException {
        PlaceLookup l = lookup();
        assertEquals("Khānaqīn", l.lookup("KHANAQIN", 1).get(0).name());
        assertEquals("Khānaqīn", l.lookup("khānaq", 1).get(0).name());
        assertEquals("Kirkūk", l.lookup("kirkuk", 1).get(0).name());
        assertEquals("Camp Zeravani (Erbil area)", l.lookup("zeravani-camp", 1).get(0).name());
        assertTrue(l.lookup("  ", 5).isEmpty());
        assertTrue(l.lookup("nowhere at all", 5).isEmpty());
    }

    @Test
    void exactBeforePrefixBeforeWordAndTownsBeforeAreasThenTheBigger() throws IOException {
        List<String> shown = lookup().lookup("kirkuk", 20).stream()
                .map(x -> x.name() + " / " + x.kind().label() + " / " + x.match()).toList();
        assertEquals(List.of(
                "Kirkūk / city/town / EXACT",
                "Kirkuk / governorate / EXACT",    // areas after the town, the bigger first
                "Kirkuk / district / EXACT",
                "Kirkuk Qadim / village / PREFIX",   // population and rank before the airport's rank
                "Kirkuk airport / airport / PREFIX"), shown);
        // Natural Earth's name_alt of a neighbour's province ("Kirkuk") is not one of its names
    }

    @Test
    void aWordInsideASpellingMatchesAfterPrefixes() throws IOException {
        List<PlaceMatch> m = lookup().lookup("kupri", 5);
        assertEquals(MatchType.WORD, m.get(0).match());
        assertEquals("Altun Kupri", m.get(0).matched());
    }

    @Test
    void anotherTransliterationIsSuggestedLastAndOnlyWhenClose() throws IOException {
        PlaceLookup l = lookup();
        PlaceMatch z = l.lookup("Zākhū", 5).get(0);
        assertEquals("Zakho", z.name());
        assertEquals(MatchType.SIMILAR, z.match());
        assertEquals(MatchType.SIMILAR, l.lookup("Altun Kubri", 5).get(0).match(), "b for p");
        assertTrue(l.lookup("Zikhaya", 5).isEmpty(), "the same consonants, too far apart in spelling");
        assertTrue(l.lookup("Zak", 5).stream().allMatch(x -> x.match() == MatchType.PREFIX), "no guessing from 3 letters");
        assertEquals(MatchType.EXACT, l.lookup("ad Dibis", 1).get(0).match(), "an article typed but not in the name");
    }

    @Test
    void aUShapedAreaIsPlacedInsideItNotAtItsBoxCentre() throws IOException {
        PlaceMatch u = lookup().lookup("altun qupri", 5).stream().filter(x -> x.kind().isArea()).findFirst().orElseThrow();
        // the box centre (35.5, 44.25) is in the gap of the U
        assertNotEquals(44.25, u.lon(), 0.09);
        AdminLocation at = lookup().reverse(u.lat(), u.lon());
        assertEquals("Altun Qupri", at.subdistrict());
        // the reach: the farthest corner of the outline from the point
        double far = 0;
        for (double[] c : new double[][] {{35, 44}, {35, 44.5}, {36, 44.5}, {36, 44}}) {
            far = Math.max(far, Geo.distanceKm(u.lat(), u.lon(), c[0], c[1]));
        }
        assertEquals(Math.ceil(far), u.uncertaintyKm(), 1e-9);
    }

    @Test
    void reverseNamesTheAreasAroundAPoint() throws IOException {
        PlaceLookup l = lookup();
        assertEquals(new AdminLocation("Kirkuk", "Dibis", "Altun Qupri"), l.reverse(35.05, 44.3));
        assertEquals(new AdminLocation("Kirkuk", "Dibis", null), l.reverse(35.5, 44.25), "in the gap of the U");
        assertEquals(new AdminLocation("Elsewhere", null, null), l.reverse(35.5, 46.5));
        assertTrue(l.reverse(10, 10).isNowhere());
    }

    @Test
    void aTownWithoutAProvinceGetsTheOneItLiesIn() throws IOException {
        PlaceMatch dibis = lookup().lookup("dibis", 5).get(0);
        assertEquals(PlaceKind.CITY_TOWN, dibis.kind());
        assertEquals("Kirkuk", dibis.province());
        assertEquals("Dibis", dibis.district());
        assertEquals(2, dibis.uncertaintyKm());
        assertEquals(GeoPrecision.TOWN, dibis.precision());
    }

    @Test
    void aGovernorateRowOfTheGazetteerGivesItsSpellingsToWhatIsNamedSo() throws IOException {
        PlaceLookup l = lookup();
        List<String> kerkuk = l.lookup("kerkuk", 5).stream().map(x -> x.name() + " " + x.kind()).toList();
        assertEquals(List.of("Kirkūk CITY_TOWN", "Kirkuk GOVERNORATE", "Kirkuk DISTRICT"), kerkuk);
        assertEquals("Kirkuk", l.lookup("كركوك", 1).get(0).name(), "the governorate's Arabic name");
        assertEquals("Kirkuk airport", l.lookup("KIK", 1).get(0).name(), "an airport by its IATA code");
    }

    @Test
    void badSourcesSayWhichFileAndWhere() {
        IOException notJson = assertThrows(IOException.class, () -> PlaceLookup.builder().areas(in("{\"features\": ["),
                "districts.geojson"));
        assertTrue(notJson.getMessage().startsWith("districts.geojson is not readable GeoJSON"), notJson.getMessage());
        IOException level = assertThrows(IOException.class, () -> PlaceLookup.builder()
                .areas(in(collection(area("X", "county", "\"a\":1", square(0, 0, 1, 1)))), "areas.geojson"));
        assertTrue(level.getMessage().startsWith("areas.geojson, feature 1 (\"X\"): level \"county\""), level.getMessage());
        IOException row = assertThrows(IOException.class, () -> PlaceLookup.builder().gazetteer(new StringReader(
                GAZETTEER.replace("35.2,44.7", "north,44.7")), "gazetteer.csv"));
        assertTrue(row.getMessage().startsWith("gazetteer.csv, line 3: "), row.getMessage());
    }

    private static InputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String collection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    private static String area(String name, String level, String props, String rings) {
        return "{\"type\":\"Feature\",\"properties\":{\"name\":\"" + name + "\",\"level\":\"" + level + "\"," + props
                + "},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + rings + "}}";
    }

    private static String point(String name, String props, double lon, double lat) {
        return "{\"type\":\"Feature\",\"properties\":{\"name\":\"" + name + "\"," + props
                + "},\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]}}";
    }

    private static String square(double x0, double y0, double x1, double y1) {
        return String.format("[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]", x0, y0, x1, y0, x1, y1, x0, y1, x0, y0);
    }
}
