package org.incidentatlas.map.density;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.incidentatlas.map.basemap.AdminAreas;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;

/** The choropleth's counts per governorate and district against a direct point-in-polygon count in degrees. */
class AreaCountsTest {

    private static Incident at(int i, double lat, double lon) {
        return new Incident("i" + i, "t", "attack", LocalDate.of(2016, 1, 1), null, DatePrecision.DAY, "p", null, lat, lon,
                GeoPrecision.EXACT, null, List.of(), Casualties.exactly(i % 4), null, "", List.of(), List.of(), null);
    }

    /** Per OCHA name: how many points fall inside, by ray casting over the file's own rings in degrees. */
    private static Map<String, Integer> direct(String file, List<Incident> points) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Path.of("assets/basemap", file).toFile());
        Map<String, Integer> out = new HashMap<>();
        for (JsonNode f : root.path("features")) {
            if (!f.path("properties").path("pcode").asText("").startsWith("IQ")) {
                continue;
            }
            List<JsonNode> rings = new ArrayList<>();
            JsonNode g = f.path("geometry");
            if (g.path("type").asText().equals("Polygon")) {
                g.path("coordinates").forEach(rings::add);
            } else {
                g.path("coordinates").forEach(poly -> poly.forEach(rings::add));
            }
            int n = 0;
            for (Incident p : points) {
                boolean in = false;
                for (JsonNode ring : rings) {
                    for (int i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
                        double xi = ring.get(i).get(0).asDouble();
                        double yi = ring.get(i).get(1).asDouble();
                        double xj = ring.get(j).get(0).asDouble();
                        double yj = ring.get(j).get(1).asDouble();
                        if ((yi > p.lat()) != (yj > p.lat()) && p.lon() < (xj - xi) * (p.lat() - yi) / (yj - yi) + xi) {
                            in = !in;
                        }
                    }
                }
                n += in ? 1 : 0;
            }
            out.merge(f.path("properties").path("name").asText(), n, Integer::sum);
        }
        return out;
    }

    @Test
    void countsPerGovernorateAndDistrictMatchADirectCount() throws IOException {
        Random r = new Random(15);
        List<Incident> points = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            points.add(at(i, 29 + r.nextDouble() * 8.5, 38.8 + r.nextDouble() * 9.8));
        }
        points.add(at(9999, 35.468, 44.392)); // Kirkuk city
        PointCache cache = new PointCache();
        for (AdminAreas.Level level : AdminAreas.Level.values()) {
            AdminAreas areas = AdminAreas.bundled(level);
            AreaCounts counts = AreaCounts.of(areas, cache.areas(points, areas), cache.weights(points, DensityStyle.Weight.COUNT));
            Map<String, Integer> expected = direct(level == AdminAreas.Level.PROVINCE ? "provinces.geojson" : "districts.geojson", points);
            Map<String, Integer> got = new HashMap<>();
            double inside = 0;
            for (int a = 0; a < areas.size(); a++) {
                got.merge(areas.name(a), (int) counts.value(a), Integer::sum);
                inside += counts.value(a);
            }
            assertEquals(expected, got, level.toString());
            assertEquals(points.size(), inside + counts.outside(), 0);
            assertTrue(counts.outside() > 100, "the box reaches beyond Iraq");
            assertEquals(level == AdminAreas.Level.PROVINCE ? 18 : 101, areas.size());
            int kirkuk = cache.areas(List.of(points.get(points.size() - 1)), areas)[0];
            assertEquals("Kirkuk", areas.name(kirkuk));
        }
    }

    @Test
    void killedAreSummedAndASecondListIsALookup() {
        List<Incident> two = List.of(at(1, 35.468, 44.392), at(3, 35.47, 44.40));
        PointCache cache = new PointCache();
        AdminAreas provinces = AdminAreas.bundled(AdminAreas.Level.PROVINCE);
        AreaCounts killed = AreaCounts.of(provinces, cache.areas(two, provinces), cache.weights(two, DensityStyle.Weight.KILLED));
        assertEquals(1 + 3, killed.max(), 0);
    }
}
