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
 * @param country  the country as the source names it (ACLED's and UCDP's {@code country}); null when not given
 * @param sourceId the event's id in the dataset it was imported from (ACLED {@code event_id_cnty}, UCDP
 *                 {@code id}), by which a newer export of it is matched; null for the analyst's own records
 * @param analystEdited true when the analyst created or changed the record in the app: saved with it, so an
 *                 update from a newer export days later still keeps it as the analyst left it
 */
public record Incident(String id, String title, String type, LocalDate dateStart, LocalDate dateEnd,
                       DatePrecision datePrecision, String place, String province, double lat, double lon,
                       GeoPrecision geoPrecision, Double uncertaintyKm, List<String> actors, Casualties killed,
                       Casualties injured, String summary, List<Quote> quotes, List<String> tags, String notes,
                       String country, String sourceId, boolean analystEdited)
        implements AtlasRecord {

    /** The default order of tables and exports: date, then id. */
    public static final Comparator<Incident> BY_DATE_THEN_ID =
            Comparator.comparing(Incident::dateStart).thenComparing(Incident::id);

    public Incident {
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        tags = List.copyOf(tags);
    }

    /** An incident the analyst has not edited. */
    public Incident(String id, String title, String type, LocalDate dateStart, LocalDate dateEnd,
                    DatePrecision datePrecision, String place, String province, double lat, double lon,
                    GeoPrecision geoPrecision, Double uncertaintyKm, List<String> actors, Casualties killed,
                    Casualties injured, String summary, List<Quote> quotes, List<String> tags, String notes,
                    String country, String sourceId) {
        this(id, title, type, dateStart, dateEnd, datePrecision, place, province, lat, lon, geoPrecision, uncertaintyKm,
                actors, killed, injured, summary, quotes, tags, notes, country, sourceId, false);
    }

    /** An incident with no country or source id (the analyst's own, or from before they were kept). */
    public Incident(String id, String title, String type, LocalDate dateStart, LocalDate dateEnd,
                    DatePrecision datePrecision, String place, String province, double lat, double lon,
                    GeoPrecision geoPrecision, Double uncertaintyKm, List<String> actors, Casualties killed,
                    Casualties injured, String summary, List<Quote> quotes, List<String> tags, String notes) {
        this(id, title, type, dateStart, dateEnd, datePrecision, place, province, lat, lon, geoPrecision, uncertaintyKm,
                actors, killed, injured, summary, quotes, tags, notes, null, null);
    }

    /** This incident with the country and source id given. */
    public Incident withOrigin(String newCountry, String newSourceId) {
        return new Incident(id, title, type, dateStart, dateEnd, datePrecision, place, province, lat, lon, geoPrecision,
                uncertaintyKm, actors, killed, injured, summary, quotes, tags, notes, newCountry, newSourceId,
                analystEdited);
    }

    /** This incident marked (or not) as created or changed by the analyst. */
    public Incident withAnalystEdited(boolean edited) {
        return edited == analystEdited ? this : new Incident(id, title, type, dateStart, dateEnd, datePrecision, place,
                province, lat, lon, geoPrecision, uncertaintyKm, actors, killed, injured, summary, quotes, tags, notes,
                country, sourceId, edited);
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
