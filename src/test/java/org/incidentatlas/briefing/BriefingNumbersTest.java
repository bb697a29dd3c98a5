package org.incidentatlas.briefing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.filter.FilteredRows;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.map.MapFraming;
import org.incidentatlas.map.MapPicture;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.incidentatlas.TestDatasets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

/** A composed briefing's numbers, key, legend and centres, headless. */
class BriefingNumbersTest {

    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-21T10:15:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path temp;
    private static Dataset dataset;

    @BeforeAll
    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        dataset = new DatasetReader().read(TestDatasets.write(temp, "n.json", "Numbers", 60)).dataset();
    }

    static Briefing compose(BriefingRequest r) throws Exception {
        return new BriefingComposer(MapPicture.TileSource.BASEMAP, Duration.ofSeconds(60), NOON).composeLater(r)
                .get(90, TimeUnit.SECONDS);
    }

    private static BriefingRequest request(Dataset d, IncidentFilter f, BriefingRequest.Framing framing) {
        FilteredRows.Rows rows = FilteredRows.of(d, f, PlaceVariants.bundled());
        return new BriefingRequest(d, rows.incidents(), rows.centers(), f, "Test", PageSize.SLIDE, 1,
                framing == null ? BriefingRequest.Framing.fitAll(rows.incidents(), rows.centers()) : framing);
    }

    @Test
    void thirtyNumbersOnTheMapMatchTheKeyAndNoneOverlap() throws Exception {
        // 60 incidents at two points (30 at Sinjar, 30 at Baqubah): the crowded case of UCDP town centroids
        Briefing b = compose(request(dataset, IncidentFilter.NONE, null));
        List<BriefingKey.Entry> key = b.key().entries();
        assertEquals(30, key.size());
        List<MapPicture.NumberTag> tags = b.page().picture().numberTags();
        assertEquals(key.stream().map(BriefingKey.Entry::number).toList(), tags.stream().map(MapPicture.NumberTag::number).toList(),
                "every keyed incident in view has its number on the map, in the key's order");
        for (int a = 0; a < tags.size(); a++) {
            MapPicture.NumberTag t = tags.get(a);
            for (int c = a + 1; c < tags.size(); c++) {
                MapPicture.NumberTag o = tags.get(c);
                assertFalse(t.x() < o.x() + o.width() && t.x() + t.width() > o.x() && t.y() < o.y() + o.height()
                        && t.y() + t.height() > o.y(), t.number() + " overlaps " + o.number());
            }
            Incident i = key.get(a).incident();
            assertEquals(b.page().picture().point(i.lat(), i.lon()).getX(), t.pointX(), 1e-6, "the line leads to its incident");
        }
        List<String> lines = b.page().keyView().lines();
        assertEquals(30, lines.size());
        assertEquals(KeyView.line(key.get(0)), lines.get(0));
        assertTrue(b.page().lookup("#keyMore") != null, "the key says the CSV holds 30 more");
    }

    @Test
    void theLegendListsOnlyTheTypesInTheMapsView() throws Exception {
        // a protest far away (Basra) and the view framed on Sinjar: the protest is not in the picture
        List<Incident> incidents = new ArrayList<>(dataset.incidents().stream().filter(i -> !i.type().equals("protest")).toList());
        incidents.add(new Incident("far", "Protest far away", "protest", LocalDate.of(2020, 3, 1), LocalDate.of(2020, 3, 1),
                DatePrecision.DAY, "Basra", "Basra", 30.5, 47.8, GeoPrecision.TOWN, null, List.of(), Casualties.exactly(0),
                null, "", List.of(), List.of(), null));
        Dataset d = new Dataset(null, "Legend", null, null, dataset.articles(), dataset.centers(), incidents);
        Briefing b = compose(request(d, IncidentFilter.NONE, (w, h) -> new MapFraming(36.32, 41.86, 11)));
        Set<String> inView = new TreeSet<>();
        for (Incident i : incidents) {
            if (b.page().picture().inView(i.lat(), i.lon())) {
                inView.add(i.type());
            }
        }
        assertEquals(Set.of("attack", "clash"), inView, "the test's own premise: only Sinjar's are in view");
        assertEquals(List.copyOf(inView), b.page().legend().typesShown());
        assertTrue(b.page().legend().swatch("protest").isEmpty(), "a type outside the view is not in the legend");
        assertTrue(b.incidentsInView() < incidents.size());
    }

    @Test
    void theCentreStaysOnTheMapUnderATextFilterAndItsCircleAndNameAreDrawn() throws Exception {
        Center sinjar = dataset.centers().get(0);
        IncidentFilter f = IncidentFilter.NONE.withText("Baqubah")
                .withNear(new IncidentFilter.Near(sinjar.id(), sinjar.name(), sinjar.lat(), sinjar.lon(), 400));
        BriefingRequest r = request(dataset, f, null);
        assertTrue(r.centers().contains(sinjar), "the text matches no word of the centre, and it stays");
        Briefing b = compose(r);
        assertTrue(b.page().picture().shown().centres(), "the centre is drawn");
        assertTrue(b.page().legend().lookupAll(".label").stream()
                .anyMatch(n -> "Coordination centre".equals(((Label) n).getText())));
    }

    @Test
    void noKeyMeansNoNumbers() throws Exception {
        Briefing b = compose(request(dataset, IncidentFilter.NONE, null).withKey(new BriefingKey.KeyOptions(0,
                BriefingKey.Pick.SEVERE, true)));
        assertTrue(b.key().entries().isEmpty());
        assertTrue(b.page().picture().numberTags().isEmpty());
        assertEquals(null, b.page().keyView());
    }
}
