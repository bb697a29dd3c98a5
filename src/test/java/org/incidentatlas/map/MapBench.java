package org.incidentatlas.map;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.generate.DatasetGenerator;
import org.incidentatlas.map.basemap.BasemapData;
import org.incidentatlas.map.basemap.TileRenderer;
import org.incidentatlas.map.geo.Mercator;
import org.incidentatlas.model.Dataset;

/**
 * The map benchmark of docs/BENCHMARKS.md, headless:
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=org.incidentatlas.map.MapBench -Dexec.classpathScope=test}.
 * Times (1) redrawing the incident layer with 100,000 incidents for many pans and zooms, on the FX thread, as the
 * map does after each move, and (2) drawing basemap tiles at zooms 5, 8, 11 and 13 after a warm-up.
 */
public final class MapBench {

    /** Thread CPU time beside the wall clock: the machine is shared, and a busy neighbour inflates the latter. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private MapBench() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        Path dir = Files.createTempDirectory("mapbench");
        Path file = dir.resolve("bench.json");
        new DatasetGenerator().generate(100_000, 7, file);
        Dataset d = new DatasetReader().read(file).dataset();
        System.out.printf("incidents: %,d%n", d.incidents().size());
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get();
        // the window's painter draws the basemap's names over its marks: plan them for the zooms of the views
        TileRenderer names = new TileRenderer(BasemapData.load());
        for (int z = 5; z <= 13; z++) {
            names.labels(z);
        }
        CompletableFuture<String> redraw = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                redraw.complete(redraws(d, names));
            } catch (RuntimeException | Error e) {
                redraw.completeExceptionally(e); // said, rather than a bench waiting for ever
            }
        });
        System.out.print(redraw.get());
        System.out.print(tiles());
        Platform.exit();
        System.exit(0);
    }

    /** FX thread: one rebuild of the projected arrays, then redraws for 600 views (200 warm-up, 400 timed). */
    private static String redraws(Dataset d, TileRenderer names) {
        List<Double> rebuilds = new ArrayList<>();
        IncidentPoints points = null;
        for (int n = 0; n < 7; n++) {
            long t0 = System.nanoTime();
            points = IncidentPoints.of(d.incidents(), d.centers());
            rebuilds.add((System.nanoTime() - t0) / 1e6);
        }
        double rebuildFirst = rebuilds.get(0);
        double rebuildMs = pct(rebuilds.subList(2, 7), 50);
        List<Double> spellings = new ArrayList<>();
        List<Double> spellingsCpu = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            RecordSpellings.of(points);
            spellings.add((System.nanoTime() - t0) / 1e6);
            spellingsCpu.add((THREADS.getCurrentThreadCpuTime() - c0) / 1e6);
        }
        Canvas canvas = new Canvas(1280, 520);
        IncidentPainter painter = new IncidentPainter();
        painter.setLabels(names::labelsIfPlanned);
        // the same views without the names, interleaved, so a busy neighbour weighs on both alike
        IncidentPainter plain = new IncidentPainter();
        List<Double> plainTimes = new ArrayList<>();
        List<Double> plainCpu = new ArrayList<>();
        List<Integer> namesDrawn = new ArrayList<>();
        SplittableRandom rnd = new SplittableRandom(3);
        double[] zooms = {5, 6, 7, 8, 9, 10, 11, 12, 13};
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        long drawn = 0;
        for (int n = 0; n < 600; n++) {
            double zoom = zooms[n % zooms.length];
            double lat = 35.468 + rnd.nextDouble(-1.5, 1.5);
            double lon = 44.392 + rnd.nextDouble(-1.5, 1.5);
            double s = Mercator.worldPixels(zoom);
            Viewport v = new Viewport(zoom, Mercator.x(lon) * s - 640, Mercator.y(lat) * s - 260, 1280, 520);
            long plainCpu0 = THREADS.getCurrentThreadCpuTime();
            long plainStart = System.nanoTime();
            plain.paint(canvas.getGraphicsContext2D(), v, points, null);
            if (n >= 200) {
                plainTimes.add((System.nanoTime() - plainStart) / 1e6);
                plainCpu.add((THREADS.getCurrentThreadCpuTime() - plainCpu0) / 1e6);
            }
            long cpu0 = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            IncidentPainter.Frame f = painter.paint(canvas.getGraphicsContext2D(), v, points, null);
            if (n >= 200) {
                times.add((System.nanoTime() - start) / 1e6);
                cpu.add((THREADS.getCurrentThreadCpuTime() - cpu0) / 1e6);
                drawn += f.drawnIncidents();
                namesDrawn.add(f.names().size());
            }
        }
        return String.format("incident layer redraw with the basemap's names, 1280x520, 100k incidents, 400 views at "
                + "zooms 5-13: median %.2f ms, p95 %.2f ms, max %.2f ms (thread CPU median %.2f ms; mean %,d incidents "
                + "and %.0f names in view)%n"
                + "the same views without the names, interleaved: median %.2f ms, p95 %.2f ms (thread CPU median %.2f ms)%n"
                + "new list (project 100k incidents): first %.1f ms, then median %.1f ms; the records' spellings "
                + "by place (first redraw after a new list): median %.1f ms (thread CPU %.1f ms)%n",
                pct(times, 50), pct(times, 95), pct(times, 100), pct(cpu, 50), drawn / times.size(),
                namesDrawn.stream().mapToInt(Integer::intValue).average().orElse(0), pct(plainTimes, 50),
                pct(plainTimes, 95), pct(plainCpu, 50), rebuildFirst, rebuildMs,
                pct(spellings, 50), pct(spellingsCpu, 50));
    }

    /**
     * Background thread, as in the app: 20 tiles at each zoom around Kirkuk (the detailed Iraq layer) and around
     * Maiduguri, Nigeria (the world layer), drawn twice, the second time timed; the first pass at a zoom also
     * places that zoom's names for the whole world, which is timed on its own.
     */
    private static String tiles() {
        long t0 = System.nanoTime();
        TileRenderer renderer = new TileRenderer(BasemapData.load());
        double loadMs = (System.nanoTime() - t0) / 1e6;
        StringBuilder out = new StringBuilder(String.format("basemap data load: %.0f ms%n", loadMs));
        List<Double> all = new ArrayList<>();
        List<Double> convert = new ArrayList<>();
        List<Double> allCpu = new ArrayList<>();
        double[][] places = {{35.468, 44.392}, {11.846, 13.160}};
        String[] names = {"Kirkuk", "Maiduguri"};
        for (int zoom : new int[] {5, 8, 11, 13}) {
            long p0 = System.nanoTime();
            renderer.render(zoom, 0, 0);
            out.append(String.format("names placed for zoom %d (once per zoom): %.0f ms%n", zoom, (System.nanoTime() - p0) / 1e6));
            for (int at = 0; at < places.length; at++) {
                List<Double> times = new ArrayList<>();
                List<Double> cpu = new ArrayList<>();
                double s = Mercator.worldPixels(zoom) / Mercator.TILE_SIZE;
                long cx = (long) (Mercator.x(places[at][1]) * s);
                long cy = (long) (Mercator.y(places[at][0]) * s);
                for (int pass = 0; pass < 2; pass++) {
                    for (long i = cx - 2; i <= cx + 2; i++) {
                        for (long j = cy - 2; j <= cy + 1; j++) {
                            long cpu0 = THREADS.getCurrentThreadCpuTime();
                            long start = System.nanoTime();
                            var image = renderer.render(zoom, i, j);
                            long drawnAt = System.nanoTime();
                            long cpu1 = THREADS.getCurrentThreadCpuTime();
                            SwingFXUtils.toFXImage(image, null);
                            if (pass == 1) {
                                times.add((drawnAt - start) / 1e6);
                                cpu.add((cpu1 - cpu0) / 1e6);
                                convert.add((System.nanoTime() - drawnAt) / 1e6);
                            }
                        }
                    }
                }
                all.addAll(times);
                allCpu.addAll(cpu);
                out.append(String.format("tile render zoom %d around %s: median %.2f ms, p95 %.2f ms (thread CPU median %.2f ms)%n",
                        zoom, names[at], pct(times, 50), pct(times, 95), pct(cpu, 50)));
            }
        }
        out.append(String.format("tile render, all %d: median %.2f ms, p95 %.2f ms (thread CPU median %.2f ms); "
                + "to JavaFX Image: median %.2f ms%n", all.size(), pct(all, 50), pct(all, 95), pct(allCpu, 50),
                pct(convert, 50)));
        out.append(String.format("load average at the end: %.2f%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return out.toString();
    }

    private static double pct(List<Double> values, int p) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v[Math.min(v.length - 1, (int) Math.ceil(p / 100.0 * v.length) - 1)];
    }
}
