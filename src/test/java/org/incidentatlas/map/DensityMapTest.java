package org.incidentatlas.map;

import static org.incidentatlas.map.MapTestSupport.at;
import static org.incidentatlas.map.MapTestSupport.incident;
import static org.incidentatlas.map.MapTestSupport.pixel;
import static org.incidentatlas.map.MapTestSupport.settle;
import static org.incidentatlas.map.MapTestSupport.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.incidentatlas.map.density.DensityScale;
import org.incidentatlas.map.density.DensityStyle;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

/** The map's density views in a window (headless): drawn in place of the markers, keyed, following the list. */
class DensityMapTest extends ApplicationTest {

    private final ObservableList<Incident> incidents = FXCollections.observableArrayList();
    private final ObjectProperty<AtlasRecord> selection = new SimpleObjectProperty<>();
    private AtlasMap map;

    @Override
    public void start(Stage stage) {
        List<Incident> many = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            many.add(incident("k" + i, "shelling", 35.47, 44.39, i % 4)); // one point: one hexagon
        }
        many.add(incident("far", "shelling", 35.2, 44.0, 1));
        incidents.setAll(many);
        ObservableList<Center> none = FXCollections.observableArrayList();
        map = new AtlasMap(incidents, none, selection);
        stage.setScene(new Scene(map, 900, 600));
        stage.show();
    }

    private DensityScale.Key keyShown() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> map.legend().densityKey() != null
                && !map.legend().densityKey().steps().get(0).label().startsWith("none"));
        settle(map);
        return map.legend().densityKey();
    }

    @Test
    void hexagonsStandInForTheMarkersWithTheirClassesInTheLegend() throws Exception {
        interact(() -> map.setView(35.4, 44.3, 9));
        settle(map);
        assertEquals(41, map.drawnPointCount());
        interact(() -> map.densityProperty().set(DensityStyle.of(DensityStyle.Kind.HEX)));
        DensityScale.Key key = keyShown();
        assertEquals("Incidents per hexagon", key.title());
        assertEquals("21\u201350", key.steps().get(key.steps().size() - 1).label(), "40 at one point is the top class");
        assertEquals(0, map.drawnPointCount(), "no markers under a density view");
        Color c = pixel(snapshot(this, map), at(map, 35.47, 44.39).add(6, 6));
        Color top = DensityPainter.colour(DensityScale.classColour(key.steps().size() - 1, key.steps().size()));
        assertTrue(Math.abs(c.getRed() - top.getRed()) < 0.12 && Math.abs(c.getGreen() - top.getGreen()) < 0.12,
                "the hexagon of 40 in the top class's colour: " + c);

        Point2D p = at(map, 35.47, 44.39);
        assertEquals("40 incidents in this hexagon", map.densityAt(p.getX(), p.getY()));

        interact(() -> incidents.remove(10, 40)); // a filter change: the density follows the list
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> map.legend().densityKey().steps().get(map.legend().densityKey().steps().size() - 1).label().equals("6\u201310"));

        interact(() -> map.densityProperty().set(null));
        settle(map);
        assertNull(map.legend().densityKey());
        assertEquals(11, map.drawnPointCount(), "the markers are back");
    }

    @Test
    void theHeatmapIsWarmestWhereTheIncidentsAre() throws Exception {
        interact(() -> {
            map.setView(35.4, 44.3, 9);
            map.densityProperty().set(DensityStyle.of(DensityStyle.Kind.HEAT).withRadiusKm(5));
        });
        DensityScale.Key key = keyShown();
        assertTrue(key.title().startsWith("Incidents per 100 km\u00b2 (5 km radius)"), key.title());
        WritableImage image = snapshot(this, map);
        Color hot = pixel(image, at(map, 35.47, 44.39));
        Color cold = pixel(image, at(map, 35.47, 44.0));
        assertTrue(hot.getGreen() < cold.getGreen() - 0.3, "red-hot at the forty (" + hot + "), untouched 35 km west (" + cold + ")");
        assertNotNull(key.steps().get(key.steps().size() - 1).label());
    }

    @Test
    void theDistrictsAreCountedAndHoverSaysTheFigure() throws Exception {
        interact(() -> {
            map.setView(35.4, 44.3, 9);
            map.densityProperty().set(DensityStyle.of(DensityStyle.Kind.DISTRICTS));
        });
        DensityScale.Key key = keyShown();
        assertEquals("Incidents per district", key.title());
        Point2D city = at(map, 35.47, 44.39);
        assertEquals("Kirkuk (district)\n40 incidents", map.densityAt(city.getX(), city.getY()));
        Point2D far = at(map, 35.2, 44.0);
        assertTrue(map.densityAt(far.getX(), far.getY()).endsWith("\n1 incident"), map.densityAt(far.getX(), far.getY()));
    }
}
