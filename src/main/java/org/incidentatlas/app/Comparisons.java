package org.incidentatlas.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.incidentatlas.changes.ChangesCsv;
import org.incidentatlas.changes.DatasetDiff;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.DatasetWriter;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;

/**
 * "Since the last briefing" (docs/updates-and-diffs.md): a snapshot of the dataset's records written beside it
 * when a briefing is exported, and a comparison of the open dataset with such a snapshot or any earlier version
 * of it. The comparison follows the analyst's edits (it is recomputed in the background when the dataset
 * changes) and is cleared when another dataset is opened. Table, map marks, status bar and the diff view read
 * {@link #currentProperty()}.
 */
public final class Comparisons {

    /**
     * The comparison set: what it is compared with ("the briefing of 12 Nov 2026"), the day of that version (the
     * snapshot's day, or the file's last change), the baseline and the diff.
     */
    public record Comparison(String label, LocalDate day, List<Incident> baseline, DatasetDiff diff,
                             Map<String, DatasetDiff.Change> byId) {

        static Comparison of(String label, LocalDate day, List<Incident> baseline, List<Incident> now) {
            DatasetDiff diff = DatasetDiff.of(baseline, now);
            Map<String, DatasetDiff.Change> byId = new HashMap<>();
            diff.changes().stream().filter(c -> c.after() != null).forEach(c -> byId.put(c.after().id(), c));
            return new Comparison(label, day, baseline, diff, Map.copyOf(byId));
        }

        /** The change of an incident of the open dataset, if it is new or changed since. */
        public Optional<DatasetDiff.Kind> kindOf(Incident i) {
            DatasetDiff.Change c = byId.get(i.id());
            return c == null ? Optional.empty() : Optional.of(c.kind());
        }

        /** "7 new, 3 changed, 2 removed since the briefing of 12 Nov 2026". */
        public String line() {
            return String.format("%,d new, %,d changed, %,d removed since %s", diff.count(DatasetDiff.Kind.NEW),
                    diff.count(DatasetDiff.Kind.CHANGED), diff.count(DatasetDiff.Kind.GONE), label);
        }

        /** The filter part "only new (or changed) since" this comparison: the ids it marks so now. */
        public IncidentFilter.Since since(boolean changedToo) {
            return new IncidentFilter.Since(changedToo, label, diff.newIds(changedToo));
        }

        /** What a briefing of {@code shown} says of it: "7 new, 3 changed since 12 Nov 2026", among those rows. */
        public String briefingLine(List<Incident> shown) {
            return diff.briefingLine(shown, day);
        }
    }

    public static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final Pattern SNAPSHOT_DATE = Pattern.compile("\\.briefing-(\\d{4}-\\d{2}-\\d{2})\\.json$");

    private final Workbench bench;
    private final Tasks tasks;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<Comparison> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Path comparedFile;

    Comparisons(Workbench bench, Tasks tasks, DialogService dialogs) {
        this.bench = bench;
        this.tasks = tasks;
        this.dialogs = dialogs;
        bench.datasetProperty().addListener((o, was, now) -> follow(was, now));
    }

    public ReadOnlyObjectProperty<Comparison> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The status bar's "Since 12 Nov 2026: 7 new, 3 changed, 2 removed"; empty when nothing is compared. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- commands

    /** File > Compare with…: an earlier version of the dataset (a saved file or a briefing snapshot). */
    public void chooseAndCompare() {
        Dataset d = bench.datasetProperty().get();
        if (d != null) {
            dialogs.chooseOpen(new DialogService.FileRequest("Compare with an earlier version of the dataset",
                    Workbench.folderOf(d.file()), null, List.of(Transfers.DATASET))).ifPresent(c -> compareWith(c.path()));
        }
    }

    /** File > Compare with the last briefing: the newest snapshot beside the dataset. */
    public void compareWithLastBriefing() {
        Dataset d = bench.datasetProperty().get();
        if (d == null || d.file() == null) {
            return;
        }
        Optional<Path> last = lastSnapshot(d.file());
        if (last.isEmpty()) {
            dialogs.show(DialogService.Level.INFORMATION, "Compare", "No briefing snapshot yet",
                    "A snapshot of " + d.file().getFileName() + " is written beside it each time a briefing is exported"
                            + " (" + snapshotName(d.file(), LocalDate.now()) + "). Export a briefing first, or use Compare with\u2026");
            return;
        }
        compareWith(last.get());
    }

    /** Compares the open dataset with the dataset in {@code file}, read in the background. */
    public void compareWith(Path file) {
        Dataset open = bench.datasetProperty().get();
        if (open == null) {
            return;
        }
        bench.say("Reading " + file.getFileName() + "\u2026");
        tasks.run(progress -> new Read(new DatasetReader().read(file), day(file)), r -> compared(open, file, r), e -> {
            bench.say("Comparison failed.");
            dialogs.show(DialogService.Level.ERROR, "Compare", file.getFileName() + " could not be read", Messages.reason(e));
        });
    }

    public void clear() {
        comparedFile = null;
        set(null);
    }

    /** Writes the comparison's changes as `diff --out` does (same columns). */
    public void chooseAndExport() {
        Comparison c = current.get();
        Dataset d = bench.datasetProperty().get();
        if (c == null || d == null) {
            return;
        }
        dialogs.chooseSave(new DialogService.FileRequest("Export the changes as CSV", Workbench.folderOf(d.file()),
                "changes.csv", List.of(Transfers.CSV))).ifPresent(ch -> export(Transfers.withExtension(ch.path(), "csv")));
    }

