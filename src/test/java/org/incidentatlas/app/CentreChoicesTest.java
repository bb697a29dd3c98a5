package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.incidentatlas.TestDatasets;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.DatasetWriter;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reference centres attached to a dataset without its own: chosen by region, remembered, and used to filter. */
class CentreChoicesTest {

    @TempDir
    Path temp;
    private Preferences node;
    private Workbench bench;
    private List<Center> bundled;

    @BeforeEach
    void create() {
        node = Preferences.userRoot().node("org/incidentatlas-tests/centres-" + UUID.randomUUID());
        bench = new Workbench(Runnable::run, Runnable::run, new ScriptedDialogs(), new AppSettings(node), PlaceVariants.bundled());
        bundled = ReferenceCenters.ofThisRun().bundled();
    }

    @AfterEach
    void forget() throws BackingStoreException {
        node.removeNode();
    }

    /** The test dataset (Sinjar and Baqubah, in the JCCs' region) without its centres, or moved far away. */
    private Path withoutCentres(String name, double dLat) throws IOException {
        Dataset d = new DatasetReader().read(TestDatasets.write(temp.resolve(name + "-src"), "a.json", "T", 20)).dataset();
        List<Incident> moved = d.incidents().stream().map(i -> new Incident(i.id(), i.title(), i.type(), i.dateStart(),
                i.dateEnd(), i.datePrecision(), i.place(), i.province(), i.lat() + dLat, i.lon(), i.geoPrecision(),
                i.uncertaintyKm(), i.actors(), i.killed(), i.injured(), i.summary(), i.quotes(), i.tags(), i.notes())).toList();
        Path file = temp.resolve(name + "-src/" + name + ".json");
        new DatasetWriter().write(new Dataset(null, "No centres", null, null, d.articles(), List.of(), moved), file);
        return file;
    }

    @Test
    void aDatasetInTheRegionGetsTheBundledCentresAndTheDistanceFilterWorksWithThem() throws IOException {
        assertFalse(bundled.isEmpty(), "the bundled dataset has its JCCs");
        bench.open(withoutCentres("near", 0));
        assertEquals(ReferenceCenters.Choice.AUTO, bench.centres().choiceProperty().get());
        assertEquals(bundled, bench.allCenters());
        Center nineveh = bundled.stream().filter(c -> c.id().equals("jcc-nineveh")).findFirst().orElseThrow();
        Incident first = bench.incidents().get(0);
        assertTrue(bench.centres().nearestProperty().get().of(first) != null);
        assertTrue(bench.setNear(nineveh, "150"));
        assertFalse(bench.incidents().isEmpty(), "the distance filter works on data without centres of its own");
        assertTrue(bench.incidents().stream().allMatch(i -> i.place().equals("Sinjar")), "Sinjar is within 150 km of"
                + " the Nineveh JCC, Baqubah is not");
        assertTrue(bench.centers().contains(nineveh));
    }

    @Test
    void farAwayNoneUnlessChosenAndTheChoiceIsRememberedForTheDataset() throws IOException {
        Path far = withoutCentres("far", -25); // 25 degrees south: the Arabian Sea, far from every JCC
        bench.open(far);
        assertTrue(bench.allCenters().isEmpty(), "out of the JCCs' region: no centres attached");
        assertTrue(bench.centres().nearestProperty().get().isEmpty());
        bench.centres().choose(ReferenceCenters.Choice.BUNDLED);
        assertEquals(bundled, bench.allCenters());
        assertEquals(ReferenceCenters.Choice.BUNDLED, new AppSettings(node).referenceCenters(far));
        bench.open(withoutCentres("near", 0));
        bench.open(far);
        assertEquals(ReferenceCenters.Choice.BUNDLED, bench.centres().choiceProperty().get(), "remembered");
        assertEquals(bundled, bench.allCenters());
        bench.centres().choose(ReferenceCenters.Choice.OWN);
        assertTrue(bench.allCenters().isEmpty());
        assertEquals(IncidentFilter.NONE, bench.filterProperty().get());
    }

    @Test
    void aDatasetWithItsOwnCentresKeepsThemAndTheBundledOnesAddOnceEach() throws IOException {
        bench.open(TestDatasets.write(temp.resolve("own"), "own.json", "Own", 10));
        assertEquals(2, bench.allCenters().size());
        bench.centres().choose(ReferenceCenters.Choice.BUNDLED);
        assertEquals(2 + bundled.size(), bench.allCenters().size());
        assertEquals(bundled.size(), bench.centres().attached());
    }
}
