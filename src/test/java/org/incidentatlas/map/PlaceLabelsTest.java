package org.incidentatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.incidentatlas.map.basemap.BasemapData;
import org.incidentatlas.map.basemap.MapLabel;
import org.incidentatlas.map.basemap.TileRenderer;
import org.incidentatlas.map.geo.Mercator;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Issue 13: the basemap's names and the incident layer's marks are placed together. The names of the real
 * bundled plan are drawn by the incident painter after its marks; checked by the boxes it drew them in against
 * every mark and tag of the same redraw.
 */
class PlaceLabelsTest extends ApplicationTest {

    private static TileRenderer renderer;

    @BeforeAll
    static void load() {
        renderer = new TileRenderer(BasemapData.load());
    }

    @Override
    public void start(Stage stage) {
        // the painter draws on a Canvas: only the toolkit is needed
    }

    private static Incident at(String id, String place, double lat, double lon) {
        return new Incident(id, "Event " + id, "attack", LocalDate.of(2015, 1, 1), LocalDate.of(2015, 1, 1),
                DatePrecision.DAY, place, "Kirkuk", lat, lon, GeoPrecision.TOWN, null, List.of(),
                Casualties.exactly(2), null, "", List.of(), List.of(), null);
    }

    private static MapLabel planned(int zoom, String text) {
        Optional<MapLabel> l = renderer.labels(zoom).stream().filter(x -> x.text().equals(text)).findFirst();
        assertTrue(l.isPresent(), text + " is in the plan at zoom " + zoom);
        return l.get();
    }

    private IncidentPainter.Frame paint(int zoom, MapLabel around, List<Incident> incidents, List<Center> centres) {
        double scale = Mercator.worldPixels(zoom);
        Viewport v = new Viewport(zoom, Math.floor(around.placeX() * scale - 500), Math.floor(around.placeY() * scale - 350),
                1000, 700);
        IncidentPainter painter = new IncidentPainter();
        painter.setLabels(renderer::labels);
        IncidentPainter.Frame[] frame = new IncidentPainter.Frame[1];
        interact(() -> frame[0] = painter.paint(new Canvas(1000, 700).getGraphicsContext2D(), v,
                IncidentPoints.of(incidents, centres), null));
        return frame[0];
    }

    private static double lat(MapLabel l) {
        return Mercator.lat(l.placeY());
    }

    private static double lon(MapLabel l) {
        return Mercator.lon(l.placeX());
    }

    private static void assertNoNameOnAMark(IncidentPainter.Frame f) {
        for (PlaceLabelPainter.Drawn n : f.names()) {
            for (HitIndex.Item item : f.hits().items()) {
                double nx = Math.max(n.x0(), Math.min(n.x1(), item.x()));
                double ny = Math.max(n.y0(), Math.min(n.y1(), item.y()));
                double r = item.kind() == HitIndex.Kind.CENTER ? MarkerPen.CENTER_SIZE : item.radius();
                assertTrue(Math.hypot(nx - item.x(), ny - item.y()) >= r,
                        "the name " + n.text() + " covers a " + item.kind() + " at " + item.x() + "," + item.y());
            }
        }
    }

    @Test
    void withNothingOnItANameStaysWhereThePlanPutIt() {
        MapLabel kirkuk = planned(12, "Kirkuk");
        IncidentPainter.Frame f = paint(12, kirkuk, List.of(), List.of());
        PlaceLabelPainter.Drawn drawn = f.names().stream().filter(n -> n.text().equals("Kirkuk")).findFirst().orElseThrow();
        double x0 = kirkuk.textBox().getX() - Math.floor(kirkuk.placeX() * Mercator.worldPixels(12) - 500);
        assertEquals(x0, drawn.x0(), 0.01, "at its planned spot");
        assertTrue(f.names().size() > 1, "the other names of the view are drawn too: " + f.names());
    }

    @Test
    void aNameGivesWayToTheStackOnItsPlaceAndStillShows() {
        MapLabel kirkuk = planned(12, "Kirkuk");
        List<Incident> stack = new ArrayList<>();
        for (int i = 0; i < 146; i++) {
            // on the town's dot, as UCDP codes them; named variously, so the stack carries no name of its own
            stack.add(at("k" + i, i % 2 == 0 ? "Kirkuk city" : "central Kirkuk", lat(kirkuk), lon(kirkuk)));
        }
        IncidentPainter.Frame f = paint(12, kirkuk, stack, List.of());
        assertTrue(f.hits().items().stream().anyMatch(i -> i.kind() == HitIndex.Kind.STACK), "one stack is drawn");
        assertNoNameOnAMark(f);
        assertTrue(f.names().stream().anyMatch(n -> n.text().equals("Kirkuk")),
                "the town is still named, moved off the stack: " + f.names());
    }

