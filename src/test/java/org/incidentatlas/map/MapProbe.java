package org.incidentatlas.map;

import java.util.List;
import java.util.SplittableRandom;
import javafx.scene.canvas.Canvas;
import org.incidentatlas.map.geo.Mercator;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Incident;

/** The map's inner parts as the benchmark ({@code org.incidentatlas.bench.Benchmark}) needs them. */
public final class MapProbe {

    private MapProbe() {
    }

    /** The incident layer's last drawn frame: a new object after every redraw. */
    public static Object lastFrame(AtlasMap map) {
        return map.layer().frame();
    }

    /**
     * {@link MapBench}'s redraw measure: the incident layer painted on a 1280x520 canvas for views at zooms 5-13
     * around Kirkuk, as the map does after a pan or zoom. FX thread.
     *
     * @return the paint times in ms of the {@code timed} views after {@code warmUp} untimed ones
     */
    public static double[] paintTimes(List<Incident> incidents, List<Center> centers, int warmUp, int timed) {
        IncidentPoints points = IncidentPoints.of(incidents, centers);
        Canvas canvas = new Canvas(1280, 520);
        IncidentPainter painter = new IncidentPainter();
        SplittableRandom rnd = new SplittableRandom(3);
        double[] out = new double[timed];
        for (int n = 0; n < warmUp + timed; n++) {
            double zoom = 5 + n % 9;
            double lat = 35.468 + rnd.nextDouble(-1.5, 1.5);
            double lon = 44.392 + rnd.nextDouble(-1.5, 1.5);
            double s = Mercator.worldPixels(zoom);
            Viewport v = new Viewport(zoom, Mercator.x(lon) * s - 640, Mercator.y(lat) * s - 260, 1280, 520);
            long start = System.nanoTime();
            painter.paint(canvas.getGraphicsContext2D(), v, points, null);
            if (n >= warmUp) {
                out[n - warmUp] = (System.nanoTime() - start) / 1e6;
            }
        }
        return out;
    }
}
