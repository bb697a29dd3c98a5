package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.IntStream;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.GeoBounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {

    private final Preferences node = Preferences.userRoot().node("org/incidentatlas-tests/settings-" + UUID.randomUUID());
    private final AppSettings settings = new AppSettings(node);

    @TempDir
    Path temp;

    @AfterEach
    void clean() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void recentFilesAreNewestFirstWithoutRepeatsAndBounded() {
        assertNull(settings.lastDataset());
        settings.opened(Path.of("/data/a.json"));
        settings.opened(Path.of("/data/b.json"));
        settings.opened(Path.of("/data/a.json"));
        assertEquals(List.of(Path.of("/data/a.json"), Path.of("/data/b.json")), settings.recentFiles());
        IntStream.range(0, 20).forEach(i -> settings.opened(Path.of("/data/" + i + ".json")));
        assertEquals(AppSettings.RECENT_MAX, settings.recentFiles().size());
        assertEquals(Path.of("/data/19.json"), settings.lastDataset());
    }

    @Test
    void survivesANewInstance() {
        settings.opened(Path.of("/data/kept.json"));
        settings.flush();
        assertEquals(Path.of("/data/kept.json"), new AppSettings(node).lastDataset());
    }

    @Test
    void eachDatasetKeepsItsOwnFilterAndView() {
        IncidentFilter f = IncidentFilter.NONE.withText("kirkuk").withDates(LocalDate.of(2014, 1, 1), LocalDate.of(2017, 12, 31))
                .withTypes(Set.of("attack", "clash")).withActors(Set.of("IS")).withProvinces(Set.of("Kirkuk"))
                .withMinKilled(3).withCoarsePlace(false).withCoarseDate(false)
                .withNear(new IncidentFilter.Near("c1", "Kirkuk centre", 35.4, 44.4, 50))
                .withView(new GeoBounds(35, 44, 36, 45)).withCountries(Set.of("Iraq", "Syria"))
                .withKilledFigure(Casualties.Figure.BEST);
        settings.saveFilter(Path.of("/data/a.json"), f);
        settings.saveMapView(Path.of("/data/a.json"), new AppSettings.MapView(35.4, 44.4, 9));
        AppSettings again = new AppSettings(node);
        assertEquals(Optional.of(f), again.filter(Path.of("/data/a.json")));
        assertEquals(Optional.empty(), again.filter(Path.of("/data/b.json")));
        assertEquals(Optional.of(new AppSettings.MapView(35.4, 44.4, 9)), again.mapView(Path.of("/data/a.json")));
        settings.saveFilter(Path.of("/data/a.json"), IncidentFilter.NONE);
        assertEquals(Optional.empty(), settings.filter(Path.of("/data/a.json")));
    }

    @Test
    void aDamagedRememberedFilterIsIgnored() {
        assertEquals(Optional.empty(), FilterCodec.read("{\"text\": 3, \"near\": {}}"));
        assertEquals(Optional.empty(), FilterCodec.read("not json"));
    }

    @Test
    void csvAndPngFoldersAreRememberedApart() throws Exception {
        Path csv = Files.createDirectories(temp.resolve("csv"));
        Path png = Files.createDirectories(temp.resolve("png"));
        settings.exported(AppSettings.ExportKind.CSV, csv.resolve("a.csv"));
        settings.exported(AppSettings.ExportKind.PNG, png.resolve("b.png"));
        assertEquals(Optional.of(csv), settings.exportFolder(AppSettings.ExportKind.CSV));
        assertEquals(Optional.of(png), settings.exportFolder(AppSettings.ExportKind.PNG));
        Files.delete(png);
        assertTrue(settings.exportFolder(AppSettings.ExportKind.PNG).isEmpty(), "a folder that is gone is not offered");
    }
}
