package org.incidentatlas.changes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;

/**
 * An update of an open dataset from a newer export of its source (docs/updates-and-diffs.md): the imported events
 * (those with a source id) are compared with the newer import, by source id; applying it takes the newer version
 * of each, adds the new and drops those gone from the source, and leaves the analyst's own records (no source id)
 * as they are. Articles: the open dataset's, with the newer import's added or, for the same id, taken from it.
 *
 * <p>An imported event the analyst changed is kept as the analyst left it, and one the analyst deleted stays
 * deleted: the source's version would otherwise silently undo the analyst's work. Such events are left out of
 * the comparison and counted in {@code keptEdited} and {@code keptDeleted}.
 */
public record SourceUpdate(DatasetDiff diff, Dataset updated, int keptEdited, int keptDeleted) {

    public SourceUpdate(DatasetDiff diff, Dataset updated) {
        this(diff, updated, 0, 0);
    }

    /** Plans the update of {@code open} from {@code newer} (a fresh import); nothing is written. */
    public static SourceUpdate plan(Dataset open, Dataset newer) {
        return plan(open, newer, Set.of(), Set.of());
    }

    /**
     * Plans the update, keeping the analyst's work: {@code edited} the ids of open incidents the analyst changed
     * (kept as they are, even when gone from the source), {@code deletedSourceIds} the source ids of imported
     * events the analyst deleted (not brought back as new).
     */
    public static SourceUpdate plan(Dataset open, Dataset newer, Set<String> edited, Set<String> deletedSourceIds) {
        // only the events imported from the same source as the newer file (acled-…, ucdp-…) are compared
        Set<String> sources = new HashSet<>();
        newer.incidents().forEach(i -> sources.add(sourcePrefix(i)));
        Set<String> keptKeys = new HashSet<>();
        List<Incident> imported = new ArrayList<>();
        for (Incident i : open.incidents()) {
            if (inScope(i, sources)) {
                if (edited.contains(i.id())) {
                    keptKeys.add(DatasetDiff.key(i));
                } else {
                    imported.add(i);
                }
            }
        }
        int keptEdited = keptKeys.size();
        int keptDeleted = 0;
        List<Incident> fromSource = new ArrayList<>(newer.incidents().size());
        for (Incident i : newer.incidents()) {
            if (i.sourceId() != null && deletedSourceIds.contains(i.sourceId()) && !keptKeys.contains(DatasetDiff.key(i))) {
                keptDeleted++;
            } else if (!keptKeys.contains(DatasetDiff.key(i))) {
                fromSource.add(i);
            }
        }
        DatasetDiff diff = DatasetDiff.of(imported, fromSource);
        Set<String> gone = new HashSet<>();
        for (DatasetDiff.Change c : diff.changes()) {
            if (c.kind() == DatasetDiff.Kind.GONE) {
                gone.add(c.before().id());
            }
        }
        Map<String, Incident> newerBySource = new LinkedHashMap<>();
        fromSource.forEach(i -> newerBySource.put(DatasetDiff.key(i), i));
        List<Incident> incidents = new ArrayList<>(open.incidents().size() + diff.count(DatasetDiff.Kind.NEW));
        for (Incident i : open.incidents()) {
            if (!inScope(i, sources) || edited.contains(i.id())) {
                incidents.add(i); // the analyst's own, another source's, or edited by the analyst: untouched
            } else if (!gone.contains(i.id())) {
                incidents.add(newerBySource.remove(DatasetDiff.key(i)));
            }
        }
        incidents.addAll(newerBySource.values()); // what is new at the source
        Map<String, Article> articles = new LinkedHashMap<>();
        open.articles().forEach(a -> articles.put(a.id(), a));
        newer.articles().forEach(a -> articles.put(a.id(), a));
        // an article only the dropped events cited would be left uncited: leave it out
        Set<String> cited = new HashSet<>();
        for (Incident i : incidents) {
            i.quotes().stream().map(Quote::articleId).forEach(cited::add);
        }
        open.centers().forEach(c -> c.quotes().stream().map(Quote::articleId).forEach(cited::add));
        Set<String> oldCited = new HashSet<>();
        open.incidents().forEach(i -> i.quotes().stream().map(Quote::articleId).forEach(oldCited::add));
        articles.values().removeIf(a -> !cited.contains(a.id()) && oldCited.contains(a.id()));
        Dataset updated = new Dataset(open.file(), open.title(), open.description(), open.attribution(),
                List.copyOf(articles.values()), open.centers(), incidents, open.aliases());
        return new SourceUpdate(diff, updated, keptEdited, keptDeleted);
    }

    private static boolean inScope(Incident i, Set<String> sources) {
        return i.sourceId() != null && sources.contains(sourcePrefix(i));
    }

    /** "acled-" of "acled-IRQ1": the import names each source's events with its own prefix. */
    private static String sourcePrefix(Incident i) {
        int dash = i.id().indexOf('-');
        return dash < 0 ? "" : i.id().substring(0, dash + 1);
    }
}
