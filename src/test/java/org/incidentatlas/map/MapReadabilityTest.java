package org.incidentatlas.map;

import static org.incidentatlas.map.MapTestSupport.at;
import static org.incidentatlas.map.MapTestSupport.settle;
import static org.incidentatlas.map.MapTestSupport.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.map.geo.Mercator;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13: the map at a town's scale with UCDP-like data, where hundreds of events are coded to a few
 * centroids with district- and province-wide uncertainty: no opaque wash, one counted marker per point with a
 * list, and centre names that hide no marker and stay inside the view.
 */
class MapReadabilityTest extends ApplicationTest {

    private static final double LAT = 35.47;
    private static final double LON = 44.39;

    private final ObservableList<Incident> incidents = FXCollections.observableArrayList();
    private final ObservableList<Center> centers = FXCollections.observableArrayList();
    private final ObjectProperty<AtlasRecord> selection = new SimpleObjectProperty<>();
    private AtlasMap map;

    @Override
    public void start(Stage stage) {
        map = new AtlasMap(incidents, centers, selection);
        stage.setScene(new Scene(map, 1000, 700));
        stage.show();
    }

    private static Incident coarse(String id, String type, double lat, double lon, GeoPrecision precision, double km) {
        return new Incident(id, "Event " + id, type, LocalDate.of(2015, 1, 1).plusDays(id.hashCode() & 255),
                LocalDate.of(2015, 1, 1).plusDays(id.hashCode() & 255), DatePrecision.DAY, "Kirkuk", "Kirkuk", lat,
                lon, precision, km, List.of(), Casualties.exactly(2), null, "", List.of(), List.of(), null);
    }

