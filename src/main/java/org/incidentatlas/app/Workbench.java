package org.incidentatlas.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.incidentatlas.importer.ImportSource;
import org.incidentatlas.briefing.BriefingRequest;
import org.incidentatlas.export.PdfBriefing;
import org.incidentatlas.briefing.Briefing;
import org.incidentatlas.briefing.BriefingComposer;
import org.incidentatlas.briefing.PageSize;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.dataset.Problem;
import org.incidentatlas.dataset.UnknownFields;
import org.incidentatlas.filter.Columns;
import org.incidentatlas.filter.FilteredRows;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.ListCounts;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.filter.Aliases;
import org.incidentatlas.filter.ListGroups;
import org.incidentatlas.model.AliasTable;
import org.incidentatlas.filter.SearchIndex;
import org.incidentatlas.map.basemap.AdminAreas;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import org.incidentatlas.places.PlaceLookup;

/**
 * The application without its window: the state every view shows (the open dataset, the filter, the one filtered
 * and sorted list of incidents that feeds the table, the map, the counts and every export, the one selection, the
 * list counts, what the status bar says) as read-only properties, and every analyst action as a command.
 * Views lay out, bind and call commands; they decide nothing.
 *
 * <p>Threads: commands and property changes happen on the application thread (the FX thread in the window).
 * Reading, indexing, counting, importing and writing run on the injected background executor, and their results
 * come back through the application executor. Tests inject a same-thread executor for both and a scripted
 * {@link DialogService}.
 */
public final class Workbench {

    private final Tasks tasks;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final PlaceVariants places;
    private final Transfers transfers;
    private final MapExports mapExports;
    private final SourceUpdates sourceUpdates;
    private final Comparisons comparisons;

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>();
    /** The bundled alias table with the open dataset's own entries (Edit > Aliases). */
    private final ReadOnlyObjectWrapper<Aliases> aliases = new ReadOnlyObjectWrapper<>(Aliases.bundled());
    private final ReadOnlyObjectWrapper<IncidentFilter> filter = new ReadOnlyObjectWrapper<>(IncidentFilter.NONE);
    private final ReadOnlyObjectWrapper<AtlasRecord> selection = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<Problem>> warnings = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper warningsText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("No dataset open.");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper filterProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<AppSettings.MapView> viewToShow = new ReadOnlyObjectWrapper<>();
    private final FilteredState state;
    private final MapLayerChoices layers;
    private final CentreChoices centres;
    private final BriefingPdfs pdfs;
    private final DensityChoice density = new DensityChoice(this::say);
    private final TrendChoice trend;
    private final PlaybackControl playback;
    // read-only views of the lists, made once: a view made per call is collected, and with it its listeners
    private final ObservableList<Incident> allView;
    private final ObservableList<Center> centersView;
    private final ObservableList<Center> allCentersView;
    private Map<String, Article> articles = Map.of();
    private Supplier<AppSettings.MapView> currentMapView = () -> null;
    private String readingNote;
    private BriefingComposer composer = new BriefingComposer();
    private final Editing editing;
    private final AliasEdits aliasEdits;
    private final SavedFiles files;
    private final PlaceSearch placeSearch;
    private final ReadOnlyBooleanWrapper centresShown = new ReadOnlyBooleanWrapper(true);
    /** The open file's fields this version does not know, written back when it is saved. */
    private UnknownFields unknown = UnknownFields.NONE;
    /** True while the dataset property changes because of an edit, not an opening. */
    private boolean changingByEdit;

