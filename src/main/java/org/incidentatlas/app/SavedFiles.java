package org.incidentatlas.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import org.incidentatlas.dataset.ArticleDraft;
import org.incidentatlas.dataset.ArticleRefused;
import org.incidentatlas.dataset.ArticleStore;
import org.incidentatlas.dataset.AtomicFiles;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.DatasetSaver;
import org.incidentatlas.dataset.DatasetWriter;
import org.incidentatlas.dataset.OutputGuard;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.dataset.UnknownFields;
import org.incidentatlas.importer.ArticleReader;
import org.incidentatlas.importer.ArticleSource;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Quote;

/**
 * The dataset's file while the analyst edits it: Save and Save As (atomic, with the previous version kept as a
 * backup, the unknown fields written back), the question before unsaved changes would be lost, File > New, and
 * the recovery copy kept beside the dataset while there are unsaved changes, which the next start offers after
 * a crash or a kill.
 */
public final class SavedFiles {


    private final Workbench bench;
    private final Editing editing;
    private final Tasks tasks;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final DatasetSaver saver = new DatasetSaver();
    /** A recovery copy is being written; another edit meanwhile asks for one more after it (application thread). */
    private boolean recoveryBusy;
    private boolean recoveryAgain;

    SavedFiles(Workbench bench, Editing editing, Tasks tasks, DialogService dialogs, AppSettings settings) {
        this.bench = bench;
        this.editing = editing;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.settings = settings;
    }

    /** The hidden copy of {@code dataset} with its unsaved changes: beside it, so its article paths still hold. */
    public static Path recoveryOf(Path dataset) {
        return dataset.resolveSibling("." + dataset.getFileName() + ".recovery");
    }

    // ---------------------------------------------------------------- save

    /** File > Save (Ctrl+S): over the dataset's file; a dataset with no file asks where. */
    public void save() {
        Dataset d = bench.datasetProperty().get();
        if (d == null) {
            return;
        }
        if (d.file() == null) {
            saveAs();
        } else {
            saveTo(d.file(), null);
        }
    }

    /** File > Save As (Ctrl+Shift+S): asks for a file; the article texts go with the dataset to a new folder. */
    public void saveAs() {
        Dataset d = bench.datasetProperty().get();
        if (d == null) {
            return;
        }
        Path file = d.file();
        dialogs.chooseSave(new DialogService.FileRequest("Save the dataset as", Workbench.folderOf(file),
                file == null ? "incident-atlas.json" : file.getFileName().toString(), List.of(Transfers.DATASET)))
                .ifPresent(c -> saveTo(Transfers.withExtension(c.path(), "json"), null));
    }

    /**
     * Writes the dataset to {@code target} in the background; {@code then} runs once it is written (a question
     * answered with "Save" goes on only then).
     */
    public void saveTo(Path target, Runnable then) {
        Dataset d = bench.datasetProperty().get();
        Optional<String> clash = OutputGuard.conflict(target, articleInputs(d));
        if (clash.isPresent()) {
            dialogs.show(DialogService.Level.ERROR, "Save", "Nothing was written to " + target.getFileName() + ".",
                    Character.toUpperCase(clash.get().charAt(0)) + clash.get().substring(1) + ".");
            return;
        }
        UnknownFields unknown = bench.unknownFields();
        long[] mark = editing.mark();
        Path from = d.file();
        Dataset saved = new Dataset(target.toAbsolutePath(), d.title(), d.description(), d.attribution(),
                d.articles(), d.centers(), d.incidents(), d.aliases());
        bench.say("Saving " + target.getFileName() + "\u2026");
        tasks.run(progress -> {
            if (from != null && !Workbench.sameFolder(from, target)) {
                copyArticleTexts(d, target);
            }
            saver.save(saved, unknown, target);
            if (from != null) {
                Files.deleteIfExists(recoveryOf(from));
            }
            return saved;
        }, written -> {
            editing.saved(mark);
            if (from != null) {
                settings.recoveryDone(from);
            }
            if (!target.toAbsolutePath().equals(from == null ? null : from.toAbsolutePath())) {
                bench.movedTo(written);
            }
            bench.say(String.format("Saved %,d incidents to %s (the previous version is kept as %s)",
                    d.incidents().size(), target.getFileName(), DatasetSaver.backupOf(target).getFileName()));
            if (editing.hasUnsavedChanges()) {
                keepRecovery();
            }
            if (then != null) {
                then.run();
            }
        }, e -> dialogs.show(DialogService.Level.ERROR, "Save", target.getFileName() + " was not saved",
                "It could not be written (" + Messages.reason(e) + "). The file on disk is as it was, and your "
                        + "changes are still open: try File > Save As to another folder."));
    }

