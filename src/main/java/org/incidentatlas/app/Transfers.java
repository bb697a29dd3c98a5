package org.incidentatlas.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;
import org.incidentatlas.briefing.Briefing;
import org.incidentatlas.briefing.BriefingComposer;
import org.incidentatlas.briefing.BriefingRequest;
import org.incidentatlas.dataset.DatasetWriter;
import org.incidentatlas.dataset.OutputGuard;
import org.incidentatlas.export.CsvExporter;
import org.incidentatlas.filter.NearestCenters;
import org.incidentatlas.importer.ImportException;
import org.incidentatlas.importer.ImportReport;
import org.incidentatlas.importer.ImportResult;
import org.incidentatlas.importer.ImportSource;
import org.incidentatlas.importer.SkipReasons;
import org.incidentatlas.importer.Importer;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;

/**
 * What goes in and out of the workbench as files: imports of UCDP and ACLED exports, the CSV of the rows the
 * table shows, and the briefing PNG. Reading and writing run in the background; the outcome is said in the
 * status bar, a failure in a dialog that says what was (not) written.
 */
final class Transfers {

    static final DialogService.FileType CSV = DialogService.FileType.of("CSV, UTF-8 (*.csv)", "*.csv");
    static final DialogService.FileType CSV_EXCEL =
            DialogService.FileType.of("CSV for Excel, UTF-8 with byte-order mark (*.csv)", "*.csv");
    static final DialogService.FileType UCDP = DialogService.FileType.of("UCDP GED export (*.csv, *.txt, *.xlsx)", "*.csv",
            "*.txt", "*.xlsx");
    static final DialogService.FileType ACLED = DialogService.FileType.of("ACLED export (*.csv, *.txt, *.xlsx)", "*.csv",
            "*.txt", "*.xlsx");
    static final DialogService.FileType DATASET = DialogService.FileType.of("Incident Atlas dataset (*.json)", "*.json");
    static final DialogService.FileType PNG = DialogService.FileType.of("PNG image (*.png)", "*.png");

    private final Workbench bench;
    private final Tasks tasks;
    private final DialogService dialogs;
    private final AppSettings settings;

    Transfers(Workbench bench, Tasks tasks, DialogService dialogs, AppSettings settings) {
        this.bench = bench;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.settings = settings;
    }

    // ---------------------------------------------------------------- import

    void chooseAndImport() {
        Dataset d = bench.datasetProperty().get();
        dialogs.chooseOpen(new DialogService.FileRequest(
                "Import a UCDP GED or ACLED export (choose which in the file type)",
                Workbench.folderOf(d == null ? null : d.file()), null, List.of(UCDP, ACLED))).ifPresent(c -> {
                    // the header says which export it is; the file type chosen decides only when it cannot tell
                    ImportSource source = ExportDetect.of(c.path()).orElse(c.type() == 1 ? ImportSource.ACLED : ImportSource.UCDP);
                    importCsv(source, c.path());
                });
    }

    void importCsv(ImportSource source, Path csv) {
        String name = csv.getFileName().toString().replaceFirst("(?i)\\.(csv|txt|xlsx)$", "") + ".json";
        dialogs.chooseSave(new DialogService.FileRequest("Save the imported " + source.label() + " dataset as",
                Workbench.folderOf(csv), name, List.of(DATASET))).ifPresent(c -> importInto(source, csv, withExtension(c.path(), "json")));
    }

    void importInto(ImportSource source, Path csv, Path target) {
        List<OutputGuard.Input> inputs = new ArrayList<>(List.of(new OutputGuard.Input(csv, "the export being imported")));
        Dataset open = bench.datasetProperty().get();
        if (open != null) {
            inputs.addAll(OutputGuard.inputsOf(open)); // the open dataset is not to be replaced by an import
        }
        if (refused("Import", target, inputs)) {
            return;
        }
        bench.say("Importing " + csv.getFileName() + "\u2026");
        tasks.run(progress -> {
            ImportResult r = new Importer().importFile(source, csv, f -> progress.accept(f * 0.9));
            if (r.anyImported()) {
                new DatasetWriter().write(r.dataset(), target);
            }
            return r;
        }, r -> imported(r, target), e -> importFailed(csv, e));
    }

    private void imported(ImportResult r, Path target) {
        ImportReport report = r.report();
        if (!r.anyImported()) {
            bench.say("Nothing imported.");
            dialogs.show(DialogService.Level.ERROR, "Import report", "Nothing could be imported; no file was written.",
                    reportText(report));
            return;
        }
        bench.say(String.format("Imported %,d incidents into %s", report.imported(), target.getFileName()));
        dialogs.show(report.skipped() == 0 ? DialogService.Level.INFORMATION : DialogService.Level.WARNING, "Import report",
                String.format("%,d of %,d rows imported into %s.", report.imported(), report.rowsRead(), target.getFileName()),
                reportText(report));
        bench.open(target);
    }

    private void importFailed(Path csv, Throwable e) {
        bench.say("Import failed.");
        String why = e instanceof ImportException ? e.getMessage()
                : e instanceof IOException ? "the dataset could not be written (" + Messages.reason(e) + ")" : e.toString();
        dialogs.show(DialogService.Level.ERROR, "Import", csv.getFileName() + " could not be imported",
                why + "\n\nNothing was written; the open dataset stays open.");
    }

