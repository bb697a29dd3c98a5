package org.incidentatlas.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.incidentatlas.briefing.Briefing;
import org.incidentatlas.briefing.BriefingComposer;
import org.incidentatlas.briefing.BriefingRequest;
import org.incidentatlas.briefing.PageSize;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.map.AtlasMap;
import org.incidentatlas.map.MapProbe;
import org.incidentatlas.model.Incident;
import org.incidentatlas.ui.BenchViews;
import org.incidentatlas.ui.MainView;
import org.incidentatlas.app.Workbench;

/**
 * The measures in the window, headless: filtering, the table and map refreshing after it, the map after a pan or
 * zoom, and the map as a picture. Each scene gets a workbench of its own, so no other view listens to its lists.
 */
final class WindowBench {

    /** The analyst's filters, applied one after the other, round after round. */
    static final Map<String, IncidentFilter> FILTERS = new LinkedHashMap<>();

    static {
        FILTERS.put("types attack + armed clash", IncidentFilter.NONE.withTypes(Set.of("attack", "armed clash")));
        FILTERS.put("province Kirkuk", IncidentFilter.NONE.withProvinces(Set.of("Kirkuk")));
        FILTERS.put("text \"kirkuk\"", IncidentFilter.NONE.withText("kirkuk"));
        FILTERS.put("dates 2018-2019", IncidentFilter.NONE.withDates(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 12, 31)));
        FILTERS.put("at least 3 killed", IncidentFilter.NONE.withMinKilled(3));
        FILTERS.put("clear", IncidentFilter.NONE);
    }

    private final Report report;
    private final Reps reps;
    private final int size;
    private final LoadBench.Loaded loaded;

    WindowBench(Report report, Reps reps, int size, LoadBench.Loaded loaded) {
        this.report = report;
        this.reps = reps;
        this.size = size;
        this.loaded = loaded;
    }

    /** A workbench with nothing shown yet: views are built first, then the dataset is shown, as in the app. */
    private static Workbench workbench() {
        return BenchViews.workbench();
    }

    private void show(Workbench w) {
        w.show(loaded.dataset(), loaded.index());
    }

    /** The filter alone: from setting the workbench's filter to its filtered and sorted lists updated. */
    void filterOnly() throws Exception {
        Workbench w = Fx.call(WindowBench::workbench);
        Fx.run(() -> show(w));
        Samples all = new Samples();
        Map<String, Samples> each = perFilter();
        Map<String, Integer> kept = new LinkedHashMap<>();
        for (int round = 0; round < reps.fxWarmRounds() + reps.fxRounds(); round++) {
            for (Map.Entry<String, IncidentFilter> f : FILTERS.entrySet()) {
                double ms = Fx.call(() -> {
                    long t = System.nanoTime();
                    w.setFilter(f.getValue());
                    w.incidents().size();
                    return (System.nanoTime() - t) / 1e6;
                });
                if (round >= reps.fxWarmRounds()) {
                    all.add(ms);
                    each.get(f.getKey()).add(ms);
                }
                kept.put(f.getKey(), Fx.call(() -> w.incidents().size()));
            }
        }
        report.say("filter only (Workbench lists): " + all);
        each.forEach((k, s) -> report.say(String.format(Locale.ROOT, "    %-28s keeps %,9d: %s", k, kept.get(k), s)));
        report.put("filter", size, all.cell(true));
    }

    /** The app's incident table alone in a 1280x800 window. */
    void table() throws Exception {
        Workbench w = Fx.call(WindowBench::workbench);
        Object[] built = Fx.call(() -> {
            TableView<Incident> table = BenchViews.incidentTable(w);
            Stage stage = stage(new BorderPane(table), 1280, 800);
            show(w);
            table.requestFocus();
            return new Object[] {stage, table, new PulseProbe(stage.getScene())};
        });
        Stage stage = (Stage) built[0];
        @SuppressWarnings("unchecked")
        TableView<Incident> table = (TableView<Incident>) built[1];
        PulseProbe probe = (PulseProbe) built[2];
        Fx.settle();
        Samples refresh = new Samples();
        Samples toLayout = new Samples();
        Samples toFrame = new Samples();
        int unseen = 0;
        for (int round = 0; round < reps.fxWarmRounds() + reps.fxRounds(); round++) {
            for (IncidentFilter f : FILTERS.values()) {
                PulseProbe.Timing t = probe.time(() -> w.setFilter(f), () -> shows(table));
                if (round >= reps.fxWarmRounds()) {
                    refresh.add(t.layout() - t.change());
                    toLayout.add(t.layout());
                    toFrame.add(t.frame());
                    unseen += t.shown() ? 0 : 1;
                }
            }
        }
        Fx.run(stage::close);
        report.say("table alone: refresh (CSS + layout) " + refresh + "; filter + refresh " + toLayout + "; to frame painted "
                + toFrame + (unseen > 0 ? "; NOT SHOWN in the measured pulse: " + unseen : ""));
        report.put("tableRefresh", size, refresh.cell(true));
        report.put("tableFrame", size, toLayout.cell(true) + "; painted " + Samples.ms(toFrame.median()));
    }

    /**
     * The whole main view at 1280x800 (filters, map above the tables, quote pane, status bar): a filter change
     * until table and map are redrawn (issue 4), then pans and zooms of the map.
     */
    void mainView() throws Exception {
        Workbench w = Fx.call(WindowBench::workbench);
        MainView view = Fx.call(() -> {
            Stage stage = new Stage();
            MainView v = BenchViews.mainView(stage, w);
            Scene scene = new Scene(v, 1280, 800);
            scene.getStylesheets().add(BenchViews.stylesheet());
            stage.setScene(scene);
            stage.show();
            show(w); // as the window does when a dataset opens
            v.map().zoomToAll();
            return v;
        });
        AtlasMap map = view.map();
        Fx.check(Fx.waitFor(map::tilesComplete, 60_000), "tiles at start");
        @SuppressWarnings("unchecked")
        TableView<Incident> table = Fx.call(() -> (TableView<Incident>) view.lookup("#incidentTable"));
        PulseProbe probe = Fx.call(() -> {
            table.requestFocus();
            return new PulseProbe(view.getScene());
        });
        Fx.settle();
        Samples change = new Samples();
        Samples toLayout = new Samples();
        Samples toFrame = new Samples();
        Map<String, Samples> each = perFilter();
        int unseen = 0;
        for (int round = 0; round < reps.fxWarmRounds() + reps.fxRounds(); round++) {
            for (Map.Entry<String, IncidentFilter> f : FILTERS.entrySet()) {
                Object before = Fx.call(() -> MapProbe.lastFrame(map));
                PulseProbe.Timing t = probe.time(() -> w.setFilter(f.getValue()),
                        () -> MapProbe.lastFrame(map) != before && shows(table));
                if (round >= reps.fxWarmRounds()) {
                    change.add(t.change());
                    toLayout.add(t.layout());
                    toFrame.add(t.frame());
                    each.get(f.getKey()).add(t.layout());
                    unseen += t.shown() ? 0 : 1;
                }
            }
        }
        report.say("main view, filter + table + map: change " + change + "; to layout done " + toLayout
                + "; to frame painted " + toFrame + (unseen > 0 ? "; NOT SHOWN in the measured pulse: " + unseen : ""));
        each.forEach((k, s) -> report.say(String.format(Locale.ROOT, "    %-28s %s", k, s)));
        report.put("mainView", size, toLayout.cell(true), size == 100_000 ? toLayout.median() < 50 : null);
        report.put("mainViewFrame", size, toFrame.cell(true));
        report.put("mainViewChange", size, change.cell(false));
        pans(probe, map);
        Fx.run(() -> view.getScene().getWindow().hide());
    }

    /** Pans and zooms around Kirkuk at zooms 5-13, waiting (a little) for the basemap tiles between moves. */
    private void pans(PulseProbe probe, AtlasMap map) throws Exception {
        SplittableRandom rnd = new SplittableRandom(11);
        Samples toLayout = new Samples();
        Samples toFrame = new Samples();
        int unseen = 0;
        List<String> tilesLate = new ArrayList<>();
        for (int n = 0; n < reps.panWarm() + reps.pans(); n++) {
            double zoom = 5 + n % 9;
            double lat = 35.468 + rnd.nextDouble(-1.5, 1.5);
            double lon = 44.392 + rnd.nextDouble(-1.5, 1.5);
            Object before = Fx.call(() -> MapProbe.lastFrame(map));
            PulseProbe.Timing t = probe.time(() -> map.setView(lat, lon, zoom), () -> MapProbe.lastFrame(map) != before);
            if (n >= reps.panWarm()) {
                toLayout.add(t.layout());
                toFrame.add(t.frame());
                unseen += t.shown() ? 0 : 1;
            }
            // the tiles are drawn in the background; a move whose tiles are not all drawn within 2 s is listed
            if (!Fx.waitFor(map::tilesComplete, 2_000)) {
                tilesLate.add(String.format(Locale.ROOT, "z%.0f", zoom));
            }
        }
        report.say("map pan/zoom in the main view: to layout done " + toLayout + "; to frame painted " + toFrame
                + (unseen > 0 ? "; layer NOT redrawn in the measured pulse: " + unseen : "")
                + (tilesLate.isEmpty() ? "" : "; tilesComplete() still false 2 s after " + tilesLate.size() + " moves " + tilesLate));
        report.put("pan", size, toLayout.cell(true) + "; painted " + Samples.ms(toFrame.median()));
    }

    /** MapBench's measure: painting the incident layer alone for views at zooms 5-13 (FX thread). */
    void mapPaint() throws Exception {
        double[] times = Fx.call(() -> MapProbe.paintTimes(loaded.dataset().incidents(), loaded.dataset().centers(),
                reps.panWarm() * 5, reps.pans() * 5));
        Samples s = new Samples();
        for (double t : times) {
            s.add(t);
        }
        report.say("incident layer paint alone, 1280x520: " + s);
        report.put("mapPaint", size, s.cell(true));
    }

    /**
     * The briefing PNG as the window and the {@code snapshot} command make it: {@link BriefingComposer} lays out a
     * 1920 x 1080 slide with every incident, draws the map and waits for every tile, takes the page's pixels; then
     * {@link Briefing#writePng} writes the file. At 1x and 2x pixel density, after one warm-up each.
     */
    void briefing(Path dir) throws Exception {
        var d = loaded.dataset();
        List<Incident> rows = d.incidents().stream().sorted(Incident.BY_DATE_THEN_ID).toList();
        BriefingComposer composer = new BriefingComposer();
        Path png = dir.resolve("briefing-" + size + ".png");
        StringBuilder cell = new StringBuilder();
        for (int density = 1; density <= 2; density++) {
            BriefingRequest request = new BriefingRequest(d, rows, d.centers(), IncidentFilter.NONE, null,
                    PageSize.SLIDE, density, BriefingRequest.Framing.fitAll(rows, d.centers()));
            Samples drawn = new Samples();
            Samples written = new Samples();
            Samples total = new Samples();
            int timed = Math.min(reps.timed(), 5);
            for (int i = 0; i < 1 + timed; i++) {
                long t0 = System.nanoTime();
                Briefing b = composer.composeLater(request).get(2, java.util.concurrent.TimeUnit.MINUTES);
                long t1 = System.nanoTime();
                b.writePng(png);
                long t2 = System.nanoTime();
                if (i >= 1) {
                    drawn.add((t1 - t0) / 1e6);
                    written.add((t2 - t1) / 1e6);
                    total.add((t2 - t0) / 1e6);
                }
            }
            report.say(String.format(Locale.ROOT, "briefing %dx (%,d KB): composed %s; PNG written %s; together %s",
                    density, java.nio.file.Files.size(png) / 1024, drawn, written, total));
            cell.append(density == 1 ? "" : "; ").append(density).append("x: **").append(Samples.ms(total.median()))
                    .append("** (drawn ").append(Samples.ms(drawn.median())).append(", written ")
                    .append(Samples.ms(written.median())).append(", n=").append(timed).append(")");
        }
        report.put("picture", size, cell.toString());
    }

    private static Stage stage(javafx.scene.Parent root, double w, double h) {
        Stage stage = new Stage();
        Scene scene = new Scene(root, w, h);
        scene.getStylesheets().add(BenchViews.stylesheet());
        stage.setScene(scene);
        stage.show();
        return stage;
    }

    /** True when the table's first visible row holds the first item of its list (or the list is empty). */
    private static boolean shows(TableView<Incident> table) {
        if (table.getItems().isEmpty()) {
            return true;
        }
        Incident first = table.getItems().get(0);
        for (Node n : table.lookupAll(".table-row-cell")) {
            if (n instanceof TableRow<?> row && row.getIndex() == 0 && row.isVisible()) {
                return row.getItem() == first;
            }
        }
        return false;
    }

    private static Map<String, Samples> perFilter() {
        Map<String, Samples> m = new LinkedHashMap<>();
        FILTERS.keySet().forEach(k -> m.put(k, new Samples()));
        return m;
    }
}
