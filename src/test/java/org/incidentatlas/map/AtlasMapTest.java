package org.incidentatlas.map;

import static org.incidentatlas.map.MapTestSupport.assertColour;
import static org.incidentatlas.map.MapTestSupport.at;
import static org.incidentatlas.map.MapTestSupport.incident;
import static org.incidentatlas.map.MapTestSupport.pixel;
import static org.incidentatlas.map.MapTestSupport.settle;
import static org.incidentatlas.map.MapTestSupport.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.incidentatlas.map.basemap.BasemapStyle;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** The map alone in a window (headless), on the bundled dataset: pixels, selection, clusters and controls. */
class AtlasMapTest extends ApplicationTest {

    private final ObservableList<Incident> incidents = FXCollections.observableArrayList();
    private final ObservableList<Center> centers = FXCollections.observableArrayList();
    private final ObjectProperty<AtlasRecord> selection = new SimpleObjectProperty<>();
    private Dataset dataset;
    private AtlasMap map;

    @Override
    public void start(Stage stage) {
        dataset = MapTestSupport.bundled();
        incidents.setAll(dataset.incidents());
        centers.setAll(dataset.centers());
        map = new AtlasMap(incidents, centers, selection);
        stage.setScene(new Scene(map, 1000, 700));
        stage.show();
    }

    private Incident bundledIncident(String idPart) {
        return dataset.incidents().stream().filter(i -> i.id().contains(idPart)).findFirst().orElseThrow();
    }

    private static Color fx(java.awt.Color c) {
        return Color.rgb(c.getRed(), c.getGreen(), c.getBlue());
    }

