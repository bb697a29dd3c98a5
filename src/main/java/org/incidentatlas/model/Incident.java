package org.incidentatlas.model;

import java.util.Comparator;
import java.time.LocalDate;
import java.util.List;

/**
 * An incident or event as the sources report it.
 *
 * @param dateEnd null when the sources leave the end open
 * @param killed  null when the sources give no figure
 * @param injured null when the sources give no figure
 */
public record Incident(String id, String title, String type, LocalDate dateStart, LocalDate dateEnd,
                       DatePrecision datePrecision, String place, String province, double lat, double lon,
                       GeoPrecision geoPrecision, Double uncertaintyKm, List<String> actors, Casualties killed,
                       Casualties injured, String summary, List<Quote> quotes, List<String> tags, String notes)
        implements AtlasRecord {

    /** The default order of tables and exports: date, then id. */
    public static final Comparator<Incident> BY_DATE_THEN_ID =
            Comparator.comparing(Incident::dateStart).thenComparing(Incident::id);

    public Incident {
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        tags = List.copyOf(tags);
    }

    @Override
    public String label() {
        return title;
    }

    /** How many different articles the quotes come from. */
    public int sourceCount() {
        return (int) quotes.stream().map(Quote::articleId).distinct().count();
    }
}