    private static String reportText(ImportReport report) {
        // grouped by reason first, so a file whose rows all fail for one reason says it at the top
        return report.summary() + (report.skippedRows().isEmpty() ? "" : "\n\n" + String.join("\n", SkipReasons.lines(report))
                + "\n\nSkipped rows:\n" + report.skippedRows().stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    // ---------------------------------------------------------------- CSV

    void chooseAndExportCsv() {
        Dataset d = bench.datasetProperty().get();
        if (d == null) {
            return;
        }
        Path folder = settings.exportFolder(AppSettings.ExportKind.CSV).orElse(Workbench.folderOf(d.file()));
        dialogs.chooseSave(new DialogService.FileRequest(
                String.format("Export the %,d incidents the table shows", bench.incidents().size()), folder,
                ExportNames.suggest("incidents", bench.filterProperty().get(), "csv"), List.of(CSV, CSV_EXCEL)))
                .ifPresent(c -> exportCsv(withExtension(c.path(), "csv"), c.type() == 1));
    }

    void exportCsv(Path target, boolean forExcel) {
        Dataset d = bench.datasetProperty().get();
        if (d == null) {
            return;
        }
        if (refused("Export", target, OutputGuard.inputsOf(d))) {
            return;
        }
        List<Incident> rows = List.copyOf(bench.incidents());
        Map<String, Article> articles = bench.articles();
        NearestCenters nearest = new NearestCenters(List.copyOf(bench.allCenters()));
        bench.say(String.format("Exporting %,d incidents\u2026", rows.size()));
        tasks.run(progress -> {
            new CsvExporter(articles, nearest).write(rows, target, forExcel);
            return rows.size();
        }, n -> {
            settings.exported(AppSettings.ExportKind.CSV, target);
            bench.say(String.format("Exported %,d incidents to %s", n, target.getFileName()));
        }, e -> {
            bench.say("Export failed.");
            dialogs.show(DialogService.Level.ERROR, "Export", "The CSV could not be written", "Nothing was written to "
                    + target + ".\n\n" + Messages.reason(e) + "\n\nCheck that the folder exists and can be written to.");
        });
    }

    // ---------------------------------------------------------------- briefing PNG

    Optional<Path> chooseBriefingFile(String title) {
        return chooseBriefingFile(title, "Save the briefing", PNG, "png");
    }

    /**
     * Where to save a briefing of {@code type} (PNG, PDF): the last briefing folder and a name from the title and
     * the filter; empty when cancelled.
     */
    Optional<Path> chooseBriefingFile(String title, String dialogTitle, DialogService.FileType type, String extension) {
        Dataset d = bench.datasetProperty().get();
        Path folder = settings.exportFolder(AppSettings.ExportKind.PNG).orElse(Workbench.folderOf(d == null ? null : d.file()));
        String base = title == null || title.isBlank() || d != null && title.strip().equals(d.title()) ? "briefing"
                : ExportNames.slug(title);
        return dialogs.chooseSave(new DialogService.FileRequest(dialogTitle, folder,
                ExportNames.suggest(base, bench.filterProperty().get(), extension), List.of(type)))
                .map(c -> withExtension(c.path(), extension));
    }

    /** Composes a briefing page (on the application thread, which must be the FX thread); a failure is shown. */
    CompletableFuture<Briefing> briefing(BriefingComposer composer, BriefingRequest r, DoubleConsumer progress) {
        return composer.compose(r, progress).whenComplete((b, e) -> {
            if (e != null) {
                bench.say("Briefing failed.");
                dialogs.show(DialogService.Level.ERROR, "Briefing", "The briefing could not be made",
                        BriefingComposer.reason(e) + ".");
            }
        });
    }

    void saveBriefing(Briefing b, Path target, Runnable done, Runnable failed) {
        Dataset d = bench.datasetProperty().get();
        if (d != null && refused("Briefing", target, OutputGuard.inputsOf(d))) {
            failed.run();
            return;
        }
        bench.say("Writing " + target.getFileName() + "\u2026");
        tasks.run(progress -> {
            b.writePng(target);
            return target;
        }, t -> {
            settings.exported(AppSettings.ExportKind.PNG, t);
            bench.comparisons().snapshotForBriefing();
            bench.say(String.format("Saved the briefing to %s (%d x %d pixels)", t.getFileName(), b.widthPx(), b.heightPx()));
            done.run();
        }, e -> {
            bench.say("Briefing failed.");
            dialogs.show(DialogService.Level.ERROR, "Briefing", "The briefing could not be written", "Nothing was written to "
                    + target + ".\n\n" + BriefingComposer.reason(e) + "\n\nCheck that the folder exists and can be written to.");
            failed.run();
        });
    }

    /** A name typed without an extension gets the file type's. */
    static Path withExtension(Path p, String extension) {
        String name = p.getFileName().toString();
        return name.contains(".") ? p : p.resolveSibling(name + "." + extension);
    }

    /** Refuses to write over one of the files an action reads (the dataset, its articles, the export imported). */
    private boolean refused(String title, Path target, List<OutputGuard.Input> inputs) {
        Optional<String> why = OutputGuard.conflict(target, inputs);
        why.ifPresent(reason -> dialogs.show(DialogService.Level.ERROR, title, "Nothing was written to "
                + target.getFileName() + ".", Character.toUpperCase(reason.charAt(0)) + reason.substring(1)
                + ". Nothing was written."));
        return why.isPresent();
    }
}
