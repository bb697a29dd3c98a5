package org.incidentatlas.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.changes.DatasetDiff;
import org.incidentatlas.changes.SourceUpdate;
import org.incidentatlas.importer.ImportException;
import org.incidentatlas.importer.ImportResult;
import org.incidentatlas.importer.ImportSource;
import org.incidentatlas.importer.Importer;
import org.incidentatlas.model.Dataset;

/**
 * File > Update from newer export: imports a newer ACLED or UCDP file in the background, shows how many of the
 * open dataset's imported events are new, changed (and in which fields) and gone, and on Apply replaces the
 * open dataset with the updated one through {@link Workbench#replaceDataset}; the analyst's own records stay as
 * they are. Nothing is written to disk here: saving is the edit layer's (docs/updates-and-diffs.md).
 */
final class SourceUpdates {

    private final Workbench bench;
    private final Tasks tasks;
    private final DialogService dialogs;

    SourceUpdates(Workbench bench, Tasks tasks, DialogService dialogs) {
        this.bench = bench;
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    void chooseAndUpdate() {
        Dataset d = bench.datasetProperty().get();
        if (d == null) {
            return;
        }
        dialogs.chooseOpen(new DialogService.FileRequest("Update from a newer UCDP GED or ACLED export",
                Workbench.folderOf(d.file()), null, List.of(Transfers.UCDP, Transfers.ACLED))).ifPresent(c -> {
                    ImportSource source = ExportDetect.of(c.path()).orElse(c.type() == 1 ? ImportSource.ACLED : ImportSource.UCDP);
                    update(source, c.path());
                });
    }

    void update(ImportSource source, Path file) {
        Dataset open = bench.datasetProperty().get();
        if (open == null) {
            return;
        }
        bench.say("Reading " + file.getFileName() + "\u2026");
        Editing.AnalystWork own = bench.editing().analystWork();
        tasks.run(progress -> {
            ImportResult r = new Importer().importFile(source, file, f -> progress.accept(f * 0.9));
            return SourceUpdate.plan(open, r.dataset(), own.editedIds(), own.deletedSourceIds());
        }, plan -> preview(open, plan, file), e -> {
            bench.say("Update failed.");
            dialogs.show(DialogService.Level.ERROR, "Update", file.getFileName() + " could not be read",
                    (e instanceof ImportException ? e.getMessage() : Messages.reason(e)) + "\n\nThe open dataset is unchanged.");
        });
    }

    private void preview(Dataset open, SourceUpdate plan, Path file) {
        DatasetDiff diff = plan.diff();
        if (bench.datasetProperty().get() != open) {
            bench.say("Update cancelled: another dataset was opened meanwhile.");
            return;
        }
        String kept = kept(plan);
        if (diff.isEmpty()) {
            bench.say("Nothing changed: " + file.getFileName() + " holds the same events." + kept);
            return;
        }
        String fields = diff.count(DatasetDiff.Kind.CHANGED) == 0 ? "" : "\nFields changed: " + diff.fieldCounts() + ".";
        boolean apply = dialogs.confirm("Update from " + file.getFileName(),
                "Compared with the events imported before: " + diff.summary() + "." + fields
                        + "\nYour own records are kept as they are." + kept + " Apply the update?", "Apply", "Cancel");
        if (!apply) {
            bench.say("Update cancelled; nothing changed.");
            return;
        }
        bench.replaceDataset(plan.updated(), "Updated from " + file.getFileName() + ": " + diff.summary() + "." + kept);
    }

    /** " Kept as you left them: 2 events you edited, 1 you deleted (the source's version is not taken)." */
    private static String kept(SourceUpdate plan) {
        List<String> parts = new ArrayList<>(2);
        if (plan.keptEdited() > 0) {
            parts.add(Messages.plural(plan.keptEdited(), "event") + " you edited");
        }
        if (plan.keptDeleted() > 0) {
            parts.add(String.format("%,d", plan.keptDeleted()) + " you deleted");
        }
        return parts.isEmpty() ? "" : " Kept as you left them: " + String.join(", ", parts)
                + " (the source's version is not taken).";
    }
}