    @Test
    void aStackThatSaysThePlacesNameIsNotNamedTwice() {
        MapLabel kirkuk = planned(12, "Kirkuk");
        List<Incident> stack = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            stack.add(at("k" + i, "Kirkūk town", lat(kirkuk), lon(kirkuk)));
        }
        IncidentPainter.Frame f = paint(12, kirkuk, stack, List.of());
        assertNoNameOnAMark(f);
        assertFalse(f.names().stream().anyMatch(n -> n.text().equals("Kirkuk")),
                "the stack's own \"Kirkūk town\" names it: " + f.names());
    }

    @Test
    void namesGiveWayToClustersMarkersAndCentresAtRegionZoom() {
        MapLabel mosul = planned(9, "Mosul");
        List<Incident> many = new ArrayList<>();
        for (int i = 0; i < 900; i++) {
            // a cluster on the city and markers scattered over the whole view
            double dLat = i < 600 ? 0 : ((i * 37) % 100 - 50) * 0.012;
            double dLon = i < 600 ? 0 : ((i * 53) % 100 - 50) * 0.018;
            many.add(at("m" + i, "Mosul", lat(mosul) + dLat, lon(mosul) + dLon));
        }
        Center centre = new Center("c", "Nineveh JCC", "joint coordination centre", lat(mosul) + 0.05, lon(mosul) - 0.05,
                GeoPrecision.TOWN, null, "Mosul", null, List.of(), null);
        IncidentPainter.Frame f = paint(9, mosul, many, List.of(centre));
        assertFalse(f.names().isEmpty());
        assertNoNameOnAMark(f);
        assertTrue(f.names().stream().anyMatch(n -> n.text().equals("Mosul")), "the city keeps its name: " + f.names());
    }

    @Test
    void aPlaceIsLetteredAsTheRecordsSpellIt() {
        MapLabel mexmur = planned(10, "Mexmur");
        MapLabel kirkuk = planned(10, "Kirkuk");
        List<Incident> records = List.of(
                at("a", "Qaḑā’ Makhmūr", lat(mexmur) + 0.01, lon(mexmur) + 0.01),
                at("b", "Makhmūr town", lat(mexmur) - 0.01, lon(mexmur)),
                at("c", "Kirkūk town", lat(kirkuk) + 0.01, lon(kirkuk)));
        IncidentPainter.Frame f = paint(10, mexmur, records, List.of());
        List<String> names = f.names().stream().map(PlaceLabelPainter.Drawn::text).toList();
        assertTrue(names.contains("Makhmūr"), "the data's spelling: " + names);
        assertFalse(names.contains("Mexmur"), "not the basemap's as well: " + names);
        IncidentPainter.Frame k = paint(10, kirkuk, records, List.of());
        assertTrue(k.names().stream().anyMatch(n -> n.text().equals("Kirkuk")),
                "Kirkūk is the same spelling, accents aside: the basemap's stays");
    }

    @Test
    void aCentreNamedAfterThePlaceGivesItsSpellingToo() {
        MapLabel mexmur = planned(10, "Mexmur");
        Center jcc = new Center("c", "Joint Coordination Center, Makhmour", "joint coordination centre",
                lat(mexmur) + 0.02, lon(mexmur) + 0.02, GeoPrecision.TOWN, null, "Makhmour", null, List.of(), null);
        IncidentPainter.Frame f = paint(10, mexmur, List.of(), List.of(jcc));
        assertTrue(f.names().stream().anyMatch(n -> n.text().equals("Makhmour")), "" + f.names());
    }

    @Test
    void aCentreTagJustAboveTheCreditLineGoesAboveItsSymbolNotUnderTheCredit() {
        Viewport v = new Viewport(8, 0, 0, 1000, 700);
        ScreenBoxes taken = new ScreenBoxes();
        taken.add(null, 600, 650, 1000, 700); // the credit line, bottom right (Khanaqin's tag went under it)
        double[] box = CentrePainter.place(900, 640, 120, v, new HitIndex(), taken);
        assertNotNull(box, "the tag is drawn");
        assertFalse(taken.meets(box[0], box[1], box[0] + box[2], box[1] + box[3]), "not under the credit: " + box[1]);
        assertTrue(box[0] >= 0 && box[0] + box[2] <= 1000 && box[1] >= 0, "inside the view");
        // and at the left edge (MOPOC's long name): moved in, never cut
        double[] left = CentrePainter.place(20, 300, 330, v, new HitIndex(), new ScreenBoxes());
        assertTrue(left[0] >= 0, "not cut at the left edge: " + left[0]);
    }

    @Test
    void aStacksNameAtTheViewsEdgeIsMovedInsideIt() {
        StackNames names = new StackNames();
        ScreenBoxes taken = new ScreenBoxes();
        // a stack 6 px above the bottom edge (Ḥammām al ʻAlīl at Mosul zoom 11 had its name cut there)
        names.add("Ḥammām al ʻAlīl town", 500, 694, 12);
        names.add("Right edge town", 990, 300, 12);
        interact(() -> names.draw(new Canvas(1000, 700).getGraphicsContext2D(), new HitIndex(), taken));
        assertEquals(2, taken.all().size(), "both named");
        for (ScreenBoxes.Box b : taken.all()) {
            assertTrue(b.x0() >= 0 && b.y0() >= 0 && b.x1() <= 1000 && b.y1() <= 700, b.text() + " is cut: " + b);
        }
    }

    @Test
    void spellingsCompareByTheirConsonants() {
        assertEquals(RecordSpellings.skeleton("Makhmour"), RecordSpellings.skeleton("Mexmur"));
        assertEquals(RecordSpellings.skeleton("Makhmūr"), RecordSpellings.skeleton("Mexmur"));
        assertEquals(RecordSpellings.loose("Kirkūk"), RecordSpellings.loose("Kirkuk"));
        assertNotEquals(RecordSpellings.loose("Makhmour"), RecordSpellings.loose("Mexmur"));
        assertNotEquals(RecordSpellings.skeleton("Tarjil"), RecordSpellings.skeleton("Kirkuk"));
        assertNotNull(RecordSpellings.skeleton(""));
    }
}
