package org.incidentatlas.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.incidentatlas.briefing.BriefingComposer;
import org.incidentatlas.briefing.BriefingRequest;
import org.incidentatlas.dataset.OutputGuard;
import org.incidentatlas.export.PdfBriefing;
import org.incidentatlas.export.PdfBriefingWriter;
import org.incidentatlas.model.Dataset;

/**
 * The window's briefing PDF: where to save it, composing it (on the FX thread, as the page), and writing it in the
 * background with the result in the status bar. The PDF goes to the briefing folder the PNGs go to.
 */
final class BriefingPdfs {

    static final DialogService.FileType PDF = DialogService.FileType.of("PDF document (*.pdf)", "*.pdf");

    private final Workbench bench;
    private final Tasks tasks;
    private final DialogService dialogs;
    private final AppSettings settings;

    BriefingPdfs(Workbench bench, Tasks tasks, DialogService dialogs, AppSettings settings) {
        this.bench = bench;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.settings = settings;
    }

    CompletableFuture<PdfBriefing> compose(BriefingComposer composer, BriefingRequest r, PdfBriefing.Paper paper) {
        return composer.composePdf(r.withKey(r.key().offPage()), paper).whenComplete((b, e) -> {
            if (e != null) {
                bench.say("Briefing failed.");
                dialogs.show(DialogService.Level.ERROR, "Briefing", "The briefing could not be made",
                        BriefingComposer.reason(e) + ".");
            }
        });
    }

    void save(PdfBriefing b, Path target, Runnable done, Runnable failed) {
        Dataset d = bench.datasetProperty().get();
        Optional<String> why = d == null ? Optional.empty() : OutputGuard.conflict(target, OutputGuard.inputsOf(d));
        if (why.isPresent()) {
            dialogs.show(DialogService.Level.ERROR, "Briefing", "Nothing was written to " + target.getFileName() + ".",
                    Character.toUpperCase(why.get().charAt(0)) + why.get().substring(1) + ". Nothing was written.");
            failed.run();
            return;
        }
        bench.say("Writing " + target.getFileName() + "\u2026");
        tasks.run(progress -> PdfBriefingWriter.write(b, target), pages -> {
            settings.exported(AppSettings.ExportKind.PNG, target);
            bench.comparisons().snapshotForBriefing();
            bench.say(String.format("Saved the briefing to %s (%s, %d page%s)", target.getFileName(),
                    b.paper().label(), pages, pages == 1 ? "" : "s"));
            done.run();
        }, e -> {
            bench.say("Briefing failed.");
            dialogs.show(DialogService.Level.ERROR, "Briefing", "The briefing could not be written", "Nothing was written to "
                    + target + ".\n\n" + BriefingComposer.reason(e) + "\n\nCheck that the folder exists and can be written to.");
            failed.run();
        });
    }
}
