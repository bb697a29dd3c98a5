package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File > Export GeoJSON and KML through the workbench's commands: what the table shows, in its order, guarded. */
class MapExportsTest {

    @TempDir
    Path temp;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Preferences node;
    private Workbench bench;

    @BeforeEach
    void create() {
        node = Preferences.userRoot().node("org/incidentatlas-tests/mapexports-" + UUID.randomUUID());
        bench = new Workbench(Runnable::run, Runnable::run, dialogs, new AppSettings(node), PlaceVariants.bundled());
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void geoJsonAndKmlHoldWhatTheTableShowsInItsOrder() throws IOException {
        bench.open(TestDatasets.write(temp.resolve("d"), "atlas.json", "Test atlas", 40));
        bench.changeFilter(f -> f.withProvinces(Set.of("Diyala")).withDates(LocalDate.of(2020, 1, 5), LocalDate.of(2020, 2, 1)));
        bench.sortBy(Comparator.comparing(Incident::title).reversed());
        List<String> shown = bench.incidents().stream().map(Incident::id).toList();
        Path folder = Files.createDirectories(temp.resolve("exports"));
        dialogs.file(folder.resolve("diyala"), 0);
        bench.chooseAndExportGeoJson();
        assertEquals("incidents-diyala-2020.geojson", dialogs.fileRequests.get(0).suggestedName());
        JsonNode features = new ObjectMapper().readTree(folder.resolve("diyala.geojson").toFile()).get("features");
        List<String> ids = new ArrayList<>();
        features.forEach(f -> ids.add(f.get("id").asText()));
        assertEquals(shown, ids);
        assertTrue(bench.messageProperty().get().startsWith("Exported " + shown.size() + " incidents"));
        dialogs.file(folder.resolve("diyala"), 0);
        bench.chooseAndExportKml();
        assertEquals("incidents-diyala-2020.kml", dialogs.fileRequests.get(1).suggestedName());
        String kml = Files.readString(folder.resolve("diyala.kml"));
        assertEquals(shown.size(), kml.split("<Placemark>", -1).length - 1);
        assertTrue(kml.contains("<name>Test atlas (dates that may fall in 5 Jan 2020 to 1 Feb 2020; province: Diyala)</name>"),
                kml.substring(0, 400));
        // the next export of a kind starts in its folder
        dialogs.cancel();
        bench.chooseAndExportKml();
        assertEquals(folder.toAbsolutePath(), dialogs.fileRequests.get(2).folder());
    }

    @Test
    void neitherWritesOverTheOpenDataset() throws IOException {
        Path file = TestDatasets.write(temp.resolve("d"), "atlas.json", "Test atlas", 5);
        String before = Files.readString(file);
        bench.open(file);
        bench.exportGeoJson(file);
        assertTrue(dialogs.lastShown().text().startsWith("It is the dataset"), dialogs.lastShown().text());
        bench.exportKml(file);
        assertTrue(dialogs.lastShown().text().startsWith("It is the dataset"), dialogs.lastShown().text());
        assertEquals(before, Files.readString(file));
        Path nowhere = temp.resolve("no/such/folder/out.kml");
        bench.exportKml(nowhere);
        assertEquals("Export failed.", bench.messageProperty().get());
    }
}