    private static List<OutputGuard.Input> articleInputs(Dataset d) {
        List<OutputGuard.Input> out = new ArrayList<>(OutputGuard.inputsOf(d));
        out.removeIf(i -> d.file() != null && i.path().toAbsolutePath().equals(d.file().toAbsolutePath()));
        return out;
    }

    /** Saving into another folder: each stored article text is copied there, at the same relative path. */
    private static void copyArticleTexts(Dataset d, Path target) throws IOException {
        Path fromDir = d.file().toAbsolutePath().getParent();
        Path toDir = target.toAbsolutePath().getParent();
        for (Article a : d.articles()) {
            if (a.textPath() == null) {
                continue;
            }
            Path dest = toDir.resolve(a.textPath()).normalize();
            if (!Files.exists(dest)) {
                Files.createDirectories(dest.getParent());
                Path src = fromDir.resolve(a.textPath()).normalize();
                AtomicFiles.write(dest, out -> Files.copy(src, out));
            }
        }
    }

    // ---------------------------------------------------------------- unsaved changes

    /**
     * Before unsaved changes would be lost ({@code what}: "open another dataset", "close"): asks to save,
     * discard or cancel. {@code go} runs when the analyst may go on: at once, or after the save is written.
     */
    public void settleThen(String what, Runnable go) {
        if (!editing.hasUnsavedChanges()) {
            go.run();
            return;
        }
        Dataset d = bench.datasetProperty().get();
        int choice = dialogs.choose("Unsaved changes", "\u201c" + d.title() + "\u201d has unsaved changes ("
                + editing.undoLabelProperty().get() + "\u2026). Save them before you " + what + "?",
                List.of("Save", "Don't save", "Cancel"));
        if (choice == 0) {
            if (d.file() == null) {
                saveAs();
            } else {
                saveTo(d.file(), go);
            }
        } else if (choice == 1) {
            discardRecovery();
            go.run();
        }
    }

    // ---------------------------------------------------------------- new dataset

    /**
     * File > New: asks where, then makes an empty dataset there and opens it.
     *
     * @param centresFrom a dataset whose centres (and the articles they cite) are copied in as reference centres,
     *                    e.g. the bundled one with the joint coordination centres; null for none
     */
    public void chooseAndCreate(Path centresFrom) {
        settleThen("make a new dataset", () -> dialogs.chooseSave(new DialogService.FileRequest(
                "New dataset: choose its file (its articles go in an \"articles\" folder beside it)", null,
                "incident-atlas.json", List.of(Transfers.DATASET))).ifPresent(c -> create(Transfers.withExtension(c.path(), "json"),
                        "New dataset", centresFrom)));
    }

    /** Makes an empty dataset at {@code file} with its articles folder, and opens it; an existing file is not replaced. */
    public void create(Path file, String title, Path centresFrom) {
        tasks.run(progress -> {
            if (Files.exists(file)) {
                throw new IOException(file.getFileName() + " already exists; choose a new name, or open it");
            }
            Files.createDirectories(file.toAbsolutePath().getParent().resolve("articles"));
            List<Center> centres = List.of();
            List<Article> cited = List.of();
            if (centresFrom != null) {
                ReadResult r = new DatasetReader().read(centresFrom);
                if (!r.ok()) {
                    throw new IOException("the centres could not be copied: " + centresFrom.getFileName() + " does not read");
                }
                centres = r.dataset().centers();
                Set<String> ids = centres.stream().flatMap(c -> c.quotes().stream()).map(Quote::articleId)
                        .collect(Collectors.toSet());
                cited = r.dataset().articles().stream().filter(a -> ids.contains(a.id())).toList();
                copyArticleTexts(r.dataset().withArticles(cited), file);
            }
            new DatasetWriter().write(new Dataset(file, title, null, null, cited, centres, List.of()), file);
            return file;
        }, bench::open, e -> dialogs.show(DialogService.Level.ERROR, "New dataset", "No dataset was made",
                Messages.reason(e) + "."));
    }

    // ---------------------------------------------------------------- articles in

    /** Asks for an article's file, then reads it (see {@link #readArticle}). */
    public void chooseArticle(Consumer<ArticleSource> then) {
        Dataset d = bench.datasetProperty().get();
        dialogs.chooseOpen(new DialogService.FileRequest("Choose the article's file", Workbench.folderOf(d == null ? null
                : d.file()), null, List.of(DialogService.FileType.of("Articles (*.txt, *.md, *.html)", "*.txt", "*.md",
                "*.html", "*.htm"), DialogService.FileType.of("All files", "*")))).ifPresent(c -> readArticle(c.path(), then));
    }

