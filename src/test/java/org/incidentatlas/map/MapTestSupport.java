package org.incidentatlas.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.incidentatlas.TestFiles;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Shared by the map's window tests: the bundled dataset, made-up incidents, waiting, and reading pixels. */
public final class MapTestSupport {

    private MapTestSupport() {
    }

    public static Dataset bundled() {
        return new DatasetReader().read(TestFiles.bundledDataset()).dataset();
    }

    static Incident incident(String id, String type, double lat, double lon, Integer killed) {
        return new Incident(id, "Incident " + id, type, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1),
                DatePrecision.DAY, "Somewhere", "Kirkuk", lat, lon, GeoPrecision.TOWN, null, List.of(),
                killed == null ? null : Casualties.exactly(killed), null, "", List.of(), List.of(), null);
    }

    /** Waits until every visible tile is drawn and a pulse has put everything on screen. */
    static void settle(AtlasMap map) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, map::tilesComplete);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static WritableImage snapshot(FxRobot robot, AtlasMap map) {
        WritableImage[] out = new WritableImage[1];
        robot.interact(() -> out[0] = map.snapshot(null, null));
        return out[0];
    }

    /** Where (lat, lon) is on the map, in the map's own coordinates. */
    static Point2D at(AtlasMap map, double lat, double lon) {
        Viewport v = map.viewport();
        return new Point2D(v.screenX(lon), v.screenY(lat));
    }

    static Color pixel(WritableImage image, Point2D p) {
        return image.getPixelReader().getColor((int) p.getX(), (int) p.getY());
    }

    public static void assertColour(Color expected, Color actual, String what) {
        double d = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(d < 0.06, what + ": expected " + expected + ", was " + actual);
    }
}
