package org.incidentatlas.app;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.incidentatlas.dataset.Problem;
import org.incidentatlas.dataset.RecordCheck;
import org.incidentatlas.model.AliasTable;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;

/**
 * The analyst's changes to the open dataset: add, change, delete and duplicate incidents and centres, add
 * articles and quotes, each checked by the reader's rules before it is made, each one step that can be undone
 * and redone. Whether there are unsaved changes follows the undo history: undoing back to what was saved is no
 * unsaved change. Saving, the recovery copy and new datasets are {@link SavedFiles}.
 *
 * <p>Threads: like the workbench, on the application thread; an edit's own work is small (one record checked,
 * the lists copied once), and the counts follow in the background.
 */
public final class Editing {

    /** How many edits can be undone; older ones are forgotten. */
    static final int UNDO_LIMIT = 500;

    private final Workbench bench;
    private final DialogService dialogs;
    /** Made at the first check: loading the format's schema is work the window's start need not wait for. */
    private RecordCheck checker;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper unsaved = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
    /** How many edits of the current history are applied (up by an edit or redo, down by an undo). */
    private long depth;
    /** The depth of the saved version; -1 when it is no longer in the history (or never was: a recovered copy). */
    private long savedDepth;
    /** Counts the times a new edit threw away what could be redone, so a save knows its history still holds. */
    private long branch;
    /** The edits that were updates from a newer export: the source's work, not the analyst's. */
    private final Set<Edit> sourceEdits = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Ids of every record, in lower case (ids that differ only in case are one id); built when first needed. */
    private Set<String> ids;

    Editing(Workbench bench, DialogService dialogs) {
        this.bench = bench;
        this.dialogs = dialogs;
    }

    // ---------------------------------------------------------------- checks

    /**
     * What the reader would say about {@code r} in the saved file: errors (which stop it being kept) and warnings.
     *
     * @param replacing the record it replaces (its id is then not "taken"), or null for a new record
     */
    public List<Problem> check(AtlasRecord r, AtlasRecord replacing) {
        Dataset d = bench.datasetProperty().get();
        if (d == null) {
            return List.of();
        }
        Set<String> taken = ids();
        String own = replacing == null ? null : replacing.id().toLowerCase(Locale.ROOT);
        Predicate<String> idTaken = id -> taken.contains(id) && !id.equals(own);
        if (checker == null) {
            checker = new RecordCheck();
        }
        return checker.check(r, bench.articles(), idTaken);
    }

    /** A free id: {@code prefix} and the lowest number not used yet ("inc-31"). */
    public String freeId(String prefix) {
        Set<String> taken = ids();
        for (int n = taken.size() + 1; ; n++) {
            String id = prefix + n;
            if (!taken.contains(id.toLowerCase(Locale.ROOT))) {
                return id;
            }
        }
    }

    // ---------------------------------------------------------------- commands

    /** Adds a new incident or centre; false (and the analyst told why) when the reader's rules refuse it. */
    public boolean add(AtlasRecord given) {
        AtlasRecord r = Records.byAnalyst(given);
        return checkedEdit(r, null, Edit.of("Add " + kind(r) + " \u201c" + r.label() + "\u201d", null, r));
    }

    /** Replaces {@code before} by {@code after} (the same kind of record; the id may change if free). */
    public boolean change(AtlasRecord before, AtlasRecord given) {
        AtlasRecord after = Records.byAnalyst(given);
        if (before.equals(after)) {
            return true;
        }
        return checkedEdit(after, before, Edit.of("Edit " + kind(after) + " \u201c" + after.label() + "\u201d", before, after));
    }

    /** Deletes records (from the table's selection); one step to undo. */
    public void delete(List<? extends AtlasRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        List<Edit.Change> changes = records.stream().map(r -> new Edit.Change(r, null)).toList();
        String label = records.size() == 1 ? "Delete " + kind(records.get(0)) + " \u201c" + records.get(0).label() + "\u201d"
                : "Delete " + Messages.plural(records.size(), "record");
        make(new Edit(label, changes), null);
    }