    /** Reads an article file (.txt, .md, .html) in the background; a file that cannot be read is said, nothing kept. */
    public void readArticle(Path file, Consumer<ArticleSource> then) {
        tasks.run(progress -> ArticleReader.read(file), then, e -> dialogs.show(DialogService.Level.ERROR,
                "Add article", file.getFileName() + " was not read", refusal(e)));
    }

    /**
     * File > Add article: stores the text in the dataset's articles folder (UTF-8, its SHA-256 recorded) and adds the
     * article, as one undoable edit; {@code then} gets it. A draft that cannot be stored is said, nothing written.
     */
    public void addArticle(ArticleDraft draft, Consumer<Article> then) {
        Dataset d = bench.datasetProperty().get();
        if (d == null || d.file() == null) {
            dialogs.show(DialogService.Level.ERROR, "Add article", "No dataset to add it to",
                    "Open a dataset, or make one with File > New, first.");
            return;
        }
        List<Article> existing = d.articles();
        Path file = d.file();
        tasks.run(progress -> ArticleStore.store(file, draft, existing), a -> {
            editing.addArticle(a);
            then.accept(a);
        }, e -> dialogs.show(DialogService.Level.ERROR, "Add article", "The article was not added",
                refusal(e)));
    }

    /** What an article refusal says (already a sentence), or what failed. */
    private static String refusal(Throwable e) {
        String why = e instanceof ArticleRefused ? e.getMessage() : Messages.reason(e) + ". Nothing was written.";
        return Character.toUpperCase(why.charAt(0)) + why.substring(1);
    }

    // ---------------------------------------------------------------- recovery

    /** After an edit: the recovery copy is written again in the background (one at a time, the last one wins). */
    void keepRecovery() {
        Dataset d = bench.datasetProperty().get();
        if (d == null || d.file() == null) {
            return;
        }
        if (recoveryBusy) {
            recoveryAgain = true;
            return;
        }
        recoveryBusy = true;
        recoveryAgain = false;
        UnknownFields unknown = bench.unknownFields();
        Path copy = recoveryOf(d.file());
        settings.recoveryPending(d.file());
        tasks.run(progress -> {
            new DatasetWriter().write(d, unknown, copy);
            return copy;
        }, done -> recoveryWritten(), e -> {
            recoveryWritten();
            bench.say("No recovery copy could be written beside the dataset (" + Messages.reason(e) + "); save often.");
        });
    }

    private void recoveryWritten() {
        recoveryBusy = false;
        if (recoveryAgain && editing.hasUnsavedChanges()) {
            keepRecovery();
        } else if (!editing.hasUnsavedChanges()) {
            discardRecovery();
        }
    }

    /** The unsaved changes are given up (or saved): the recovery copy goes. */
    void discardRecovery() {
        Dataset d = bench.datasetProperty().get();
        if (d == null || d.file() == null) {
            return;
        }
        Path copy = recoveryOf(d.file());
        settings.recoveryDone(d.file());
        tasks.quietly(() -> {
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                // a stale copy is offered once more at the next start, and can be declined then
            }
        });
    }

    /**
     * At start: a dataset left with unsaved changes by a crash or a kill has its recovery copy offered; taken, it
     * opens as that dataset with all of it unsaved; declined, the copy is deleted.
     *
     * @return whether a recovered dataset is being opened (the start's dataset is then not opened)
     */
    public boolean offerRecovery() {
        for (Path file : settings.pendingRecoveries()) {
            Path copy = recoveryOf(file);
            if (!Files.isRegularFile(copy)) {
                settings.recoveryDone(file);
                continue;
            }
            String when = Messages.modified(copy);
            if (dialogs.confirm("Recover unsaved changes?", "Incident Atlas stopped with unsaved changes to "
                    + file.getFileName() + " (last kept " + when + "). Recover them?", "Recover", "Discard them")) {
                recover(file, copy);
                return true;
            }
            settings.recoveryDone(file);
            try {
                Files.deleteIfExists(copy);
            } catch (IOException e) {
                bench.say("The recovery copy " + copy + " could not be deleted (" + Messages.reason(e) + ").");
            }
        }
        return false;
    }

    private void recover(Path file, Path copy) {
        tasks.run(progress -> new DatasetReader().read(copy, progress::accept), (ReadResult r) -> {
            if (!r.ok()) {
                dialogs.showProblems("The recovery copy of " + file.getFileName() + " could not be read; it is kept as "
                        + copy.getFileName() + ".", r.problems());
                return;
            }
            Dataset d = r.dataset();
            bench.showRecovered(new Dataset(file, d.title(), d.description(), d.attribution(), d.articles(),
                    d.centers(), d.incidents(), d.aliases()), r);
        }, e -> bench.say("The recovery copy could not be read (" + Messages.reason(e) + ")."));
    }
}