    @Test
    void basemapShowsLandWaterAndRiversWhereTheyBelong() throws Exception {
        interact(() -> map.setView(34.3, 43.4, 8));
        settle(map);
        WritableImage image = snapshot(this, map);
        assertColour(fx(BasemapStyle.LAND_IRAQ), pixel(image, at(map, 35.2, 42.5)), "land west of the Tigris");
        assertColour(fx(BasemapStyle.SEA), pixel(image, at(map, 34.0, 43.3)), "Lake Tharthar");
        Point2D tigris = at(map, 34.95444, 43.53249);
        boolean blue = false;
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                Color c = pixel(image, tigris.add(dx, dy));
                blue |= c.getBlue() - c.getRed() > 0.15;
            }
        }
        assertTrue(blue, "the Tigris is drawn where it runs");
        interact(() -> map.setView(29.6, 49.3, 8));
        settle(map);
        assertColour(fx(BasemapStyle.SEA), pixel(snapshot(this, map), at(map, 29.6, 49.3)), "the Persian Gulf");
    }

    @Test
    void aMarkerIsDrawnWhereAnIncidentIs() throws Exception {
        Incident prde = bundledIncident("prde");
        interact(() -> map.setView(prde.lat(), prde.lon(), 12));
        settle(map);
        assertColour(TypePalette.colour(prde.type()), pixel(snapshot(this, map), at(map, prde.lat(), prde.lon())),
                "the attack's marker");
    }

    @Test
    void clickingAMarkerSelectsItAndASelectionFromElsewhereIsCentred() throws Exception {
        Incident prde = bundledIncident("prde");
        interact(() -> map.setView(prde.lat() + 0.01, prde.lon() - 0.01, 12));
        settle(map);
        Point2D p = at(map, prde.lat(), prde.lon());
        clickOn(map.localToScreen(p));
        assertSame(prde, selection.get());
        assertEquals(prde.lat() + 0.01, map.getVisibleBounds().centerLat(), 0.005, "a click does not move the map");

        Center far = centers.stream().filter(c -> c.lat() > prde.lat() + 0.5).findFirst().orElseThrow();
        interact(() -> selection.set(far));
        settle(map);
        assertEquals(far.lat(), map.getVisibleBounds().centerLat(), 0.01);
        assertEquals(far.lon(), map.getVisibleBounds().centerLon(), 0.01);
        assertEquals(12, map.getZoom());
    }

    @Test
    void manyPointsClusterWhenZoomedOutAndSplitWhenZoomedIn() throws Exception {
        List<Incident> many = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            many.add(incident("n" + i, "shelling", 33.00 + (i % 6) * 0.01, 42.00 + (i / 6) * 0.01, i % 3));
        }
        interact(() -> {
            incidents.setAll(many);
            map.setView(33.05, 42.05, 6);
        });
        settle(map);
        assertEquals(60, map.drawnPointCount());
        HitIndex.Item cluster = map.layer().frame().hits().at(at(map, 33.025, 42.045).getX(), at(map, 33.025, 42.045).getY());
        assertEquals(HitIndex.Kind.CLUSTER, cluster.kind());
        interact(() -> map.setView(33.00, 42.00, 14));
        settle(map);
        Point2D one = at(map, 33.00, 42.00);
        assertEquals(HitIndex.Kind.INCIDENT, map.layer().frame().hits().at(one.getX(), one.getY()).kind());
        assertTrue(map.drawnPointCount() < 60, "zoomed in, only the nearby incidents are in view");
        interact(() -> incidents.remove(10, 60));
        interact(() -> map.setView(33.05, 42.05, 6));
        settle(map);
        assertEquals(10, map.drawnPointCount(), "a list change is redrawn");
    }

    @Test
    void aFewIncidentsAtOnePlaceAreFannedOutNotHiddenInACluster() throws Exception {
        List<Incident> two = List.of(incident("a", "drone attack", 35.19, 44.89, 1), incident("b", "statement", 35.19, 44.89, 0));
        interact(() -> {
            incidents.setAll(two);
            map.setView(35.19, 44.89, 6);
        });
        settle(map);
        Point2D at = at(map, 35.19, 44.89);
        List<HitIndex.Item> near = new ArrayList<>();
        for (double dx = -20; dx <= 20; dx += 2) {
            for (double dy = -20; dy <= 20; dy += 2) {
                HitIndex.Item item = map.layer().frame().hits().at(at.getX() + dx, at.getY() + dy);
                if (item != null && item.kind() != HitIndex.Kind.CENTER && !near.contains(item)) {
                    near.add(item);
                }
            }
        }
        assertEquals(2, near.size(), "two markers around the place: " + near);
        assertTrue(near.stream().allMatch(i -> i.kind() == HitIndex.Kind.INCIDENT), "no grey cluster: " + near);
        assertTrue(Math.hypot(near.get(0).x() - near.get(1).x(), near.get(0).y() - near.get(1).y()) > 10,
                "apart, so both colours show");
    }

    /**
     * Two incidents that share a grid cell but stand apart are each drawn at their own point (a fan around the
     * cell's middle once put one of them 45 km from where it happened); those at one place are fanned out in the
     * order of their ids, whatever the order of the list (the table's sort).
     */
    @Test
    void aFewIncidentsInOneCellStayWhereTheyAreAndTheFanDoesNotFollowTheSort() throws Exception {
        interact(() -> map.setView(35.3, 44.6, 8));
        settle(map);
        Viewport v = map.viewport();
        double ax = v.screenX(44.6);
        double ay = v.screenY(35.3);
        // a point in the same cell of the world grid, at least 20 px away
        double cellX = Math.floor((ax + v.originX()) / IncidentPainter.CELL) * IncidentPainter.CELL - v.originX();
        double bx = ax - cellX < IncidentPainter.CELL / 2 ? cellX + IncidentPainter.CELL - 2 : cellX + 2;
        assertTrue(Math.abs(bx - ax) >= 20, "apart: " + Math.abs(bx - ax));
        Incident a = incident("a-clash", "clash", 35.3, 44.6, 2);
        Incident b = incident("b-attack", "attack", 35.3, v.lon(bx), 1);
        Incident c1 = incident("c1", "protest", 35.3, 44.6, 0);
        interact(() -> incidents.setAll(a, b));
        settle(map);
        HitIndex hits = map.layer().frame().hits();
        assertEquals("a-clash", idAt(hits, ax, ay), "drawn at its own point");
        assertEquals("b-attack", idAt(hits, bx, ay), "drawn at its own point");

        // three at one place: fanned out, each keeping its spot when the list is reordered
        Incident c2 = incident("c2", "arrest", 35.3, 44.6, 0);
        interact(() -> incidents.setAll(c1, c2, a));
        settle(map);
        java.util.Map<String, Point2D> before = drawnAt(map.layer().frame().hits());
        interact(() -> incidents.setAll(a, c2, c1));
        settle(map);
        java.util.Map<String, Point2D> after = drawnAt(map.layer().frame().hits());
        assertEquals(before, after, "the fan does not follow the list's order");
        assertEquals(3, after.size());
        for (Point2D p : after.values()) {
            double d = p.distance(ax, ay);
            assertTrue(d > 5 && d < IncidentPainter.FAN_RADIUS + 1, "around the place: " + d);
        }
    }

    private String idAt(HitIndex hits, double x, double y) {
        HitIndex.Item item = hits.at(x, y);
        assertTrue(item != null && item.kind() == HitIndex.Kind.INCIDENT, "a marker at " + x + "," + y + ": " + item);
        assertTrue(Math.hypot(item.x() - x, item.y() - y) < 1, "centred on its point: " + item);
        return map.layer().points().incidents[item.index()].id();
    }

    private java.util.Map<String, Point2D> drawnAt(HitIndex hits) {
        java.util.Map<String, Point2D> out = new java.util.HashMap<>();
        for (HitIndex.Item item : hits.items()) {
            if (item.kind() == HitIndex.Kind.INCIDENT) {
                out.put(map.layer().points().incidents[item.index()].id(), new Point2D(Math.round(item.x() * 10) / 10.0,
                        Math.round(item.y() * 10) / 10.0));
            }
        }
        return out;
    }

    /**
     * Gluon Maps keeps the tiles it was given, so a view visited again can be whole on screen after the
     * retriever's cache has let its tiles go; the map must still say its tiles are complete (the "map ready"
     * line and every wait for a drawn map rely on it).
     */
    @Test
    void aViewVisitedAgainAfterManyOthersIsStillComplete() throws Exception {
        interact(() -> map.setView(35.468, 44.392, 9));
        settle(map);
        int views = 0;
        // about 20 tiles a view at 1000x700: well past the retriever's cache of tiles
        for (double lat = 30.5; lat <= 37; lat += 1.3) {
            for (double lon = 39.5; lon <= 48; lon += 1.7) {
                double la = lat;
                double lo = lon;
                interact(() -> map.setView(la, lo, 10));
                settle(map);
                views++;
            }
        }
        assertTrue(views * 20 > BasemapTileRetriever.CACHE_TILES * 1.5, views + " views");
        interact(() -> map.setView(35.468, 44.392, 9));
        settle(map); // waits for tilesComplete(); fails after 20 s
    }

    @Test
    void zoomButtonsKeysAndZoomToAll() throws Exception {
        interact(() -> map.setView(35.468, 44.392, 8));
        settle(map);
        clickOn("#zoomIn");
        assertEquals(9, map.getZoom());
        clickOn("#zoomOut");
        clickOn("#zoomOut");
        assertEquals(7, map.getZoom());
        clickOn(map.localToScreen(40, 300)); // focus the map
        type(KeyCode.ADD);
        assertEquals(8, map.getZoom());
        type(KeyCode.SUBTRACT);
        assertEquals(7, map.getZoom());
        interact(() -> map.setView(30, 40, 11));
        clickOn("#zoomToAll");
        settle(map);
        for (Incident i : incidents) {
            assertTrue(map.getVisibleBounds().contains(i.lat(), i.lon()), i.id() + " is in view");
        }
        assertTrue(map.drawnPointCount() == incidents.size());
        assertTrue(map.scaleBar().text().endsWith("km"), map.scaleBar().text());
    }

    @Test
    void dragPansTheMap() throws Exception {
        interact(() -> map.setView(35.468, 44.392, 9));
        settle(map);
        double before = map.getVisibleBounds().centerLon();
        drag(map.localToScreen(500, 400)).dropTo(map.localToScreen(300, 400));
        settle(map);
        assertTrue(map.getVisibleBounds().centerLon() > before + 0.1, "dragging left moves the view east");
    }

    @Test
    void legendListsOnlyTheTypesPresentAndTheAttributionIsOnTheMap() {
        assertEquals(incidents.stream().map(Incident::type).distinct().sorted().toList(), map.legend().typesShown());
        interact(() -> incidents.removeIf(i -> !i.type().equals("attack")));
        assertEquals(List.of("attack"), map.legend().typesShown());
        Label attribution = lookup("#mapAttribution").queryAs(Label.class);
        assertTrue(attribution.isVisible() && attribution.getText().contains("Natural Earth"));
        assertTrue(map.getLayoutBounds().contains(map.sceneToLocal(
                attribution.localToScene(attribution.getLayoutBounds())).getMinX(), attribution.getBoundsInParent().getMinY()));
    }

    @Test
    void anIncidentReplacedInTheListIsDrawnWhereItNowIsAndTheLegendFollows() throws Exception {
        Incident old = incidents.get(0);
        interact(() -> map.setView(old.lat(), old.lon(), 9));
        settle(map);
        Incident moved = incident("moved", "Newly typed", old.lat() + 0.2, old.lon() + 0.2, 12);
        interact(() -> incidents.set(0, moved)); // what an edit does to the list: one row replaced
        settle(map);
        Point2D now = at(map, moved.lat(), moved.lon());
        assertEquals(List.of(moved), map.incidentsAt(now.getX(), now.getY()));
        Point2D was = at(map, old.lat(), old.lon());
        assertTrue(!map.incidentsAt(was.getX(), was.getY()).contains(old), "not drawn where it was");
        assertTrue(map.legend().typesShown().contains("Newly typed"), "the new type in the legend");
        interact(() -> incidents.set(0, old));
        settle(map);
        assertTrue(!map.legend().typesShown().contains("Newly typed"), "and out of it when undone");
        assertTrue(map.incidentsAt(now.getX(), now.getY()).isEmpty());
    }
}
