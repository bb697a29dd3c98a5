package org.incidentatlas.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.filter.NearestCenters;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.DisplayText;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;

/**
 * One incident's values for the columns every export shares ({@link CsvExporter#HEADER}), in that order: text
 * (through {@link DisplayText#safe}), numbers as numbers, and null for what is unknown or absent. Each writer
 * renders them its own way (an empty CSV cell, a JSON null, no KML data element), so the CSV, GeoJSON and KML of
 * the same rows hold the same things.
 */
final class ExportValues {

    private final Map<String, Article> articles;
    private final NearestCenters nearest;

    ExportValues(Map<String, Article> articles) {
        this(articles, NearestCenters.NONE);
    }

    /** @param nearest the centres each incident's nearest is found among, for the last two columns */
    ExportValues(Map<String, Article> articles, NearestCenters nearest) {
        this.articles = articles;
        this.nearest = nearest;
    }

    List<Object> of(Incident i) {
        List<Object> r = new ArrayList<>(CsvExporter.HEADER.size());
        r.add(text(i.id()));
        r.add(i.dateStart().toString());
        r.add(i.dateEnd() == null ? null : i.dateEnd().toString());
        r.add(i.datePrecision().key());
        r.add(text(i.type()));
        r.add(text(i.title()));
        r.add(text(i.place()));
        r.add(text(i.province()));
        r.add(i.lat());
        r.add(i.lon());
        r.add(i.geoPrecision().key());
        r.add(number(i.uncertaintyKm()));
        r.add(text(String.join("; ", i.actors())));
        casualties(r, i.killed());
        casualties(r, i.injured());
        r.add(text(i.summary()));
        r.add(text(sources(i)));
        r.add(text(String.join(" | ", i.quotes().stream().map(Quote::text).toList())));
        NearestCenters.Nearest n = nearest.of(i);
        r.add(n == null ? null : text(n.center().name()));
        // a number, rounded as the key and the table show it, so the figures match
        r.add(n == null ? null : new BigDecimal(n.kmText()));
        return r;
    }

    String sources(Incident i) {
        Set<String> ids = new LinkedHashSet<>();
        i.quotes().forEach(q -> ids.add(q.articleId()));
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            out.add(sourceOf(id));
        }
        return String.join(" | ", out);
    }

    /** The article's source line, or its id when the dataset does not hold it. */
    String sourceOf(String articleId) {
        Article a = articles.get(articleId);
        return a == null ? articleId : a.sourceLine();
    }

    private static void casualties(List<Object> r, Casualties c) {
        r.add(c == null ? null : c.low());
        r.add(c == null || c.high() == null ? null : c.high());
    }

    /** A whole figure as a whole number (5, not 5.0), others as they are; null stays null. */
    private static Number number(Double d) {
        if (d == null) {
            return null;
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Number) (long) (double) d : d;
    }

    private static String text(String raw) {
        return raw == null || raw.isEmpty() ? null : DisplayText.safe(raw);
    }
}