    /** 600 events on one province centroid (50 km) and 40 on district centroids (15 km) around the city. */
    private static List<Incident> ucdpLike() {
        List<Incident> all = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            all.add(coarse(String.format("p%03d", i), i % 2 == 0 ? "armed clash" : "attack", LAT, LON,
                    GeoPrecision.PROVINCE, 50));
        }
        for (int i = 0; i < 40; i++) {
            double a = i * 2 * Math.PI / 8;
            all.add(coarse("d" + i, "shelling", LAT + 0.03 * Math.sin(a) * (1 + i / 8), LON + 0.04 * Math.cos(a) * (1 + i / 8),
                    GeoPrecision.DISTRICT, 15));
        }
        return all;
    }

    @Test
    void ringsAtACitysScaleNeverStackIntoAWash() throws Exception {
        interact(() -> map.setView(LAT, LON, 12));
        settle(map);
        WritableImage empty = snapshot(this, map);
        interact(() -> incidents.setAll(ucdpLike()));
        settle(map);
        WritableImage drawn = snapshot(this, map);
        List<HitIndex.Item> marks = map.layer().frame().hits().items();
        Bounds legend = map.legend().localToScene(map.legend().getLayoutBounds());
        int sampled = 0;
        int changed = 0;
        double sum = 0;
        for (int x = 5; x < 1000; x += 7) {
            for (int y = 5; y < 700; y += 7) {
                if (nearAMark(marks, x, y) || nearTheEdge(x, y) || legend.contains(x, y)) {
                    continue;
                }
                sampled++;
                double d = distance(empty.getPixelReader().getColor(x, y), drawn.getPixelReader().getColor(x, y));
                sum += d;
                changed += d > 0.3 ? 1 : 0;
            }
        }
        assertTrue(sampled > 5000, "enough of the map away from markers: " + sampled);
        // one faint tint where rings overlap and dashed outlines: the basemap under them stays as it was
        assertTrue(changed < sampled / 8, "only ring outlines change a pixel much: " + changed + " of " + sampled);
        assertTrue(sum / sampled < 0.12, "no wash over the view: mean change " + sum / sampled);
    }

    private static boolean nearAMark(List<HitIndex.Item> marks, double x, double y) {
        return marks.stream().anyMatch(m -> Math.hypot(m.x() - x, m.y() - y) < m.radius() + 16);
    }

    private static boolean nearTheEdge(int x, int y) {
        return x < 60 || y > 640; // zoom buttons, scale bar, attribution
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    @Test
    void incidentsAtOneExactPointAreOneCountedMarkerThatListsThem() throws Exception {
        interact(() -> {
            incidents.setAll(ucdpLike());
            map.setView(LAT, LON, 12);
        });
        settle(map);
        Point2D p = at(map, LAT, LON);
        HitIndex.Item stack = map.layer().frame().hits().at(p.getX(), p.getY());
        assertNotNull(stack);
        assertEquals(HitIndex.Kind.STACK, stack.kind());
        assertEquals(600, stack.count());
        long stacksAtPoint = map.layer().frame().hits().items().stream()
                .filter(i -> i.kind() != HitIndex.Kind.CENTER && Math.hypot(i.x() - p.getX(), i.y() - p.getY()) < 1).count();
        assertEquals(1, stacksAtPoint, "one marker, not 600 on top of each other");
        List<Incident> listed = map.incidentsAt(p.getX(), p.getY());
        assertEquals(600, listed.size());
        assertEquals("p000", listed.get(0).id());
        assertEquals("p599", listed.get(599).id());

        clickOn(map.localToScreen(p));
        StackList list = map.stackList();
        assertTrue(list.isVisible(), "a click lists them");
        assertEquals(listed, list.items());
        interact(() -> list.listView().getSelectionModel().select(5));
        assertSame(listed.get(5), selection.get(), "picking one selects it");
        assertEquals(LAT, map.getVisibleBounds().centerLat(), 0.01, "the map stays where it is");

        // a lone incident is still its own marker
        Incident lone = incidents.stream().filter(i -> i.id().equals("d0")).findFirst().orElseThrow();
        Point2D q = at(map, lone.lat(), lone.lon());
        assertEquals(List.of(lone), map.incidentsAt(q.getX(), q.getY()));
    }

    /** The map at town zoom over the test data, settled: the view the centre-tag cases place their tags in. */
    private Viewport viewAtZoom12() throws Exception {
        interact(() -> map.setView(LAT, LON, 12));
        settle(map);
        return map.viewport();
    }

    @Test
    void aCentreNameGivesWayToAMarkerAndStaysInsideTheView() throws Exception {
        Viewport v = viewAtZoom12();
        double cx = 500;
        double cy = 300;
        HitIndex hits = new HitIndex();
        // a marker right where the tag would go, below the diamond
        hits.add(new HitIndex.Item(HitIndex.Kind.INCIDENT, cx, cy + 18, 6.5, 0, 1));
        double[] box = CentrePainter.place(cx, cy, 80, v, hits, new ScreenBoxes());
        assertFalse(hits.overlaps(box[0], box[1], box[0] + box[2], box[1] + box[3]), "the tag hides no marker");
        assertTrue(box[1] + box[3] < cy, "moved above the symbol: " + box[1]);

        double[] edge = CentrePainter.place(3, v.height() - 2, 120, v, new HitIndex(), new ScreenBoxes());
        assertTrue(edge[0] >= 0 && edge[0] + edge[2] <= v.width(), "not cut at the left edge: " + edge[0]);
        assertTrue(edge[1] >= 0 && edge[1] + edge[3] <= v.height(), "not cut at the bottom: " + edge[1]);
    }

    @Test
    void aCentreOnAStackPutsItsTagARingOutClearOfTheStackAndItsBadge() throws Exception {
        Viewport v = viewAtZoom12();
        double cx = 500;
        double cy = 300;
        HitIndex hits = new HitIndex();
        // 146 events at the centre's own point (UCDP's Kirkuk town): a stack whose disc holds every spot beside
        // the diamond, and its count badge just outside the disc, at its upper right
        hits.add(new HitIndex.Item(HitIndex.Kind.STACK, cx, cy, 16, 0, 146));
        double[] box = CentrePainter.place(cx, cy, 160, v, hits, new ScreenBoxes());
        assertFalse(hits.overlaps(box[0] - 6, box[1] - 6, box[0] + box[2] + 6, box[1] + box[3] + 6),
                "the tag hides neither the stack nor its badge: " + java.util.Arrays.toString(box));
        assertEquals(1, box[4], "it stands off its symbol, so it gets a leader line");

        // nowhere clear within reach: the spot that hides the fewest marks
        HitIndex crowd = new HitIndex();
        for (int dx = -260; dx <= 260; dx += 20) {
            for (int dy = -140; dy <= 140; dy += 20) {
                if (!(dx == 0 && dy == 40)) {
                    crowd.add(new HitIndex.Item(HitIndex.Kind.INCIDENT, cx + dx, cy + dy, 6, 0, 1));
                }
            }
        }
        double[] least = CentrePainter.place(cx, cy, 40, v, crowd, new ScreenBoxes());
        double[] below = {cx - 20, cy + MarkerPen.CENTER_SIZE + 3, 40, 16};
        assertTrue(crowd.coveredCount(least[0] - 6, least[1] - 6, least[0] + 46, least[1] + 22)
                <= crowd.coveredCount(below[0] - 6, below[1] - 6, below[0] + 46, below[1] + 22),
                "no worse than the spot below: " + java.util.Arrays.toString(least));
    }

    @Test
    void inTheWindowACentreTagAvoidsTheIncidentBelowIt() throws Exception {
        Center centre = new Center("c1", "Kirkuk JCC", "joint coordination centre", LAT, LON, GeoPrecision.TOWN, null,
                "Kirkuk", null, List.of(), null);
        interact(() -> map.setView(LAT, LON, 13));
        settle(map);
        Viewport v = map.viewport();
        // an incident 18 px below the centre, where its tag used to go
        Incident below = new Incident("x", "Below", "attack", LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1),
                DatePrecision.DAY, "Kirkuk", "Kirkuk", v.lat(v.screenY(LAT) + 18), LON, GeoPrecision.TOWN, null, List.of(),
                Casualties.exactly(3), null, "", List.of(), List.of(), null);
        interact(() -> {
            centers.setAll(centre);
            incidents.setAll(below);
        });
        settle(map);
        Point2D m = at(map, below.lat(), below.lon());
        WritableImage image = snapshot(this, map);
        Color colour = image.getPixelReader().getColor((int) m.getX(), (int) m.getY());
        MapTestSupport.assertColour(TypePalette.colour("attack"), colour, "the marker shows, not a white tag over it");
    }

    @Test
    void zoomToAllKeepsTheDataOutFromUnderTheLegend() throws Exception {
        List<Incident> spread = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            spread.add(coarse("s" + i, "attack", 34 + (i % 5) * 0.4, 42 + i * 0.15, GeoPrecision.TOWN, 1));
        }
        interact(() -> incidents.setAll(spread));
        clickOn("#zoomToAll");
        settle(map);
        Bounds legend = map.sceneToLocal(map.legend().localToScene(map.legend().getLayoutBounds()));
        for (Incident i : spread) {
            Point2D p = at(map, i.lat(), i.lon());
            assertTrue(p.getX() > 0 && p.getX() < legend.getMinX(), i.id() + " left of the legend: " + p + " " + legend);
        }

        interact(() -> map.legendCornerProperty().set(Pos.BOTTOM_LEFT));
        clickOn("#zoomToAll");
        settle(map);
        Bounds moved = map.sceneToLocal(map.legend().localToScene(map.legend().getLayoutBounds()));
        assertTrue(moved.getMinX() < 20 && moved.getMaxY() > 500, "bottom left: " + moved);
        for (Incident i : spread) {
            assertTrue(at(map, i.lat(), i.lon()).getX() > moved.getMaxX(), i.id() + " right of the legend");
        }
        double open = map.legend().getHeight();
        interact(() -> map.legendCollapsedProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(map.legend().getHeight() < open / 3, "folded: " + map.legend().getHeight() + " of " + open);
    }

    @Test
    void theWithinCircleIsDrawnAndTheMapMovesToIt() throws Exception {
        interact(() -> {
            map.setView(30, 40, 6);
            map.nearProperty().set(new IncidentFilter.Near("c1", "Kirkuk JCC", LAT, LON, 25));
            map.showNear();
        });
        settle(map);
        assertEquals(LAT, map.getVisibleBounds().centerLat(), 0.3, "the map moved to the circle");
        Viewport v = map.viewport();
        double r = 25_000 / Mercator.metresPerPixel(LAT, v.zoom());
        assertTrue(2 * r < v.height() && 2 * r > v.height() / 4, "the circle fills the view, whole: r=" + r);
        WritableImage image = snapshot(this, map);
        Point2D c = at(map, LAT, LON);
        boolean dark = false;
        for (int d = -3; d <= 3; d++) {
            Color px = image.getPixelReader().getColor((int) (c.getX() - r) + d, (int) c.getY());
            dark |= px.getBrightness() < 0.4;
        }
        assertTrue(dark, "the circle's line at its west point");
        interact(() -> map.nearProperty().set(null));
    }
}