    /** A copy of {@code i} with a new id and "(copy)" in its title, added and selected. */
    public boolean duplicate(AtlasRecord r) {
        AtlasRecord copy = Records.byAnalyst(r instanceof Incident i ? Records.withId(i, freeId("inc-"), i.title() + " (copy)")
                : Records.withId((Center) r, freeId("ctr-"), ((Center) r).name() + " (copy)"));
        return checkedEdit(copy, null, Edit.of("Duplicate " + kind(r) + " \u201c" + r.label() + "\u201d", null, copy));
    }

    /** Adds {@code q} to the quotes of {@code r} (Add as quote to the selected record). */
    public boolean addQuote(AtlasRecord r, Quote q) {
        List<Quote> quotes = new ArrayList<>(r.quotes());
        quotes.add(q);
        AtlasRecord after = Records.byAnalyst(Records.withQuotes(r, quotes));
        return checkedEdit(after, r, Edit.of("Add a quote to \u201c" + r.label() + "\u201d", r, after));
    }

    /** Adds an article whose text is already stored in the dataset's folder. */
    public void addArticle(Article a) {
        make(Edit.of("Add article \u201c" + (a.title() == null ? a.id() : a.title()) + "\u201d", null, a), null);
    }

    /**
     * Replaces the whole dataset's records by {@code next}'s (an update from a newer export), as one edit: each
     * record that differs, is new or is gone is a change, so it can be undone like any other.
     */
    public void replaceAll(Dataset next, String said) {
        Dataset now = bench.datasetProperty().get();
        List<Edit.Change> changes = new ArrayList<>();
        diff(now.incidents(), next.incidents(), Incident::id, changes);
        diff(now.centers(), next.centers(), Center::id, changes);
        diff(now.articles(), next.articles(), Article::id, changes);
        if (changes.isEmpty()) {
            bench.say(said + " Nothing changed.");
            return;
        }
        Edit e = new Edit(said, changes);
        sourceEdits.add(e);
        make(e, null);
        bench.say(said);
    }

    /**
     * What the analyst did to imported events in the edits that are applied now (undone edits do not count, nor
     * updates from a newer export): the ids of incidents changed, and the source ids of those deleted. An update
     * keeps both as the analyst left them. Changes: this session's history (up to {@link #UNDO_LIMIT} edits) and
     * every incident that carries the saved marker {@link Incident#analystEdited}; deletions: this session's only.
     */
    public AnalystWork analystWork() {
        Set<String> edited = new HashSet<>();
        Set<String> deleted = new HashSet<>();
        for (Iterator<Edit> it = undo.descendingIterator(); it.hasNext(); ) {
            Edit e = it.next();
            if (sourceEdits.contains(e)) {
                continue;
            }
            for (Edit.Change c : e.changes()) {
                if (c.before() instanceof Incident was && c.after() instanceof Incident now) {
                    edited.remove(was.id());
                    edited.add(now.id());
                } else if (c.before() instanceof Incident was && was.sourceId() != null) {
                    edited.remove(was.id());
                    deleted.add(was.sourceId());
                }
            }
        }
        // and those marked in the dataset: edited in an earlier session, saved, and opened again
        for (Incident i : bench.datasetProperty().get() == null ? List.<Incident>of() : bench.datasetProperty().get().incidents()) {
            if (i.analystEdited()) {
                edited.add(i.id());
            }
        }
        return new AnalystWork(Set.copyOf(edited), Set.copyOf(deleted));
    }

    /** Incidents the analyst changed (by id) and imported events the analyst deleted (by source id). */
    public record AnalystWork(Set<String> editedIds, Set<String> deletedSourceIds) { }

    private static <T> void diff(List<T> now, List<T> next, Function<T, String> id, List<Edit.Change> out) {
        Map<String, T> before = new HashMap<>(now.size() * 2);
        now.forEach(r -> before.put(id.apply(r), r));
        for (T r : next) {
            T old = before.remove(id.apply(r));
            if (old == null || !old.equals(r)) {
                out.add(new Edit.Change(old, r));
            }
        }
        before.values().forEach(r -> out.add(new Edit.Change(r, null)));
    }

    /**
     * Edit > Aliases: the dataset's own alias entries become {@code next}, as one undoable edit (saved with the
     * dataset; the filter lists and the search follow).
     */
    public void setAliases(AliasTable next, String label) {
        AliasTable now = bench.datasetProperty().get().aliases();
        if (now.equals(next)) {
            bench.say("The aliases are as they were.");
            return;
        }
        make(new Edit(label, List.of(new Edit.Change(now, next))), null);
        bench.say(label + ".");
    }

