package org.incidentatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.dataset.DatasetSaver;
import org.incidentatlas.dataset.UnknownFields;
import org.incidentatlas.map.AtlasMap;
import org.incidentatlas.map.MapProbe;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import org.incidentatlas.ui.BenchViews;
import org.incidentatlas.ui.MainView;

/**
 * Authoring's measures (issue 11) in the whole main view: committing an edit until the table and the map show
 * it (the counts follow in the background, as in the window), undoing it the same way, and saving the dataset
 * (atomic write with the backup of the previous version).
 */
final class EditBench {

    private final Report report;
    private final Reps reps;
    private final int size;
    private final LoadBench.Loaded loaded;

    EditBench(Report report, Reps reps, int size, LoadBench.Loaded loaded) {
        this.report = report;
        this.reps = reps;
        this.size = size;
        this.loaded = loaded;
    }

    static void rows(Report r) {
        r.row("editCommit", "**Commit an edit** (an incident's title and killed figure changed, every fourth its date too,"
                + " so it moves in the default order) until table and map show it, whole window", "median < 50 ms at 100k", 100_000);
        r.row("editUndo", "**Undo** that edit, until table and map show it", "median < 50 ms at 100k", 100_000);
        r.row("save", "**Save** (`DatasetSaver`: backup of the previous file, then an atomic write of the dataset)",
                "< 1 s at 100k", 100_000);
    }

    void run(Path dir) throws Exception {
        Workbench w = Fx.call(BenchViews::workbench);
        MainView view = Fx.call(() -> {
            Stage stage = new Stage();
            MainView v = BenchViews.mainView(stage, w);
            Scene scene = new Scene(v, 1280, 800);
            scene.getStylesheets().add(BenchViews.stylesheet());
            stage.setScene(scene);
            stage.show();
            // a dataset with no file, so that no recovery copy is written beside the generated one while measuring
            Dataset d = loaded.dataset();
            w.show(new Dataset(null, d.title(), d.description(), d.attribution(), d.articles(), d.centers(),
                    d.incidents()), loaded.index());
            v.map().zoomToAll();
            return v;
        });
        AtlasMap map = view.map();
        Fx.check(Fx.waitFor(map::tilesComplete, 60_000), "tiles at start");
        @SuppressWarnings("unchecked")
        TableView<Incident> table = Fx.call(() -> (TableView<Incident>) view.lookup("#incidentTable"));
        PulseProbe probe = Fx.call(() -> new PulseProbe(view.getScene()));
        Fx.settle();
        SplittableRandom rnd = new SplittableRandom(5);
        Samples commit = new Samples();
        Samples undo = new Samples();
        int unseen = 0;
        List<Incident> all = loaded.dataset().incidents();
        for (int n = 0; n < reps.fxWarmRounds() * 4 + reps.fxRounds() * 6; n++) {
            Incident before = all.get(rnd.nextInt(all.size()));
            Incident after = changed(before, n % 4 == 0);
            Fx.run(() -> w.select(before)); // as the analyst does: the record edited is the one selected
            Fx.settle();
            Object frame = Fx.call(() -> MapProbe.lastFrame(map));
            PulseProbe.Timing t = probe.time(() -> w.editing().change(before, after),
                    () -> MapProbe.lastFrame(map) != frame && table.getItems().contains(after));
            Object frame2 = Fx.call(() -> MapProbe.lastFrame(map));
            PulseProbe.Timing u = probe.time(() -> w.editing().undo(),
                    () -> MapProbe.lastFrame(map) != frame2 && table.getItems().contains(before));
            if (n >= reps.fxWarmRounds() * 4) {
                commit.add(t.layout());
                undo.add(u.layout());
                unseen += (t.shown() ? 0 : 1) + (u.shown() ? 0 : 1);
            }
            Fx.settle(); // the counts, counted in the background after each edit, are in before the next one
        }
        report.say("edit commit: to layout done " + commit + "; undo " + undo + (unseen > 0 ? "; NOT SHOWN in the measured pulse: " + unseen : ""));
        report.put("editCommit", size, commit.cell(true), size == 100_000 ? commit.median() < 50 : null);
        report.put("editUndo", size, undo.cell(true), size == 100_000 ? undo.median() < 50 : null);
        Fx.run(() -> view.getScene().getWindow().hide());
        save(dir);
    }

    private void save(Path dir) throws Exception {
        Path target = dir.resolve("saved-" + size + ".json");
        DatasetSaver saver = new DatasetSaver();
        Dataset d = loaded.dataset();
        saver.save(d, UnknownFields.NONE, target); // a previous version, so that the backup is made as in use
        Samples s = new Samples();
        for (int i = 0; i < reps.warm() + reps.timed(); i++) {
            long t = System.nanoTime();
            saver.save(d, UnknownFields.NONE, target);
            if (i >= reps.warm()) {
                s.add((System.nanoTime() - t) / 1e6);
            }
        }
        report.say(String.format(Locale.ROOT, "save %,d incidents (%.0f MB): %s", size, Files.size(target) / 1e6, s));
        report.put("save", size, s.cell(false), size == 100_000 ? s.median() < 1000 : null);
        Files.deleteIfExists(target);
        Files.deleteIfExists(DatasetSaver.backupOf(target));
    }

    private static Incident changed(Incident i, boolean moveDate) {
        return new Incident(i.id(), i.title() + " (edited)", i.type(), moveDate ? i.dateStart().plusDays(3) : i.dateStart(),
                i.dateEnd() == null ? null : moveDate ? i.dateEnd().plusDays(3) : i.dateEnd(), i.datePrecision(), i.place(),
                i.province(), i.lat(), i.lon(), i.geoPrecision(), i.uncertaintyKm(), i.actors(),
                Casualties.exactly(i.killed() == null ? 1 : i.killed().low() + 1), i.injured(), i.summary(), i.quotes(),
                i.tags(), i.notes());
    }
}
