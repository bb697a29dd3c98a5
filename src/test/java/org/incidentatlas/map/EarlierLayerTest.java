package org.incidentatlas.map;

import static org.incidentatlas.map.MapTestSupport.at;
import static org.incidentatlas.map.MapTestSupport.incident;
import static org.incidentatlas.map.MapTestSupport.pixel;
import static org.incidentatlas.map.MapTestSupport.settle;
import static org.incidentatlas.map.MapTestSupport.snapshot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Incident;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;

/** A playback's earlier frames on the window's map: faded dots on their own canvas, under the markers, in the legend. */
class EarlierLayerTest extends ApplicationTest {

    private final ObservableList<Incident> incidents = FXCollections.observableArrayList();
    private final ObjectProperty<AtlasRecord> selection = new SimpleObjectProperty<>();
    private AtlasMap map;

    @Override
    public void start(Stage stage) {
        incidents.setAll(List.of(incident("now", "attack", 35.47, 44.39, 2)));
        ObservableList<Center> none = FXCollections.observableArrayList();
        map = new AtlasMap(incidents, none, selection);
        stage.setScene(new Scene(map, 900, 600));
        stage.show();
    }

    @Test
    void earlierIncidentsAreFadedDotsInTheirTypesColourAndNamedInTheLegend() throws Exception {
        interact(() -> map.setView(35.4, 44.3, 9));
        settle(map);
        WritableImage before = snapshot(this, map);
        Color ground = pixel(before, at(map, 35.3, 44.2));
        EarlierPoints earlier = EarlierPoints.of(List.of(incident("was", "attack", 35.3, 44.2, 1),
                incident("was-too", "attack", 35.3, 44.2, 1), incident("far", "meeting", 10, 10, 0)));
        interact(() -> map.earlierProperty().set(earlier));
        settle(map);
        Color faded = pixel(snapshot(this, map), at(map, 35.3, 44.2));
        Color attack = TypePalette.colour("attack");
        Color expected = ground.interpolate(attack, EarlierPainter.ALPHA);
        assertTrue(Math.abs(faded.getRed() - expected.getRed()) < 0.08 && Math.abs(faded.getGreen() - expected.getGreen()) < 0.08
                && Math.abs(faded.getBlue() - expected.getBlue()) < 0.08,
                "the ground (" + ground + ") shows through the attack red: " + faded + ", expected about " + expected);
        assertEquals(2, map.earlierInView(), "the two at one point are counted, drawn as one dot; the far one is out of view");
        assertEquals("Earlier frames, faded (3)", map.legend().earlierShown());
        assertEquals(1, map.drawnPointCount(), "the markers are the list's alone");

        interact(() -> map.earlierProperty().set(EarlierPoints.NONE));
        settle(map);
        Color after = pixel(snapshot(this, map), at(map, 35.3, 44.2));
        assertTrue(Math.abs(after.getRed() - ground.getRed()) < 0.02, "gone with the playback: " + after);
        assertEquals("", map.legend().earlierShown());
    }
}
