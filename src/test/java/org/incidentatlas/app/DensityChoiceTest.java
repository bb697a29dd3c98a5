package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.briefing.BriefingRequest;
import org.incidentatlas.briefing.PageSize;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.map.MapFraming;
import org.junit.jupiter.api.io.TempDir;
import java.util.List;
import org.incidentatlas.map.density.DensityStyle;
import org.junit.jupiter.api.Test;

class DensityChoiceTest {

    private final List<String> said = new ArrayList<>();
    private final DensityChoice choice = new DensityChoice(said::add);

    @Test
    void markersUntilADensityViewIsChosenAndItsSettingsComeBack() {
        assertNull(choice.style());
        choice.show(DensityStyle.Kind.HEX);
        assertEquals(DensityStyle.Kind.HEX, choice.style().kind());
        choice.weightBy(DensityStyle.Weight.KILLED);
        assertTrue(choice.setRadius("25"));
        choice.showMarkers();
        assertNull(choice.style());
        choice.show(DensityStyle.Kind.HEAT);
        assertEquals(new DensityStyle(DensityStyle.Kind.HEAT, DensityStyle.Weight.KILLED, 25, DensityStyle.DEFAULT_HEX_PIXELS),
                choice.style());
    }

    @Test
    void aRadiusOutOfRangeIsRefusedWithAReasonAndTheRadiusKept() {
        choice.show(DensityStyle.Kind.HEAT);
        for (String bad : List.of("0", "-5", "ten", "501")) {
            assertFalse(choice.setRadius(bad), bad);
        }
        assertEquals(DensityStyle.DEFAULT_RADIUS_KM, choice.style().radiusKm(), 0);
        assertEquals(4, said.size());
        assertTrue(said.get(0).contains("\"0\"") && said.get(0).contains("0.5 to 500"), said.get(0));
    }

    @TempDir
    Path temp;

    @Test
    void theWindowsBriefingDrawsTheDensityViewShown() throws IOException, BackingStoreException {
        Preferences node = Preferences.userRoot().node("org/incidentatlas-tests/density-" + UUID.randomUUID());
        try {
            Workbench bench = new Workbench(Runnable::run, Runnable::run, new ScriptedDialogs(), new AppSettings(node),
                    PlaceVariants.bundled());
            bench.open(TestDatasets.write(temp, "atlas.json", "Density", 12));
            BriefingRequest.Framing fit = (w, h) -> new MapFraming(35, 44, 8);
            assertNull(bench.briefingRequest("t", PageSize.SLIDE, 1, fit).densityView());
            bench.density().show(DensityStyle.Kind.HEX);
            BriefingRequest r = bench.briefingRequest("t", PageSize.SLIDE, 1, fit);
            assertEquals(DensityStyle.Kind.HEX, r.densityView().kind());
            assertEquals(12, r.incidents().size());
        } finally {
            node.removeNode();
        }
    }
}
