package org.incidentatlas.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.incidentatlas.TestFiles;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lookup over the files that ship with the app: the names the bundled articles use. */
class BundledPlacesTest {

    private static PlaceLookup places;

    @BeforeAll
    static void build() throws IOException {
        places = PlaceLookup.bundled();
    }

    @Test
    void prdeIsAltunKupriTheTownAndTheSubdistrict() {
        List<PlaceMatch> m = places.lookup("Prde", 5);
        assertEquals("Prde (Altun Kupri)", m.get(0).name());
        assertEquals("Kirkuk", m.get(0).province());
        PlaceMatch sub = m.stream().filter(x -> x.kind() == PlaceKind.SUBDISTRICT).findFirst().orElseThrow();
        assertEquals("Altun Qupri", sub.name());
        assertEquals(GeoPrecision.SUBDISTRICT, sub.precision());
        assertEquals("Kirkuk", sub.province());
        assertEquals(new AdminLocation("Kirkuk", "Dibis", "Altun Qupri"), places.reverse(sub.lat(), sub.lon()));
        assertEquals("Prde (Altun Kupri)", places.lookup("altun kupri", 1).get(0).name());
    }

    @Test
    void makhmourByEachSpellingIsTheTownThenTheDistrict() {
        for (String spelling : List.of("Makhmour", "Mexmur", "makhmur", "مخمور")) {
            List<PlaceMatch> m = places.lookup(spelling, 3);
            assertEquals("Makhmour", m.get(0).name(), spelling);
            assertEquals(PlaceKind.CITY_TOWN, m.get(0).kind(), spelling);
            assertEquals(GeoPrecision.TOWN, m.get(0).precision(), spelling);
            assertEquals("Erbil", m.get(0).province(), "OCHA puts Makhmour in Erbil: " + spelling);
            assertEquals(PlaceKind.DISTRICT, m.get(1).kind(), spelling);
            assertEquals(GeoPrecision.DISTRICT, m.get(1).precision(), spelling);
            assertEquals("Makhmour", places.reverse(m.get(1).lat(), m.get(1).lon()).district(), spelling);
        }
    }

    @Test
    void aSubdistrictByItsOchaAndArabicNames() {
        PlaceMatch m = places.lookup("Qara Tabe", 5).stream().filter(x -> x.kind().isArea()).findFirst().orElseThrow();
        assertEquals(PlaceKind.SUBDISTRICT, m.kind());
        assertEquals(GeoPrecision.SUBDISTRICT, m.precision());
        assertEquals("Diyala", m.province());
        assertEquals("Kifri", m.district());
        assertEquals("Qara Tabe", places.lookup("قرة تبة", 5).stream().filter(x -> x.kind().isArea()).findFirst()
                .orElseThrow().name());
        assertTrue(m.uncertaintyKm() > 5 && m.uncertaintyKm() < 80, "a sub-district's reach: " + m.uncertaintyKm());
    }

    @Test
    void reverseGivesTheBundledDatasetsOwnProvinces() {
        Dataset d = new DatasetReader().read(TestFiles.projectDir().resolve("assets/data/incident-atlas.json"))
                .datasetIfOk().orElseThrow();
        for (Incident i : d.incidents()) {
            assertEquals(i.province(), places.reverse(i.lat(), i.lon()).province(), i.id());
        }
        // a centre the sources do not locate ("mopoc", region precision) has no province to compare
        d.centers().stream().filter(c -> c.province() != null).forEach(c ->
                assertEquals(c.province(), places.reverse(c.lat(), c.lon()).province(), c.id()));
        // the curated Nineveh centre stands at the governorate's centroid, which is the lookup's point for it
        PlaceMatch ninewa = places.lookup("Ninewa", 1).get(0);
        Center jcc = d.centers().stream().filter(c -> c.id().equals("jcc-nineveh")).findFirst().orElseThrow();
        assertEquals(jcc.lat(), ninewa.lat(), 1e-4);
        assertEquals(jcc.lon(), ninewa.lon(), 1e-4);
    }

    @Test
    void mosulByItsArabicAndOldNames() {
        assertEquals("Mosul", places.lookup("Al-Mawsil", 1).get(0).name());
        assertEquals("Mosul", places.lookup("الموصل", 1).get(0).name());
        assertEquals("Ninewa", places.lookup("Nineveh", 1).get(0).province());
    }
}
