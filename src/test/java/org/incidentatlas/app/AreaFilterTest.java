package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.map.basemap.AdminAreas;
import org.incidentatlas.map.density.AreaCounts;
import org.incidentatlas.map.density.DensityStyle;
import org.incidentatlas.map.density.PointCache;
import org.incidentatlas.map.geo.Mercator;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A click on a choropleth area filters to it: the list is the area's figure, said in the status, exported exactly. */
class AreaFilterTest {

    @TempDir
    Path temp;

    private Preferences node;
    private Workbench bench;

    @BeforeEach
    void create() throws IOException {
        node = Preferences.userRoot().node("org/incidentatlas-tests/area-" + UUID.randomUUID());
        bench = new Workbench(Runnable::run, Runnable::run, new ScriptedDialogs(), new AppSettings(node), PlaceVariants.bundled());
        bench.open(TestDatasets.write(temp, "atlas.json", "Areas", 40)); // half at Sinjar (Ninewa), half at Baqubah (Diyala)
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    private static AreaCounts counts(List<Incident> list, AdminAreas areas) {
        PointCache cache = new PointCache();
        return AreaCounts.of(areas, cache.areas(list, areas), cache.weights(list, DensityStyle.Weight.COUNT));
    }

    @Test
    void theFilteredListIsTheAreasFigureAndClearingBringsTheRestBack() throws IOException {
        bench.density().show(DensityStyle.Kind.DISTRICTS);
        bench.changeFilter(f -> f.withTypes(Set.of("attack", "clash")));
        int before = bench.incidents().size();
        AdminAreas districts = AdminAreas.bundled(AdminAreas.Level.DISTRICT);
        AreaCounts shown = counts(List.copyOf(bench.incidents()), districts);
        int sinjar = districts.areaOf(Mercator.x(41.86), Mercator.y(36.32));
        assertTrue(sinjar >= 0 && shown.value(sinjar) > 0, "the test data has incidents in Sinjar's district");

        bench.filterToArea(AdminAreas.Level.DISTRICT, sinjar);
        assertEquals((int) shown.value(sinjar), bench.incidents().size(), "the filtered count is the area's figure");
        assertTrue(bench.incidents().stream().allMatch(i -> i.lon() == 41.86 && !i.type().equals("protest")),
                "only Sinjar's, and the other filters still hold");
        String said = "in district " + districts.name(sinjar);
        assertTrue(bench.filterProperty().get().describe().endsWith(said), bench.filterProperty().get().describe());
        assertTrue(bench.statusProperty().get().contains(said), bench.statusProperty().get());

        Path csv = temp.resolve("area.csv");
        bench.exportCsv(csv, false);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(bench.incidents().stream().map(Incident::id).toList(),
                lines.subList(1, lines.size()).stream().map(l -> l.substring(0, l.indexOf(','))).toList(), "exports exact");

        // remembered with the dataset and read back as the same filter, which still keeps the same rows
        IncidentFilter back = FilterCodec.read(FilterCodec.write(bench.filterProperty().get())).orElseThrow();
        assertEquals(bench.filterProperty().get(), back);
        assertEquals(districts.name(sinjar), back.area().name());
        assertTrue(back.area().test().contains(36.32, 41.86) && !back.area().test().contains(33.75, 44.64));

        bench.clearArea();
        assertNull(bench.filterProperty().get().area());
        assertEquals(before, bench.incidents().size());
    }

    @Test
    void aGovernorateKeepsItsOwnAndAClickOutsideChangesNothing() {
        AdminAreas provinces = AdminAreas.bundled(AdminAreas.Level.PROVINCE);
        int diyala = provinces.areaOf(Mercator.x(44.64), Mercator.y(33.75));
        AreaCounts all = counts(List.copyOf(bench.incidents()), provinces);
        bench.filterToArea(AdminAreas.Level.PROVINCE, diyala);
        assertEquals((int) all.value(diyala), bench.incidents().size());
        assertTrue(bench.incidents().stream().allMatch(i -> i.lat() == 33.75));
        IncidentFilter kept = bench.filterProperty().get();
        bench.filterToArea(AdminAreas.Level.PROVINCE, -1);
        assertEquals(kept, bench.filterProperty().get());
        assertTrue(bench.messageProperty().get().startsWith("No governorate there"), bench.messageProperty().get());
        bench.clearFilters();
        assertNull(bench.filterProperty().get().area());
    }
}
