package org.incidentatlas.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetGeneratorTest {

    @TempDir
    Path temp;

    @Test
    void writesAValidDatasetWithRealisticSpread() throws Exception {
        Path out = temp.resolve("g.json");
        new DatasetGenerator().generate(5000, 42, out);
        ReadResult r = new DatasetReader().read(out);
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(0, r.problems().size(), "a generated dataset has no warnings either: " + r.problems());
        var incidents = r.dataset().incidents();
        assertEquals(5000, incidents.size());
        Set<String> types = incidents.stream().map(Incident::type).collect(Collectors.toSet());
        Set<String> provinces = incidents.stream().map(Incident::province).collect(Collectors.toSet());
        Set<Integer> years = incidents.stream().map(i -> i.dateStart().getYear()).collect(Collectors.toSet());
        Set<DatePrecision> precisions = incidents.stream().map(Incident::datePrecision).collect(Collectors.toSet());
        assertTrue(types.size() >= 10, "types: " + types);
        assertTrue(provinces.size() >= 12, "provinces: " + provinces);
        assertTrue(years.size() >= 10, "years: " + years);
        assertEquals(Set.of(DatePrecision.values()), precisions);
        assertTrue(incidents.stream().anyMatch(i -> i.killed() == null), "some figures must be unknown");
        assertTrue(incidents.stream().anyMatch(i -> i.killed() != null && i.killed().high() == null), "some open-ended");
        // clustered: most incidents lie inside Iraq's bounding box
        long inIraq = incidents.stream().filter(i -> i.lat() > 29 && i.lat() < 37.5 && i.lon() > 38.7 && i.lon() < 48.8).count();
        assertTrue(inIraq > 4900, "in Iraq: " + inIraq);
    }

    @Test
    void theSameSeedGivesTheSameBytes() throws Exception {
        Path a = temp.resolve("a/x.json");
        Path b = temp.resolve("b/x.json");
        Files.createDirectories(a.getParent());
        Files.createDirectories(b.getParent());
        new DatasetGenerator().generate(300, 7, a);
        new DatasetGenerator().generate(300, 7, b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void townsAreRealAndParseCleanly() {
        var towns = Town.load();
        assertEquals(171, towns.size());
        assertTrue(towns.stream().anyMatch(t -> t.name().equals("Kirkuk") && t.province().equals("Kirkuk")));
        assertTrue(towns.stream().allMatch(t -> t.lat() > 29 && t.lat() < 38 && t.lon() > 38 && t.lon() < 49));
    }
}
