package org.incidentatlas.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.incidentatlas.model.AliasTable;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;

/**
 * Applies an {@link Edit} to a dataset, giving a new one: a changed record keeps its place in the file's order,
 * an added one goes at the end, a deleted one leaves. The lists are copied once per edit (a few milliseconds at
 * a million records), never per record.
 */
final class DatasetEdits {

    private DatasetEdits() {
    }

    static Dataset apply(Dataset d, Edit e) {
        List<Incident> incidents = d.incidents();
        List<Center> centers = d.centers();
        List<Article> articles = d.articles();
        List<Edit.Change> ofIncidents = of(e, Incident.class);
        List<Edit.Change> ofCenters = of(e, Center.class);
        List<Edit.Change> ofArticles = of(e, Article.class);
        if (!ofIncidents.isEmpty()) {
            incidents = changed(incidents, ofIncidents, Incident::id);
        }
        if (!ofCenters.isEmpty()) {
            centers = changed(centers, ofCenters, Center::id);
        }
        if (!ofArticles.isEmpty()) {
            articles = changed(articles, ofArticles, Article::id);
        }
        AliasTable aliases = d.aliases();
        for (Edit.Change c : e.changes()) {
            if (c.either() instanceof AliasTable) {
                aliases = (AliasTable) c.after();
            }
        }
        return new Dataset(d.file(), d.title(), d.description(), d.attribution(), articles, centers, incidents, aliases);
    }

    private static List<Edit.Change> of(Edit e, Class<?> kind) {
        return e.changes().stream().filter(c -> kind.isInstance(c.either())).toList();
    }

    /** The list with each change made; a record to change or delete that is not there is a programming error. */
    private static <T> List<T> changed(List<T> records, List<Edit.Change> changes, Function<T, String> id) {
        List<T> out = new ArrayList<>(records.size() + changes.size());
        out.addAll(records);
        // a few changes look their records up by identity; many index the list by id once
        Map<String, Integer> at = changes.size() > 4 ? new HashMap<>() : null;
        if (at != null) {
            for (int i = 0; i < out.size(); i++) {
                at.put(id.apply(out.get(i)), i);
            }
        }
        boolean deleted = false;
        for (Edit.Change c : changes) {
            if (c.before() == null) {
                @SuppressWarnings("unchecked")
                T added = (T) c.after();
                out.add(added);
                if (at != null) {
                    at.put(id.apply(added), out.size() - 1);
                }
                continue;
            }
            @SuppressWarnings("unchecked")
            T before = (T) c.before();
            Integer indexed = at == null ? null : at.get(id.apply(before));
            int i = indexed != null && out.get(indexed) == before ? indexed : indexOf(out, before);
            if (i < 0) {
                throw new IllegalStateException("the record to change is not in the dataset: " + id.apply(before));
            }
            if (c.after() == null) {
                out.set(i, null);
                deleted = true;
            } else {
                @SuppressWarnings("unchecked")
                T after = (T) c.after();
                out.set(i, after);
            }
        }
        if (deleted) {
            out.removeIf(r -> r == null);
        }
        return out;
    }

    private static int indexOf(List<?> records, Object record) {
        for (int i = records.size() - 1; i >= 0; i--) {
            if (records.get(i) == record) {
                return i;
            }
        }
        return -1;
    }
}
