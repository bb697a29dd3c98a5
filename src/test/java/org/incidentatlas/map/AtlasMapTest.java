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
}
