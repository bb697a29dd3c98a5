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
 */
public record SourceUpdate(DatasetDiff diff, Dataset updated) {

    /** Plans the update of {@code open} from {@code newer} (a fresh import); nothing is written. */
    public static SourceUpdate plan(Dataset open, Dataset newer) {
        // only the events imported from the same source as the newer file (acled-…, ucdp-…) are compared
        Set<String> sources = new HashSet<>();
        newer.incidents().forEach(i -> sources.add(sourcePrefix(i)));
        List<Incident> imported = open.incidents().stream().filter(i -> inScope(i, sources)).toList();
        DatasetDiff diff = DatasetDiff.of(imported, newer.incidents());
        Set<String> gone = new HashSet<>();
        for (DatasetDiff.Change c : diff.changes()) {
            if (c.kind() == DatasetDiff.Kind.GONE) {
                gone.add(c.before().id());
            }
        }
        Map<String, Incident> newerBySource = new LinkedHashMap<>();
        newer.incidents().forEach(i -> newerBySource.put(DatasetDiff.key(i), i));
        List<Incident> incidents = new ArrayList<>(open.incidents().size() + diff.count(DatasetDiff.Kind.NEW));
        for (Incident i : open.incidents()) {
            if (!inScope(i, sources)) {
                incidents.add(i); // the analyst's own, or another source's: untouched
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
        return new SourceUpdate(diff, updated);
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
