package org.incidentatlas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.incidentatlas.TestFiles;
import org.incidentatlas.importer.ImportResult;
import org.incidentatlas.importer.ImportSource;
import org.incidentatlas.importer.Importer;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The GeoJSON and KML exports read back by real readers: GeoJSON through Jackson with RFC 7946's geometry rules,
 * KML through a namespace-aware XML parser with a strict check of the KML 2.2 structure (see {@link KmlShape}).
 */
class MapExportersTest {

    @TempDir
    Path temp;

    private static final Map<String, Article> ARTICLES = Map.of(
            "a1", new Article("a1", "Rudaw", "Clash in Kirkuk, \"at night\"", "2024-07-14", null, null, null, null, null));

    private static final Incident KURDISH = new Incident("i-1", "Clash <near> & \"Qara Hanjir\"", "clash",
            LocalDate.of(2024, 7, 14), LocalDate.of(2024, 7, 15), DatePrecision.WEEK, "قرة هنجير, Qara Hanjir", "Kirkūk",
            35.47243, 44.25, GeoPrecision.SUBDISTRICT, 17.0, List.of("ISIS", "Asayish"), new Casualties(2, null),
            Casualties.exactly(1), "Two lines,\nwith a \"quote\"", List.of(new Quote("a1", "=1 said the statement", List.of())),
            List.of(), null);

    private static final Incident UNKNOWN = new Incident("i-2", "Meeting", "meeting", LocalDate.of(2020, 12, 3), null,
            DatePrecision.YEAR, "Erbil", null, 36.19, 44.0, GeoPrecision.TOWN, null, List.of(), null, null, "", List.of(),
            List.of(), null);

    @Test
    void geoJsonIsAFeatureCollectionOfPointsWithTheCsvColumns() throws Exception {
        Path out = temp.resolve("out.geojson");
        new GeoJsonExporter(ARTICLES).write(List.of(KURDISH, UNKNOWN), out);
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertEquals("FeatureCollection", root.get("type").asText());
        assertFalse(root.has("crs"), "RFC 7946 removed crs");
        JsonNode features = root.get("features");
        assertEquals(2, features.size());
        Path csv = temp.resolve("out.csv");
        new CsvExporter(ARTICLES).write(List.of(KURDISH, UNKNOWN), csv, false);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().get().parse(Files.newBufferedReader(csv)).getRecords();
        for (int n = 0; n < 2; n++) {
            JsonNode f = features.get(n);
            assertEquals("Feature", f.get("type").asText());
            JsonNode g = f.get("geometry");
            assertEquals("Point", g.get("type").asText());
            JsonNode c = g.get("coordinates");
            assertEquals(2, c.size());
            double lon = c.get(0).asDouble();
            double lat = c.get(1).asDouble();
            assertTrue(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90);
            Incident i = n == 0 ? KURDISH : UNKNOWN;
            assertEquals(i.lon(), lon, "longitude first (RFC 7946 section 3.1.1)");
            assertEquals(i.lat(), lat);
            assertEquals(i.id(), f.get("id").asText());
            JsonNode p = f.get("properties");
            List<String> names = new ArrayList<>();
            p.fieldNames().forEachRemaining(names::add);
            assertEquals(CsvExporter.HEADER, names, "the CSV's columns, in its order");
            for (String col : CsvExporter.HEADER) {
                String cell = rows.get(n).get(col);
                JsonNode v = p.get(col);
                if (cell.isEmpty()) {
                    assertTrue(v.isNull(), col + " unknown is null, not 0 or \"\"");
                } else if (v.isNumber()) {
                    assertEquals(Double.parseDouble(cell), v.asDouble(), col);
                } else {
                    // the CSV guards formulas with a leading '; GeoJSON is not run by a spreadsheet
                    assertEquals(cell.startsWith("'=") ? cell.substring(1) : cell, v.asText(), col);
                }
            }
        }
        JsonNode p = features.get(0).get("properties");
        assertEquals(2, p.get("killed_low").asInt());
        assertTrue(p.get("killed_high").isNull(), "open-ended: no high figure");
        assertEquals(17, p.get("uncertainty_km").asInt());
        assertEquals("=1 said the statement", p.get("quotes").asText());
    }

    @Test
    void anEmptySelectionIsAnEmptyCollection() throws Exception {
        Path out = temp.resolve("none.geojson");
        new GeoJsonExporter(ARTICLES).write(List.of(), out);
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertEquals(0, root.get("features").size());
    }

