package org.incidentatlas.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SettingsTest {

    private final Settings settings = new Settings("org/incidentatlas-tests/settings-test");

    @AfterEach
    void clean() {
        settings.clear();
    }

    @Test
    void recentFilesAreNewestFirstWithoutRepeatsAndBounded() {
        assertNull(settings.lastDataset());
        settings.opened(Path.of("/data/a.json"));
        settings.opened(Path.of("/data/b.json"));
        settings.opened(Path.of("/data/a.json"));
        assertEquals(List.of(Path.of("/data/a.json"), Path.of("/data/b.json")), settings.recentFiles());
        assertEquals(Path.of("/data/a.json"), settings.lastDataset());
        IntStream.range(0, 20).forEach(i -> settings.opened(Path.of("/data/" + i + ".json")));
        assertEquals(Settings.RECENT_MAX, settings.recentFiles().size());
        assertEquals(Path.of("/data/19.json"), settings.lastDataset());
    }

    @Test
    void survivesANewInstance() {
        settings.opened(Path.of("/data/kept.json"));
        settings.flush();
        assertEquals(Path.of("/data/kept.json"), new Settings("org/incidentatlas-tests/settings-test").lastDataset());
    }
}
