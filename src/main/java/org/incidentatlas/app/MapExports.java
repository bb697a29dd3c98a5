package org.incidentatlas.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.incidentatlas.dataset.OutputGuard;
import org.incidentatlas.export.GeoJsonExporter;
import org.incidentatlas.export.KmlExporter;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;

/**
 * File > Export GeoJSON and Export KML: the rows the table shows, in its order, for other map tools (QGIS,
 * Google Earth), written in the background like the CSV export, never over the dataset or its articles.
 */
final class MapExports {

    /** Which map format, with its file type, extension and export folder setting. */
    enum Format {
        GEOJSON("GeoJSON", DialogService.FileType.of("GeoJSON, RFC 7946 (*.geojson)", "*.geojson"), "geojson",
                AppSettings.ExportKind.GEOJSON),
        KML("KML", DialogService.FileType.of("KML 2.2 for Google Earth (*.kml)", "*.kml"), "kml", AppSettings.ExportKind.KML);

        final String label;
        final DialogService.FileType type;
        final String extension;
        final AppSettings.ExportKind kind;

        Format(String label, DialogService.FileType type, String extension, AppSettings.ExportKind kind) {
            this.label = label;
            this.type = type;
            this.extension = extension;
            this.kind = kind;
        }
    }

    private final Workbench bench;
    private final Tasks tasks;
    private final DialogService dialogs;
    private final AppSettings settings;

    MapExports(Workbench bench, Tasks tasks, DialogService dialogs, AppSettings settings) {
        this.bench = bench;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.settings = settings;
    }

    void chooseAndExport(Format format) {
        Dataset d = bench.datasetProperty().get();
        if (d == null) {
            return;
        }
        Path folder = settings.exportFolder(format.kind).orElse(Workbench.folderOf(d.file()));
        dialogs.chooseSave(new DialogService.FileRequest(
                String.format("Export the %,d incidents the table shows as %s", bench.incidents().size(), format.label),
                folder, ExportNames.suggest("incidents", bench.filterProperty().get(), format.extension), List.of(format.type)))
                .ifPresent(c -> export(format, Transfers.withExtension(c.path(), format.extension)));
    }

    void export(Format format, Path target) {
        Dataset d = bench.datasetProperty().get();
        if (d == null) {
            return;
        }
        Optional<String> refused = OutputGuard.conflict(target, OutputGuard.inputsOf(d));
        if (refused.isPresent()) {
            String why = refused.get();
            dialogs.show(DialogService.Level.ERROR, "Export", "Nothing was written to " + target.getFileName() + ".",
                    Character.toUpperCase(why.charAt(0)) + why.substring(1) + ". Nothing was written.");
            return;
        }
        List<Incident> rows = List.copyOf(bench.incidents());
        Map<String, Article> articles = bench.articles();
        IncidentFilter filter = bench.filterProperty().get();
        String name = d.title() + (filter.isEmpty() ? "" : " (" + filter.describe() + ")");
        bench.say(String.format("Exporting %,d incidents as %s\u2026", rows.size(), format.label));
        tasks.run(progress -> {
            switch (format) {
                case GEOJSON -> new GeoJsonExporter(articles).write(rows, target);
                case KML -> new KmlExporter(articles, name).write(rows, target);
            }
            return rows.size();
        }, n -> {
            settings.exported(format.kind, target);
            bench.say(String.format("Exported %,d incidents to %s", n, target.getFileName()));
        }, e -> {
            bench.say("Export failed.");
            dialogs.show(DialogService.Level.ERROR, "Export", "The " + format.label + " could not be written",
                    "Nothing was written to " + target + ".\n\n" + Messages.reason(e)
                    + "\n\nCheck that the folder exists and can be written to.");
        });
    }
}