    @Test
    void kmlIsWellFormedKml22WithOnePlacemarkPerIncidentStyledByType() throws Exception {
        Path out = temp.resolve("out.kml");
        new KmlExporter(ARTICLES, "Kirkuk & around").write(List.of(KURDISH, UNKNOWN, KURDISH), out);
        Document doc = KmlShape.parse(out);
        List<String> problems = KmlShape.check(doc);
        assertEquals(List.of(), problems);
        Element document = KmlShape.children(doc.getDocumentElement()).get(0);
        assertEquals("Kirkuk & around", KmlShape.text(document, "name"));
        List<Element> placemarks = KmlShape.named(document, "Placemark");
        assertEquals(3, placemarks.size());
        assertEquals(2, KmlShape.named(document, "Style").size(), "one style per type");
        Element first = placemarks.get(0);
        assertEquals(KURDISH.title(), KmlShape.text(first, "name"));
        String description = KmlShape.text(first, "description");
        assertTrue(description.contains("\u201C=1 said the statement\u201D (Rudaw"), description);
        assertTrue(description.contains("killed \u22652"), description);
        Element point = KmlShape.named(first, "Point").get(0);
        assertEquals("44.25,35.47243", KmlShape.text(point, "coordinates"));
        Element span = KmlShape.named(first, "TimeSpan").get(0);
        assertEquals("2024-07-14", KmlShape.text(span, "begin"));
        assertEquals("2024-07-15", KmlShape.text(span, "end"));
        Set<String> data = new HashSet<>();
        for (Element d : KmlShape.named(KmlShape.named(placemarks.get(1), "ExtendedData").get(0), "Data")) {
            data.add(d.getAttribute("name"));
        }
        assertTrue(data.contains("id") && data.contains("place") && !data.contains("killed_low"),
                "unknown values are left out: " + data);
        assertEquals(KmlShape.named(placemarks.get(0), "styleUrl").get(0).getTextContent(),
                KmlShape.named(placemarks.get(2), "styleUrl").get(0).getTextContent());
    }

    @Test
    void theRealUcdpEventsExportAndPassTheChecks() throws Exception {
        ImportResult imported = new Importer().importFile(ImportSource.UCDP,
                TestFiles.projectDir().resolve("assets/realdata/ucdp_ged191_iraq.csv"), x -> { });
        Dataset d = imported.dataset();
        Path kml = temp.resolve("ucdp.kml");
        new KmlExporter(d.articlesById(), d.title()).write(d.incidents(), kml);
        Document doc = KmlShape.parse(kml);
        assertEquals(List.of(), KmlShape.check(doc));
        assertEquals(7_473, KmlShape.named(KmlShape.children(doc.getDocumentElement()).get(0), "Placemark").size());
        Path geojson = temp.resolve("ucdp.geojson");
        new GeoJsonExporter(d.articlesById()).write(d.incidents(), geojson);
        JsonNode features = new ObjectMapper().readTree(geojson.toFile()).get("features");
        assertEquals(7_473, features.size());
        for (JsonNode f : features) {
            JsonNode c = f.get("geometry").get("coordinates");
            assertTrue(c.get(0).asDouble() > 38 && c.get(0).asDouble() < 49 && c.get(1).asDouble() > 29
                    && c.get(1).asDouble() < 38, "in Iraq, longitude first: " + c);
        }
    }

    @Test
    void theStrictCheckCatchesWhatTheSchemaWould() throws Exception {
        Path bad = temp.resolve("bad.kml");
        Files.writeString(bad, "<?xml version=\"1.0\"?><kml xmlns=\"" + KmlExporter.NS + "\"><Document>"
                + "<Style id=\"s\"/><Placemark><name>a</name><styleUrl>#nowhere</styleUrl><Point><coordinates>44,35"
                + "</coordinates></Point></Placemark><Placemark><Point><coordinates>44,35</coordinates></Point><name>late"
                + "</name></Placemark><Placemark><Point><coordinates>35</coordinates></Point></Placemark></Document></kml>");
        List<String> problems = KmlShape.check(KmlShape.parse(bad));
        assertEquals(3, problems.size(), problems.toString());
        Path otherNs = temp.resolve("ns.kml");
        Files.writeString(otherNs, "<kml xmlns=\"http://earth.google.com/kml/2.1\"><Document/></kml>");
        assertEquals(1, KmlShape.check(KmlShape.parse(otherNs)).size());
    }

}