    /**
     * @param background runs the long work (reads, counts, imports, exports)
     * @param app        runs what comes back on the application thread ({@code Platform::runLater} in the window)
     */
    public Workbench(Executor background, Executor app, DialogService dialogs, AppSettings settings, PlaceVariants places) {
        this.tasks = new Tasks(background, app);
        this.dialogs = dialogs;
        this.settings = settings;
        this.places = places;
        this.transfers = new Transfers(this, tasks, dialogs, settings);
        this.pdfs = new BriefingPdfs(this, tasks, dialogs, settings);
        this.mapExports = new MapExports(this, tasks, dialogs, settings);
        this.sourceUpdates = new SourceUpdates(this, tasks, dialogs);
        this.state = new FilteredState(tasks, places);
        this.layers = new MapLayerChoices(tasks, dialogs, settings);
        this.centres = new CentreChoices(state, settings, ReferenceCenters.ofThisRun(), tasks, () -> apply(filter.get()));
        this.allView = FXCollections.unmodifiableObservableList(state.all());
        this.centersView = FXCollections.unmodifiableObservableList(state.centers());
        this.allCentersView = FXCollections.unmodifiableObservableList(state.allCenters());
        this.editing = new Editing(this, dialogs);
        this.files = new SavedFiles(this, editing, tasks, dialogs, settings);
        this.aliasEdits = new AliasEdits(this, editing);
        this.placeSearch = new PlaceSearch(tasks, () -> {
            try {
                return PlaceLookup.bundled();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        this.trend = new TrendChoice(this, tasks, dialogs, settings, state::rows, dataset::get);
        state.rows().addListener((ListChangeListener<Incident>) c -> trend.refresh());
        state.onRowsChanged(() -> status.set(statusLine()));
        this.playback = new PlaybackControl(this, tasks, dialogs, settings, state::all, state::testFor);
        this.comparisons = new Comparisons(this, tasks, dialogs);
    }

    // ---------------------------------------------------------------- commands: datasets

    /** Opens {@code file}: read, check and prepare it in the background; on errors list them and keep what is open. */
    public void open(Path file) {
        open(file, null);
    }

    /** Opens {@code file} and, once it is shown, says {@code note} (why this one was opened). */
    public void open(Path file, String note) {
        files.settleThen("open " + file.getFileName(), () -> openNow(file, note));
    }

    private void openNow(Path file, String note) {
        readingNote = note;
        status.set("Reading " + file.getFileName() + "\u2026");
        // what the file is (an export to import, or a dataset) is looked at in the background too: it is I/O
        tasks.run(progress -> {
            Optional<ImportSource> export = ExportDetect.of(file);
            return export.isPresent() || ExportDetect.namedCsv(file) ? new Looked(null, export)
                    : new Looked(read(file, progress), Optional.empty());
        }, looked -> {
            if (looked.opened() != null) {
                opened(looked.opened());
            } else {
                readingNote = null;
                status.set(statusLine());
                offerImport(file, looked.export());
            }
        }, e -> opened(OpenedDataset.unexpected(file, e)));
    }

    private OpenedDataset read(Path file, DoubleConsumer progress) {
        OpenedDataset o = OpenedDataset.read(file, places, progress);
        centres.prepare(); // the reference centres a dataset without its own may be shown with
        return o;
    }

    /** A file read as a dataset, or found to be a CSV (an export when its header says which). */
    private record Looked(OpenedDataset opened, Optional<ImportSource> export) { }

    /** File > Open: asks for a dataset file, starting in the open one's folder. */
    public void chooseAndOpen() {
        Dataset d = dataset.get();
        dialogs.chooseOpen(new DialogService.FileRequest("Open dataset", folderOf(d == null ? null : d.file()), null,
                List.of(DialogService.FileType.of("Incident Atlas dataset (*.json)", "*.json"),
                        DialogService.FileType.of("All files", "*")))).ifPresent(c -> open(c.path()));
    }

    /** Reads the open dataset's file again; the filter stays. */
    public void reload() {
        Dataset d = dataset.get();
        if (d != null) {
            open(d.file());
        }
    }

    /** File > Import: asks for a UCDP or ACLED export, then where to save the dataset made of it. */
    public void chooseAndImport() {
        files.settleThen("import", transfers::chooseAndImport);
    }

    /** Imports {@code csv} as a {@code source} export into a dataset file the analyst names, then opens it. */
    public void importCsv(ImportSource source, Path csv) {
        transfers.importCsv(source, csv);
    }

    /** Imports {@code csv} into {@code target} (no dialog) and opens it; nothing is written when nothing imports. */
    public void importCsv(ImportSource source, Path csv, Path target) {
        transfers.importInto(source, csv, target);
    }

    private void offerImport(Path file, Optional<ImportSource> export) {
        String what = export.map(s -> "looks like a " + s.label() + " export").orElse("is a CSV file");
        if (export.isEmpty()) {
            dialogs.show(DialogService.Level.WARNING, "Not a dataset", file.getFileName() + " " + what
                    + ", not an Incident Atlas dataset.", "Its first line has neither UCDP GED's nor ACLED's columns,"
                    + " so it cannot be imported either. Open a dataset (.json), or import a UCDP GED or ACLED export"
                    + " with File > Import.");
            return;
        }
        if (dialogs.confirm("Import this export?", file.getFileName() + " " + what + ", not an Incident Atlas dataset."
                + " Import it into a new dataset?", "Import\u2026", "Cancel")) {
            importCsv(export.get(), file);
        }
    }

    private void opened(OpenedDataset o) {
        String note = readingNote; // meant for this opening only, whether it succeeds or not
        readingNote = null;
        if (!o.ok()) {
            status.set(statusLine());
            int n = o.result().errorCount();
            Dataset open = dataset.get();
            dialogs.showProblems(o.file().getFileName() + " was not opened: " + Messages.plural(n, "problem")
                    + " to fix." + (open == null ? "" : " \u201c" + open.title() + "\u201d stays open."), o.result().problems());
            return;
        }
        show(o);
        if (note != null) {
            message.set(note);
        }
    }

    /**
     * Shows a prepared dataset: another dataset starts from its remembered filter (or none), since yesterday's
     * filter would hide what the analyst came to see; a reload of the same file keeps the filter.
     */
    void show(OpenedDataset o) {
        Dataset before = dataset.get();
        Dataset d = o.dataset();
        boolean same = before != null && before.file() != null && before.file().equals(d.file());
        if (before != null && !same) {
            rememberDataset(before);
        }
        selection.set(null);
        articles = o.articles();
        unknown = o.result().unknown();
        editing.reset(false);
        state.take(o);
        useAliases(d.aliases());
        centres.datasetShown(d);
        IncidentFilter f = same ? filter.get() : remembered(d).orElse(IncidentFilter.NONE);
        filterProblem.set("");
        viewToShow.set(same || d.file() == null || !settings.rememberPerDataset() ? null
                : settings.mapView(d.file()).orElse(null));
        filter.set(f);
        apply(f);
        warnings.set(o.result().warnings());
        warningsText.set(Messages.warnings(o.result()));
        layers.datasetShown(d.file(), same);
        dataset.set(d);
        status.set(statusLine());
        message.set(same ? "Reloaded " + d.file().getFileName() : "");
        if (d.file() != null) {
            settings.opened(d.file());
            tasks.quietly(settings::flush); // kept at once, not only on a clean exit
        }
    }

    // ---------------------------------------------------------------- editing (see Editing and SavedFiles)

    /** The analyst's edits to the open dataset, with undo and redo. */
    public Editing editing() {
        return editing;
    }

    /** Compare with an earlier version or the last briefing's snapshot: what is new, changed and removed since. */
    public Comparisons comparisons() {
        return comparisons;
    }

    /** Save, Save As, New, the unsaved-changes question and the recovery copy. */
    public SavedFiles files() {
        return files;
    }

    /** View > Show coordination centres: the centres' own toggle (on by default; a filter never hides them). */
    public void showCentres(boolean on) {
        centresShown.set(on);
        state.showCentres(on);
        AtlasRecord s = selection.get();
        if (s instanceof Center && !on) {
            selection.set(null);
        }
        status.set(statusLine());
    }

    public ReadOnlyBooleanProperty centresShownProperty() {
        return centresShown.getReadOnlyProperty();
    }

    /** The offline place lookup (gazetteer, basemap places, admin areas) for the form. */
    public PlaceSearch placeSearch() {
        return placeSearch;
    }

    /** Whether the dataset property is changing because of an edit (views keep their view, their searches). */
    public boolean changingByEdit() {
        return changingByEdit;
    }

    /** The edit the dataset property is changing for, while it changes (views follow it instead of recounting). */
    public Edit editInProgress() {
        return changingByEdit ? inProgress : null;
    }

    UnknownFields unknownFields() {
        return unknown;
    }

    /** An edit was made (or undone): the lists, the counts and the dataset follow; the filter stays. */
    private Edit inProgress;

    void edited(Edit e, Dataset after) {
        if (e.touchesArticles()) {
            articles = after.articlesById();
        }
        AtlasRecord s = selection.get();
        if (s != null && e.changes().stream().anyMatch(c -> c.before() == s)) {
            // cleared before the lists change, not after: the table looks its selected row up by every row's
            // fields when its list changes (a cache miss a row at 100,000); the command selects what it made
            selection.set(null);
        }
        changingByEdit = true;
        inProgress = e;
        try {
            if (e.touchesAliases()) {
                ListGroups actorsWere = listGroups("actor");
                ListGroups provincesWere = listGroups("province");
                useAliases(after.aliases());
                // a ticked entry stands for its names under the new table (it gains the variant just added)
                IncidentFilter f = filter.get();
                filter.set(f.withActors(ListGroups.regrouped(actorsWere, listGroups("actor"), f.actors()))
                        .withProvinces(ListGroups.regrouped(provincesWere, listGroups("province"), f.provinces())));
                state.apply(filter.get()); // the search's spellings changed
            }
            state.edited(e, after, filter.get());
            viewToShow.set(null);
            dataset.set(after);
        } finally {
            changingByEdit = false;
            inProgress = null;
        }
        if (s != null && !present(s, e)) {
            selection.set(null);
        }
        status.set(statusLine());
        if (editing.hasUnsavedChanges()) {
            files.keepRecovery();
        }
    }

    private void useAliases(AliasTable own) {
        Aliases a = Aliases.bundled().with(own);
        state.setPlaces(own.isEmpty() ? places : places.withAliases(a));
        aliases.set(a);
    }

    /** The alias table in force: the bundled one with the open dataset's entries; the lists and search use it. */
    public ReadOnlyObjectProperty<Aliases> aliasesProperty() {
        return aliases.getReadOnlyProperty();
    }

    /** Edit > Aliases: the commands on the dataset's own alias entries. */
    public AliasEdits aliasEdits() {
        return aliasEdits;
    }

    /** The actor ({@code "actor"}) or province list's entries: one per canonical name of the dataset's names. */
    public ListGroups listGroups(String kind) {
        ListCounts t = state.totals().get();
        Map<String, Integer> names = t == null ? Map.of() : kind.equals("actor") ? t.actors() : t.provinces();
        return new ListGroups(kind, names.keySet(), aliases.get());
    }

    /** Selects a record just added or changed; says so when the filter hides it. */
    void selectEdited(AtlasRecord r) {
        if (r instanceof Incident i && !state.keeps(i) || r instanceof Center c && !state.centers().contains(c)) {
            message.set("“" + r.label() + "” is kept, but the filter hides it: Clear all (Ctrl+Shift+L) shows it.");
            selection.set(null);
            return;
        }
        selection.set(r);
    }

    /** Whether the selection is still shown after {@code e}: not changed or deleted by it, and kept by the filter. */
    private boolean present(AtlasRecord r, Edit e) {
        if (e.changes().stream().anyMatch(c -> c.before() == r)) {
            return false;
        }
        return r instanceof Incident i ? state.keeps(i) : state.centers().contains(r);
    }

    /** Saved under another name: the same records, now of {@code d}'s file. */
    void movedTo(Dataset d) {
        changingByEdit = true;
        try {
            dataset.set(d);
        } finally {
            changingByEdit = false;
        }
        settings.opened(d.file());
    }

    /** A recovery copy read at start: shown as the dataset it belongs to, every change unsaved. */
    void showRecovered(Dataset d, ReadResult r) {
        show(OpenedDataset.prepare(d.file(), new ReadResult(d, r.problems(), r.errorCount(), r.warningCount(),
                r.countByCode(), r.unknown()), places));
        editing.reset(true);
        message.set("Recovered the unsaved changes to " + d.file().getFileName() + ": save them (Ctrl+S) to keep them.");
        files.keepRecovery();
    }

    static boolean sameFolder(Path a, Path b) {
        Path pa = a.toAbsolutePath().getParent();
        Path pb = b.toAbsolutePath().getParent();
        return pa != null && pa.equals(pb);
    }

    /** File > Update from newer export: asks for the file, previews new / changed / gone, applies on request. */
    public void chooseAndUpdateFromExport() {
        sourceUpdates.chooseAndUpdate();
    }

    /** Updates the open dataset from a newer export of its source, after a preview the analyst confirms. */
    public void updateFromExport(ImportSource source, Path file) {
        sourceUpdates.update(source, file);
    }

    /**
     * Replaces the open dataset with {@code next}, computed from it (an update from a newer export): prepared in
     * the background, then shown as a reload of the same file, keeping the filter. The one place an edit of the
     * whole dataset lands, so that undo and "unsaved changes" can be routed through here; it writes nothing.
     */
    void replaceDataset(Dataset next, String note) {
        editing.replaceAll(next, note);
    }

    /** Shows a dataset read elsewhere (the benchmark), preparing it on the calling thread. */
    public void show(Dataset d, SearchIndex searchIndex) {
        ListCounts t = ListCounts.count(d.incidents(), IncidentFilter.NONE, searchIndex, places, () -> false);
        List<Incident> ordered = FilteredRows.inDefaultOrder(d.incidents());
        show(new OpenedDataset(d.file(), new ReadResult(d, List.of()), searchIndex, ordered, t, d.articlesById(),
                Columns.of(ordered, searchIndex)));
    }

    private Optional<IncidentFilter> remembered(Dataset d) {
        return d.file() == null || !settings.rememberPerDataset() ? Optional.empty() : settings.filter(d.file());
    }

    /** Keeps the dataset's filter and map view for the next time it is opened. */
    private void rememberDataset(Dataset d) {
        if (d.file() == null || !settings.rememberPerDataset()) {
            return;
        }
        settings.saveFilter(d.file(), filter.get());
        AppSettings.MapView v = currentMapView.get();
        if (v != null) {
            settings.saveMapView(d.file(), v);
        }
    }

    /** Called when the window closes: the open dataset's filter and view are remembered, settings written. */
    public void close() {
        Dataset d = dataset.get();
        if (d != null) {
            rememberDataset(d);
        }
        settings.flush();
    }

    // ---------------------------------------------------------------- commands: filter and selection

    /** Changes the filter; the list, the counts and the status follow at once. */
    public void changeFilter(UnaryOperator<IncidentFilter> change) {
        IncidentFilter f = change.apply(filter.get());
        filterProblem.set(FilterInputs.problem(f));
        if (f.equals(filter.get())) {
            return;
        }
        filter.set(f);
        apply(f);
        status.set(statusLine());
    }

    /** Sets the filter to {@code f} (the benchmark, a remembered filter). */
    public void setFilter(IncidentFilter f) {
        changeFilter(x -> f);
    }

    /** Clear all (Ctrl+Shift+L). */
    public void clearFilters() {
        changeFilter(x -> IncidentFilter.NONE);
    }

    /**
     * "At least N killed" as typed: a whole number from 0 (no limit) up; anything else is refused with a message
     * and the filter stays as it was.
     */
    public boolean setMinKilled(String typed) {
        return FilterInputs.minKilled(typed, filterProblem).map(n -> {
            changeFilter(f -> f.withMinKilled(n == 0 ? null : n));
            return true;
        }).orElse(false);
    }

    /** "Within N km" of {@code center} as typed: 1 to 2,000 km, or refused with a message. */
    public boolean setNear(Center center, String typedKm) {
        if (center == null) {
            changeFilter(f -> f.withNear(null));
            return true;
        }
        return FilterInputs.km(typedKm, filterProblem).map(km -> {
            changeFilter(f -> f.withNear(new IncidentFilter.Near(center.id(), center.name(), center.lat(), center.lon(), km)));
            return true;
        }).orElse(false);
    }

    /**
     * A click on an area of the choropleth (governorates or districts): keeps the incidents inside it, the very
     * ones its figure counts. {@code index} is the area's place in {@code level}'s boundary file, -1 (a click
     * outside every area) says so and leaves the filter as it was.
     */
    public void filterToArea(AdminAreas.Level level, int index) {
        if (index < 0) {
            say("No " + level.noun() + " there: the click fell outside the areas.");
            return;
        }
        changeFilter(f -> f.withArea(AreaFilters.of(level, index)));
    }

    /** Drops the area filter alone. */
    public void clearArea() {
        changeFilter(f -> f.withArea(null));
    }

    /** Selects an incident or centre (null clears); table, map and sources pane follow. */
    public void select(AtlasRecord r) {
        selection.set(r);
    }

    /** The table's column sort; null for the default order (date, then id). Ties keep the default order. */
    public void sortBy(Comparator<Incident> c) {
        state.sortBy(c);
    }

    /** Filters of this many rows or more are computed off the application thread (tests lower it). */
    void filterInBackgroundFrom(int rows) {
        state.filterInBackgroundFrom(rows);
    }

    private void apply(IncidentFilter f) {
        state.apply(f);
        AtlasRecord s = selection.get();
        if (s instanceof Incident i && !state.keeps(i) || s instanceof Center c && !state.centers().contains(c)) {
            selection.set(null);
        }
    }

    /** "4 of 6 incidents — types: attack, clash". */
    private String statusLine() {
        Dataset d = dataset.get();
        if (d == null) {
            return "No dataset open.";
        }
        IncidentFilter f = filter.get();
        return state.counted() + (f.isEmpty() ? "" : " \u2014 " + f.describe());
    }

    // ---------------------------------------------------------------- commands: exports

    /** File > Export CSV: asks where (the last CSV folder, a name from the filter), then writes what the table shows. */
    public void chooseAndExportCsv() {
        transfers.chooseAndExportCsv();
    }

    /** Writes the rows the table shows, in its order, to {@code target} in the background. */
    public void exportCsv(Path target, boolean forExcel) {
        transfers.exportCsv(target, forExcel);
    }

    /** File > Export GeoJSON: asks where, then writes what the table shows as an RFC 7946 FeatureCollection. */
    public void chooseAndExportGeoJson() {
        mapExports.chooseAndExport(MapExports.Format.GEOJSON);
    }

    /** Writes the rows the table shows, in its order, to {@code target} as GeoJSON in the background. */
    public void exportGeoJson(Path target) {
        mapExports.export(MapExports.Format.GEOJSON, target);
    }

    /** File > Export KML: asks where, then writes what the table shows as KML 2.2 for Google Earth. */
    public void chooseAndExportKml() {
        mapExports.chooseAndExport(MapExports.Format.KML);
    }

    /** Writes the rows the table shows, in its order, to {@code target} as KML in the background. */
    public void exportKml(Path target) {
        mapExports.export(MapExports.Format.KML, target);
    }

    /** Where to save a briefing PNG: the last PNG folder and a name from the filter; empty when cancelled. */
    public Optional<Path> chooseBriefingFile(String title) {
        return transfers.chooseBriefingFile(title);
    }

    /**
     * Composes the briefing page of {@code request}; call on the FX thread. A failure is shown, and the future
     * fails.
     *
     * @param progress told the share of the map drawn so far
     */
    public CompletableFuture<Briefing> briefing(BriefingRequest request, DoubleConsumer progress) {
        return transfers.briefing(composer, request, progress);
    }

    /** The composer briefings are drawn with (tests give one with a short time-out or a clock of their own). */
    public void setBriefingComposer(BriefingComposer composer) {
        this.composer = composer;
    }

    /** The composer briefings are drawn with now. */
    BriefingComposer composer() {
        return composer;
    }

    /** Where to save a briefing PDF; empty when cancelled. */
    public Optional<Path> chooseBriefingPdf(String title) {
        return transfers.chooseBriefingFile(title, "Save the briefing as PDF", BriefingPdfs.PDF, "pdf");
    }

    /** Composes the briefing PDF's values of {@code request} on {@code paper}; on the FX thread. A failure is shown. */
    public CompletableFuture<PdfBriefing> briefingPdf(BriefingRequest request, PdfBriefing.Paper paper) {
        return pdfs.compose(composer, request, paper);
    }

    /** Writes a composed briefing PDF in the background; {@code done} or {@code failed} on the application thread. */
    public void saveBriefingPdf(PdfBriefing b, Path target, Runnable done, Runnable failed) {
        pdfs.save(b, target, done, failed);
    }

    /** Writes a composed briefing in the background; {@code done} or {@code failed} runs on the application thread. */
    public void saveBriefing(Briefing b, Path target, Runnable done, Runnable failed) {
        transfers.saveBriefing(b, target, done, failed);
    }

    /**
     * What a briefing of the window's state now shows: the rows the table shows, the centres the filters keep,
     * the filter, with the analyst's title, page and density, framed as given, and, while a comparison is set,
     * how many of those rows are new or changed since the compared version.
     */
    public BriefingRequest briefingRequest(String title,
            PageSize size, int density,
            BriefingRequest.Framing framing) {
        List<Incident> rows = List.copyOf(state.rows());
        Comparisons.Comparison compared = comparisons.currentProperty().get();
        return new BriefingRequest(dataset.get(), rows, List.copyOf(state.centers()),
                filter.get(), title, size, density, framing).withLayers(layers.layers())
                .withMeasuredFrom(List.copyOf(state.allCenters())).withDensityView(this.density.style())
                .withChanges(compared == null ? null : compared.briefingLine(rows))
                .withEarlier(playback.earlierProperty().get().incidents());
    }

    /** Says {@code text} in the status bar's message (what was last done). */
    public void say(String text) {
        message.set(text);
    }

    /** Where the map is now, asked when the analyst leaves a dataset, to remember its view. */
    public void setMapViewSource(Supplier<AppSettings.MapView> source) {
        this.currentMapView = source == null ? () -> null : source;
    }

    // ---------------------------------------------------------------- state

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IncidentFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<AtlasRecord> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** What passes the filter, in the table's order: the list every view and export reads. */
    public ObservableList<Incident> incidents() {
        return state.rows();
    }

    /** Every incident of the dataset, in the default order (the histogram's background). */
    public ObservableList<Incident> allIncidents() {
        return allView;
    }

    /** The centres the place-related filters keep. */
    public ObservableList<Center> centers() {
        return centersView;
    }

    public ObservableList<Center> allCenters() {
        return allCentersView;
    }

    /** Articles of the open dataset by id, built once when it opened. */
    public Map<String, Article> articles() {
        return articles;
    }

    /** The type, actor and province counts with no filter: they order the lists. */
    public ReadOnlyObjectProperty<ListCounts> totalsProperty() {
        return state.totals();
    }

    /** The counts under the filter: what ticking each value would keep. */
    public ReadOnlyObjectProperty<ListCounts> countsProperty() {
        return state.counts();
    }

    public ReadOnlyObjectProperty<List<Problem>> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** "1,234 warnings: …"; empty when there are none. */
    public ReadOnlyStringProperty warningsTextProperty() {
        return warningsText.getReadOnlyProperty();
    }

    /** "4 of 6 incidents — types: attack", or "Reading x.json…". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last thing done ("Exported 66 incidents to …"), or why a dataset was opened. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** What is wrong with a filter input as typed ("-5" killed, To before From); empty when nothing is. */
    public ReadOnlyStringProperty filterProblemProperty() {
        return filterProblem.getReadOnlyProperty();
    }

    /** The map view to show for the dataset just opened; null: frame all its incidents. */
    public ReadOnlyObjectProperty<AppSettings.MapView> viewToShowProperty() {
        return viewToShow.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return tasks.busyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return tasks.progressProperty();
    }

    /** The analyst's own basemap and overlays for the open dataset, and the commands that change them. */
    /** The centres the open dataset is shown and measured with, and each incident's nearest (issue 14). */
    public CentreChoices centres() {
        return centres;
    }

    public MapLayerChoices layers() {
        return layers;
    }

    /** Markers or a density view (heatmap, hexagon counts) on the map and in briefings, and its commands. */
    public DensityChoice density() {
        return density;
    }

    /** The trend chart of the filtered list (incidents or killed per week or month), and its exports. */
    public TrendChoice trend() {
        return trend;
    }

    /** Time playback: the filter's dates moved frame by frame (play, pause, step, stop). */
    public PlaybackControl playback() {
        return playback;
    }

    public AppSettings settings() {
        return settings;
    }

    static Path folderOf(Path file) {
        Path parent = file == null ? null : file.toAbsolutePath().getParent();
        return parent != null && parent.toFile().isDirectory() ? parent : null;
    }
}
