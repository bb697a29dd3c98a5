package org.incidentatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.incidentatlas.generate.DatasetGenerator;
import org.incidentatlas.map.basemap.AdminAreas;
import org.incidentatlas.map.density.AreaCounts;
import org.incidentatlas.map.density.DensityStyle;
import org.incidentatlas.map.density.HeatGrid;
import org.incidentatlas.map.density.HexBins;
import org.incidentatlas.map.density.PointCache;
import org.incidentatlas.map.density.ViewBox;
import org.incidentatlas.map.density.WeightedPoints;
import org.incidentatlas.map.geo.Mercator;
import org.incidentatlas.model.Incident;

/**
 * The density views' background work at 100,000 and 1,000,000 incidents, as the map does it: switching a view on
 * (or a filter change, which hands over a new list) = weighting and projecting the list, then the heat surface of
 * a 1600 x 1000 view or the hexagons of its zoom; a pan = the heat surface again (the hexagons are kept); a zoom =
 * hexagons again. 100,000 incidents come from the generator; 1,000,000 are ten copies of them each moved by up
 * to 0.05 degrees (the generator writes an article per 20 incidents, too many files for a quick run).
 *
 * <p>{@code -Dexec.args=--choropleth-only} measures the choropleth alone. Run: {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=org.incidentatlas.bench.DensityBench
 * -Dexec.classpathScope=test}
 */
public final class DensityBench {

    private static final int WARM = 3;
    private static final int REPS = 9;

    private DensityBench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("density-bench");
        List<Incident> base = new DatasetGenerator().generate(100_000, 15, dir.resolve("g.json")).incidents();
        System.out.printf(Locale.ROOT, "machine: %d cores, %.0f GiB, load %s, %s%n", Machine.cores(), Machine.ramGiB(),
                Machine.loadAverage(), Machine.javaVersion());
        for (int n : new int[] {100_000, 1_000_000}) {
            List<Incident> list = n == base.size() ? base : copies(base, n / base.size());
            for (AdminAreas.Level level : AdminAreas.Level.values()) {
                AdminAreas areas = AdminAreas.bundled(level);
                List<Incident> half = list.subList(0, list.size() / 2);
                report(n, 0, "choropleth per " + level.noun() + ", first build (point-in-polygon for each)",
                        once(() -> counts(new PointCache(), list, areas)));
                PointCache warm = new PointCache();
                counts(warm, list, areas);
                report(n, 0, "choropleth per " + level.noun() + ", refresh after a filter change to half", time(() -> counts(warm, half, areas)));
            }
            for (int zoom : args.length > 0 && args[0].equals("--choropleth-only") ? new int[0] : new int[] {6, 9, 12}) {
                ViewBox view = view(35.9, 43.6, zoom, 1600, 1000);
                DensityStyle heat = DensityStyle.of(DensityStyle.Kind.HEAT);
                DensityStyle hex = DensityStyle.of(DensityStyle.Kind.HEX);
                WeightedPoints points = WeightedPoints.of(list, DensityStyle.Weight.COUNT);
                PointCache cache = new PointCache();
                List<Incident> half = list.subList(0, list.size() / 2); // a filter change: a new list of the same incidents
                if (zoom == 6) {
                    report(n, zoom, "heat, first time after opening", once(() -> HeatGrid.compute(new PointCache().points(list, heat.weight()), view, heat.radiusKm())));
                }
                cache.points(list, heat.weight());
                report(n, zoom, "heat on / after a filter change", time(() -> HeatGrid.compute(cache.points(list, heat.weight()), view, heat.radiusKm())));
                report(n, zoom, "heat after a filter change to half", time(() -> HeatGrid.compute(cache.points(half, heat.weight()), view, heat.radiusKm())));
                report(n, zoom, "heat after a pan", time(() -> HeatGrid.compute(points, view, heat.radiusKm())));
                report(n, zoom, "hexagons on / after a filter change", time(() -> HexBins.of(cache.points(list, hex.weight()), zoom, hex.hexPixels())));
                report(n, zoom, "hexagons after a zoom", time(() -> HexBins.of(points, zoom, hex.hexPixels())));
            }
        }
    }

    private static AreaCounts counts(PointCache cache, List<Incident> list, AdminAreas areas) {
        return AreaCounts.of(areas, cache.areas(list, areas), cache.weights(list, DensityStyle.Weight.COUNT));
    }

    private static List<Incident> copies(List<Incident> base, int times) {
        SplittableRandom r = new SplittableRandom(7);
        List<Incident> out = new ArrayList<>(base.size() * times);
        for (int k = 0; k < times; k++) {
            for (Incident i : base) {
                out.add(k == 0 ? i : new Incident(i.id() + "-" + k, i.title(), i.type(), i.dateStart(), i.dateEnd(),
                        i.datePrecision(), i.place(), i.province(), i.lat() + r.nextDouble(-0.05, 0.05),
                        i.lon() + r.nextDouble(-0.05, 0.05), i.geoPrecision(), i.uncertaintyKm(), i.actors(), i.killed(),
                        i.injured(), i.summary(), i.quotes(), i.tags(), i.notes()));
            }
        }
        return out;
    }

    static ViewBox view(double lat, double lon, double zoom, double w, double h) {
        double s = Mercator.worldPixels(zoom);
        return new ViewBox(zoom, Math.floor(Mercator.x(lon) * s - w / 2), Math.floor(Mercator.y(lat) * s - h / 2), w, h);
    }

    private static Samples once(Runnable work) {
        Samples s = new Samples();
        long t0 = System.nanoTime();
        work.run();
        s.add((System.nanoTime() - t0) / 1e6);
        return s;
    }

    private static Samples time(Runnable work) {
        Samples s = new Samples();
        for (int i = 0; i < WARM + REPS; i++) {
            long t0 = System.nanoTime();
            work.run();
            double ms = (System.nanoTime() - t0) / 1e6;
            if (i >= WARM) {
                s.add(ms);
            }
        }
        return s;
    }

    private static void report(int n, int zoom, String what, Samples s) {
        System.out.printf(Locale.ROOT, "| %,d | %d | %s | %s |%n", n, zoom, what, s.cell(true));
    }
}
