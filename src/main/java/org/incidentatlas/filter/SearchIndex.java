package org.incidentatlas.filter;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;

/**
 * Each incident's searchable text (title, summary, place, province, actors and quote texts), folded once when
 * a dataset opens, so that a search over 100,000 incidents is a scan of prepared strings.
 */
public final class SearchIndex {

    private final Map<Incident, String> haystacks;

    private SearchIndex(Map<Incident, String> haystacks) {
        this.haystacks = haystacks;
    }

    /** Builds the index; run it off the FX thread for large datasets. */
    public static SearchIndex build(List<Incident> incidents) {
        Map<Incident, String> map = new IdentityHashMap<>(incidents.size() * 2);
        for (Incident i : incidents) {
            map.put(i, haystackOf(i));
        }
        return new SearchIndex(map);
    }

    /** An index that folds on demand (for small lists and tests). */
    public static SearchIndex onDemand() {
        return new SearchIndex(Map.of());
    }

    public String haystack(Incident i) {
        String h = haystacks.get(i);
        return h != null ? h : haystackOf(i);
    }

    static String haystackOf(Center c) {
        StringBuilder sb = new StringBuilder(256);
        sb.append(c.name()).append('\n').append(c.kind()).append('\n');
        if (c.province() != null) {
            sb.append(c.province()).append('\n');
        }
        for (Quote q : c.quotes()) {
            sb.append(q.text()).append('\n');
        }
        return TextFold.fold(sb.toString());
    }

    static String haystackOf(Incident i) {
        StringBuilder sb = new StringBuilder(256);
        sb.append(i.title()).append('\n').append(i.summary()).append('\n').append(i.place()).append('\n');
        if (i.province() != null) {
            sb.append(i.province()).append('\n');
        }
        for (String a : i.actors()) {
            sb.append(a).append('\n');
        }
        for (Quote q : i.quotes()) {
            sb.append(q.text()).append('\n');
        }
        return TextFold.fold(sb.toString());
    }
}
