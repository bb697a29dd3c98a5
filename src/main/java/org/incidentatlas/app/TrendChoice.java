package org.incidentatlas.app;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.incidentatlas.dataset.OutputGuard;
import org.incidentatlas.export.PngExporter;
import org.incidentatlas.export.TrendCsv;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import org.incidentatlas.trend.TrendSeries;
import org.incidentatlas.trend.TrendSpec;

/**
 * The trend chart's state: what it shows ({@link TrendSpec}) and the series of the filtered list, worked out in
 * the background after each filter change while the chart is shown; and the commands that export them.
 */
public final class TrendChoice {

    private final ReadOnlyObjectWrapper<TrendSpec> spec = new ReadOnlyObjectWrapper<>(this, "trendSpec", TrendSpec.DEFAULT);
    private final ReadOnlyObjectWrapper<TrendSeries> series = new ReadOnlyObjectWrapper<>(this, "trendSeries");
    private final Tasks tasks;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final Supplier<List<Incident>> rows;
    private final Supplier<Dataset> dataset;
    private final Workbench bench;
    private boolean active;
    private long generation;

    TrendChoice(Workbench bench, Tasks tasks, DialogService dialogs, AppSettings settings, Supplier<List<Incident>> rows,
                Supplier<Dataset> dataset) {
        this.bench = bench;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.settings = settings;
        this.rows = rows;
        this.dataset = dataset;
    }

    public ReadOnlyObjectProperty<TrendSpec> specProperty() {
        return spec.getReadOnlyProperty();
    }

    /** The series of the filtered list for {@link #specProperty}; null until worked out (or while not shown). */
    public ReadOnlyObjectProperty<TrendSeries> seriesProperty() {
        return series.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- commands

    public void setSpec(TrendSpec s) {
        spec.set(s);
        refresh();
    }

    /** Whether the chart is on screen: only then is it worked out after each filter change. */
    public void setActive(boolean shown) {
        active = shown;
        refresh();
    }

    /** The filtered list changed, or what the chart shows. */
    void refresh() {
        long gen = ++generation;
        if (!active) {
            return;
        }
        List<Incident> list = List.copyOf(rows.get());
        TrendSpec s = spec.get();
        tasks.quietly(() -> {
            TrendSeries made = TrendSeries.of(list, s);
            tasks.later(() -> {
                if (gen == generation) {
                    series.set(made);
                }
            });
        });
    }

    /** Asks where, then writes the series as CSV in the background. */
    public void chooseAndExportCsv() {
        choose("csv", Transfers.CSV).ifPresent(this::exportCsv);
    }

    public void exportCsv(Path target) {
        TrendSeries s = series.get();
        if (s == null || refused(target)) {
            return;
        }
        tasks.run(progress -> {
            TrendCsv.write(s, target);
            return target;
        }, done -> bench.say(String.format("Wrote %s: %s, %d periods.", done.getFileName(), s.spec().describe(),
                s.periods().size())), e -> failed(target, e));
    }

    /** Asks where, then writes {@code image} (the chart as drawn) as a PNG in the background. */
    public void chooseAndExportPng(BufferedImage image) {
        choose("png", Transfers.PNG).ifPresent(p -> exportPng(image, p));
    }

    public void exportPng(BufferedImage image, Path target) {
        if (refused(target)) {
            return;
        }
        tasks.run(progress -> {
            PngExporter.write(image, 96, target);
            return target;
        }, done -> bench.say("Wrote " + done.getFileName() + "."), e -> failed(target, e));
    }

    private Optional<Path> choose(String extension, DialogService.FileType type) {
        Dataset d = dataset.get();
        if (d == null) {
            return Optional.empty();
        }
        AppSettings.ExportKind kind = extension.equals("csv") ? AppSettings.ExportKind.CSV : AppSettings.ExportKind.PNG;
        Path folder = settings.exportFolder(kind).orElse(Workbench.folderOf(d.file()));
        String name = ExportNames.suggest("trend-" + spec.get().describe().toLowerCase(Locale.ROOT).replace(' ', '-'),
                bench.filterProperty().get(), extension);
        return dialogs.chooseSave(new DialogService.FileRequest("Export the trend chart", folder, name, List.of(type)))
                .map(c -> {
                    String n = c.path().getFileName().toString();
                    return n.contains(".") ? c.path() : c.path().resolveSibling(n + "." + extension);
                });
    }

    private boolean refused(Path target) {
        Dataset d = dataset.get();
        Optional<String> why = d == null ? Optional.empty() : OutputGuard.conflict(target, OutputGuard.inputsOf(d));
        why.ifPresent(reason -> dialogs.show(DialogService.Level.ERROR, "Export", "Nothing was written to "
                + target.getFileName() + ".", Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + "."));
        return why.isPresent();
    }

    private void failed(Path target, Throwable e) {
        dialogs.show(DialogService.Level.ERROR, "Export", "Nothing was written to " + target.getFileName() + ".",
                e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
}