    public void undo() {
        Edit e = undo.poll();
        if (e != null) {
            redo.push(e);
            depth--;
            apply(e.inverse(), "Undid: " + e.label());
        }
    }

    public void redo() {
        Edit e = redo.poll();
        if (e != null) {
            undo.push(e);
            depth++;
            apply(e, "Redid: " + e.label());
        }
    }

    // ---------------------------------------------------------------- state

    /** Whether the dataset has changes that are not saved (the title bar marks them). */
    public ReadOnlyBooleanProperty unsavedProperty() {
        return unsaved.getReadOnlyProperty();
    }

    public boolean hasUnsavedChanges() {
        return unsaved.get();
    }

    /** What Undo would undo ("Add incident “Attack on Prde”"); empty when nothing. */
    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- for the workbench and the saved files

    /** A dataset was opened (or made): no history, nothing unsaved, or, for a recovered copy, all of it unsaved. */
    void reset(boolean unsavedFromStart) {
        undo.clear();
        sourceEdits.clear();
        redo.clear();
        ids = null;
        depth = 0;
        savedDepth = unsavedFromStart ? -1 : 0;
        branch++;
        labels();
    }

    /** Where the history is when a save starts: handed back to {@link #saved} when it is written. */
    long[] mark() {
        return new long[] {depth, branch};
    }

    /** The version of {@code mark} is the one on disk now (later edits, if any, stay unsaved). */
    void saved(long[] mark) {
        savedDepth = mark[1] == branch ? mark[0] : -1;
        labels();
    }

    // ---------------------------------------------------------------- inside

    private boolean checkedEdit(AtlasRecord r, AtlasRecord replacing, Edit e) {
        List<Problem> errors = RecordCheck.errors(check(r, replacing));
        if (!errors.isEmpty()) {
            dialogs.showProblems("\u201c" + r.label() + "\u201d was not kept: " + Messages.plural(errors.size(), "problem")
                    + " to fix first.", errors);
            return false;
        }
        make(e, r);
        return true;
    }

    private void make(Edit e, AtlasRecord select) {
        undo.push(e);
        while (undo.size() > UNDO_LIMIT) {
            sourceEdits.remove(undo.removeLast());
        }
        if (!redo.isEmpty()) {
            redo.forEach(sourceEdits::remove);
            redo.clear();
            branch++;
            if (savedDepth > depth) {
                savedDepth = -1; // the saved version was among what could be redone
            }
        }
        depth++;
        apply(e, null);
        if (select != null) {
            bench.selectEdited(select);
        }
    }

    private void apply(Edit e, String said) {
        Dataset after = DatasetEdits.apply(bench.datasetProperty().get(), e);
        if (ids != null) {
            for (Edit.Change c : e.changes()) {
                if (c.either() instanceof AliasTable) {
                    continue;
                }
                if (c.before() != null) {
                    ids.remove(idOf(c.before()));
                }
                if (c.after() != null) {
                    ids.add(idOf(c.after()));
                }
            }
        }
        labels();
        bench.edited(e, after);
        if (said != null) {
            bench.say(said);
        }
    }

    private void labels() {
        undoLabel.set(undo.isEmpty() ? "" : undo.peek().label());
        redoLabel.set(redo.isEmpty() ? "" : redo.peek().label());
        unsaved.set(depth != savedDepth);
    }

    private Set<String> ids() {
        if (ids == null) {
            Dataset d = bench.datasetProperty().get();
            ids = new HashSet<>(d.incidents().size() * 2 + d.centers().size() + d.articles().size());
            d.incidents().forEach(i -> ids.add(i.id().toLowerCase(Locale.ROOT)));
            d.centers().forEach(c -> ids.add(c.id().toLowerCase(Locale.ROOT)));
            d.articles().forEach(a -> ids.add(a.id().toLowerCase(Locale.ROOT)));
        }
        return ids;
    }

    private static String idOf(Object r) {
        String id = r instanceof AtlasRecord a ? a.id() : ((Article) r).id();
        return id.toLowerCase(Locale.ROOT);
    }

    private static String kind(Object r) {
        return r instanceof Center ? "centre" : r instanceof Article ? "article" : "incident";
    }
}
