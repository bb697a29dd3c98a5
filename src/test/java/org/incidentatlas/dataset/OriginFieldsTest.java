package org.incidentatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The optional fields an import keeps (country, source id, the best figure): written, read back, checked. */
class OriginFieldsTest {

    @TempDir
    Path temp;

    private static Incident incident(String id, Casualties killed, String country, String sourceId) {
        return new Incident(id, "Clash, Gwer", "battles", LocalDate.of(2024, 7, 14), LocalDate.of(2024, 7, 14),
                DatePrecision.DAY, "Gwer", "Erbil", 36.04, 43.49, GeoPrecision.TOWN, 5.0, List.of("A", "B"), killed, null,
                "", List.of(), List.of(), null, country, sourceId);
    }

    private Path write(Incident... incidents) throws Exception {
        Dataset d = new Dataset(null, "t", "d", "a", List.of(), List.of(), List.of(incidents));
        Path f = temp.resolve("d.json");
        new DatasetWriter().write(d, f);
        return f;
    }

    @Test
    void countrySourceIdAndBestReadBack() throws Exception {
        Incident withAll = incident("acled-IRQ1", new Casualties(3, 9, 5), "Iraq", "IRQ1");
        Incident without = incident("own-1", Casualties.exactly(2), null, null);
        Path f = write(withAll, without);
        String json = Files.readString(f);
        assertTrue(json.contains("\"best\":5") || json.contains("\"best\" : 5"), json);
        ReadResult r = new DatasetReader().read(f);
        assertTrue(r.ok(), r.errors().toString());
        assertEquals(List.of(withAll, without), r.dataset().incidents());
        Incident back = r.dataset().incidents().get(0);
        assertEquals("Iraq", back.country());
        assertEquals("IRQ1", back.sourceId());
        assertEquals(5, back.killed().best());
        assertNull(r.dataset().incidents().get(1).killed().best());
        assertFalse(Files.readString(f).contains("\"country\":null"), "absent fields are left out, not written null");
    }

    @Test
    void theAnalystsMarkerIsSavedReadBackAndAbsentInOldFiles() throws Exception {
        Incident edited = incident("acled-IRQ1", Casualties.exactly(3), "Iraq", "IRQ1").withAnalystEdited(true);
        Incident source = incident("acled-IRQ2", Casualties.exactly(1), "Iraq", "IRQ2");
        Path f = write(edited, source);
        String json = Files.readString(f);
        assertEquals(1, json.split("\"analystEdited\"", -1).length - 1, "written only where true: " + json);
        ReadResult r = new DatasetReader().read(f);
        assertTrue(r.ok(), r.errors().toString());
        assertEquals(List.of(edited, source), r.dataset().incidents());
        assertTrue(r.dataset().incidents().get(0).analystEdited());
        assertFalse(r.dataset().incidents().get(1).analystEdited(), "a file without the field reads as before");
        assertEquals(0, r.unknown().recordCount(), "a known field, not kept as an unknown one");
    }

    @Test
    void aMarkerThatIsNotTrueOrFalseIsAnErrorNamingTheRecord() throws Exception {
        Path f = write(incident("acled-IRQ1", Casualties.exactly(3), "Iraq", "IRQ1").withAnalystEdited(true));
        Files.writeString(f, Files.readString(f).replaceFirst("\"analystEdited\"\\s*:\\s*true", "\"analystEdited\" : \"yes\""));
        ReadResult r = new DatasetReader().read(f);
        assertFalse(r.ok());
        assertTrue(r.errors().get(0).where().contains("acled-IRQ1") || r.errors().get(0).where().contains("incidents[0]"),
                r.errors().get(0).where());
    }

    @Test
    void aBestOutsideLowToHighIsAnErrorNamingTheRecord() throws Exception {
        Path f = write(incident("acled-IRQ1", new Casualties(3, 9, 5), null, null));
        Files.writeString(f, Files.readString(f).replace("\"best\":5", "\"best\":12").replace("\"best\" : 5", "\"best\" : 12"));
        ReadResult r = new DatasetReader().read(f);
        assertFalse(r.ok());
        String all = r.errors().toString();
        assertTrue(all.contains("best estimate (12) outside low 3 to high 9"), all);
        assertTrue(all.contains("acled-IRQ1"), all);
    }

    @Test
    void theFigureComparedIsTheOneChosen() {
        Casualties c = new Casualties(3, 9, 5);
        assertEquals(3, c.figure(Casualties.Figure.LOW));
        assertEquals(5, c.figure(Casualties.Figure.BEST));
        assertEquals(9, c.figure(Casualties.Figure.HIGH));
        assertNull(Casualties.atLeast(2).figure(Casualties.Figure.HIGH), "open-ended: no high figure");
        assertNull(Casualties.exactly(2).figure(Casualties.Figure.BEST), "no best given");
    }
}