    public void export(Path target) {
        Comparison c = current.get();
        if (c == null) {
            return;
        }
        tasks.run(progress -> {
            ChangesCsv.write(c.diff(), target);
            return target;
        }, t -> bench.say(String.format("Wrote %,d changes to %s", c.diff().changes().size(), t.getFileName())),
                e -> dialogs.show(DialogService.Level.ERROR, "Export", "Nothing was written to " + target.getFileName(),
                        Messages.reason(e)));
    }

    // ---------------------------------------------------------------- snapshots

    /** After a briefing is exported: the dataset's records as they were briefed, beside the dataset (background). */
    void snapshotForBriefing() {
        Dataset d = bench.datasetProperty().get();
        if (d == null || d.file() == null || bundled(d.file())) {
            return;
        }
        Path target = d.file().resolveSibling(snapshotName(d.file(), LocalDate.now()));
        tasks.run(progress -> {
            new DatasetWriter().write(d, target);
            return target;
        }, t -> { }, e -> bench.say("The briefing snapshot " + target.getFileName() + " could not be written: "
                + Messages.reason(e)));
    }

    /**
     * The sample dataset the app ships gets no snapshot: its folder is the installed image (read-only) or the
     * source tree, and neither is the analyst's; a copy saved under another name gets them.
     */
    private static boolean bundled(Path file) {
        Path sample = BundledFiles.ofThisRun().dataset().toAbsolutePath().normalize();
        return file.toAbsolutePath().normalize().equals(sample);
    }

    /** ".atlas.briefing-2026-11-12.json" for atlas.json: one a day, the day's last briefing. */
    static String snapshotName(Path dataset, LocalDate day) {
        String base = dataset.getFileName().toString().replaceFirst("(?i)\\.json$", "");
        return "." + base + ".briefing-" + day + ".json";
    }

    static Optional<Path> lastSnapshot(Path dataset) {
        String prefix = snapshotName(dataset, LocalDate.of(2000, 1, 1)).replace("2000-01-01.json", "");
        Path folder = dataset.toAbsolutePath().getParent();
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix) && SNAPSHOT_DATE.matcher(
                    p.getFileName().toString()).find()).max((a, b) -> a.getFileName().compareTo(b.getFileName()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- inside

    /** The earlier version as read, with its day. */
    private record Read(ReadResult result, LocalDate day) { }

    private void compared(Dataset open, Path file, Read read) {
        ReadResult r = read.result();
        if (!r.ok()) {
            dialogs.showProblems(file.getFileName() + " has errors and cannot be compared.", r.errors());
            bench.say("Comparison cancelled.");
            return;
        }
        if (bench.datasetProperty().get() != open) {
            bench.say("Comparison cancelled: the dataset changed meanwhile.");
            return;
        }
        comparedFile = file;
        Comparison c = Comparison.of(label(file), read.day(), r.dataset().incidents(), open.incidents());
        set(c);
        bench.say("Compared with " + file.getFileName() + ": " + c.diff().summary().replace("gone", "removed"));
    }

    /** The day of an earlier version: a snapshot's from its name, another file's last change (read in the background). */
    public static LocalDate day(Path file) throws IOException {
        Matcher m = SNAPSHOT_DATE.matcher(file.getFileName().toString());
        if (m.find()) {
            return LocalDate.parse(m.group(1));
        }
        return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
    }

    private static String label(Path file) {
        Matcher m = SNAPSHOT_DATE.matcher(file.getFileName().toString());
        return m.find() ? "the briefing of " + LocalDate.parse(m.group(1)).format(SHOWN) : file.getFileName().toString();
    }

    /** An edit recomputes the comparison in the background; another dataset opened clears it. */
    private void follow(Dataset was, Dataset now) {
        Comparison c = current.get();
        if (c == null) {
            return;
        }
        if (now == null || was == null || !Objects.equals(was.file(), now.file())) {
            clear();
            return;
        }
        Path file = comparedFile;
        tasks.run(progress -> Comparison.of(c.label(), c.day(), c.baseline(), now.incidents()), next -> {
            if (bench.datasetProperty().get() == now && comparedFile == file) {
                set(next);
            }
        }, e -> clear());
    }

    /**
     * Sets the comparison; the filter's "only new since" part follows it (the ids it marks now), and goes with it
     * when it is cleared.
     */
    private void set(Comparison c) {
        current.set(c);
        status.set(c == null ? "" : c.line());
        IncidentFilter.Since since = bench.filterProperty().get().since();
        if (since != null) {
            bench.changeFilter(f -> f.withSince(c == null ? null : c.since(since.changedToo())));
        }
    }

    // ---------------------------------------------------------------- the filter "only new since"

    /** Keeps only the incidents new since the compared version ({@code changedToo}: or changed); nothing when none is set. */
    public void showOnlyNew(boolean changedToo) {
        Comparison c = current.get();
        if (c != null) {
            bench.changeFilter(f -> f.withSince(c.since(changedToo)));
        }
    }

    /** Drops the "only new since" part of the filter: every incident again, the comparison stays. */
    public void showAll() {
        bench.changeFilter(f -> f.withSince(null));
    }
}
