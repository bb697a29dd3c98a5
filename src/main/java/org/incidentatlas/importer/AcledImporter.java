package org.incidentatlas.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;

/**
 * Imports an ACLED CSV export, one incident per event. Columns are found by header name in any order; others are
 * ignored. The mapping of every field and precision code, and why, is in {@code docs/import-mapping.md}.
 */
final class AcledImporter extends CsvImporter {

    static final String ATTRIBUTION = "Data: Armed Conflict Location & Event Data Project (ACLED), acleddata.com."
            + " ACLED's terms of use apply; they do not allow redistributing the data, so do not share this dataset."
            + " Changed: converted to the Incident Atlas format by its ACLED import (docs/import-mapping.md).";

    private static final List<String> REQUIRED = List.of("event_id_cnty", "event_date", "time_precision", "event_type",
            "sub_event_type", "actor1", "actor2", "admin1", "location", "latitude", "longitude", "geo_precision",
            "source", "notes", "fatalities");

    AcledImporter() {
        super(ImportSource.ACLED, REQUIRED, ATTRIBUTION, "Each incident's quote is ACLED's note on the event, attached to"
                + " each source ACLED names (outlet only: ACLED gives no title or date); no article text is stored, so"
                + " quotes are shown as not verified.");
    }

    /** The day/month order of event_date, decided from the whole column; null when no date needs one. */
    private AcledDates.Order dateOrder;

    @Override
    void prepare(List<CsvTable.Row> rows) throws ImportException {
        List<String> dates = new ArrayList<>(rows.size());
        List<Long> lines = new ArrayList<>(rows.size());
        for (CsvTable.Row row : rows) {
            if (row.unreadable() == null) {
                dates.add(row.get("event_date"));
                lines.add(row.line());
            }
        }
        dateOrder = AcledDates.orderOf("event_date", dates, lines);
    }

    @Override
    String incidentId(CsvTable.Row row) throws RowRejected {
        String v = Fields.idPart(row, "event_id_cnty");
        // an event's source articles are acled-<id>-src-<n>: an event id holding "-src-" could take one's id
        if (v.toLowerCase(Locale.ROOT).contains("-src-")) {
            throw new RowRejected("event_id_cnty is \"" + v + "\", which holds \"-src-\": the import names an event's"
                    + " source articles <id>-src-<n>, so this id could be taken for one. ACLED's own ids are like IRQ1234.");
        }
        return "acled-" + v;
    }

    @Override
    Incident incident(String id, CsvTable.Row row, RowContext context) throws RowRejected {
        String eventType = Fields.required(row, "event_type");
        LocalDate date = AcledDates.parse("event_date", Fields.required(row, "event_date"), dateOrder);
        if (row.has("year") && !row.get("year").equals(Integer.toString(date.getYear()))) {
            throw new RowRejected("event_date \"" + row.get("event_date") + "\" is in " + date.getYear()
                    + " but the year column says " + row.get("year") + ".");
        }
        String timeCode = row.get("time_precision");
        DateRange dates = AcledDates.range(date, timeCode);
        String place = Fields.place(row, "location", "admin3", "admin2", "admin1");
        String geoCode = row.get("geo_precision");
        Placement placement = switch (geoCode) {
            case "1" -> Placement.TOWN;
            case "2" -> Placement.NEAR;
            case "3" -> Placement.PROVINCE;
            default -> throw new RowRejected("geo_precision is \"" + geoCode + "\"; ACLED uses 1 to 3.");
        };
        double lat = Fields.latitude(row, "latitude");
        double lon = Fields.longitude(row, "longitude");
        Fields.inCountry(row, lat, lon);
        Integer fatalities = Fields.count(row, "fatalities");
        String subType = Fields.oneLine(row.get("sub_event_type"));
        List<String> notes = new ArrayList<>();
        notes.add("Date: ACLED time_precision " + timeCode + " (" + AcledDates.meaning(timeCode) + "); event_date "
                + row.get("event_date") + ".");
        notes.add("Location: ACLED geo_precision " + geoCode + " (" + switch (geoCode) {
            case "1" -> "the source names the town";
            case "2" -> "near the place named, or a small part of the area around it";
            default -> "a larger region; the point is a natural feature or the provincial capital";
        } + ").");
        if (row.has("iso")) {
            notes.add("ISO 3166 country code: " + Fields.oneLine(row.get("iso")) + ".");
        }
        if (row.has("admin2") || row.has("admin3")) {
            notes.add("Admin2: " + orNone(row.get("admin2")) + "; admin3: " + orNone(row.get("admin3")) + ".");
        }
        if (row.has("source_scale")) {
            notes.add("Source scale: " + Fields.oneLine(row.get("source_scale")) + ".");
        }
        List<Quote> quotes = sources(id, row, notes, context);
        String title = (subType.isEmpty() ? Fields.oneLine(eventType) : subType) + ", " + place;
        String summary = "ACLED event " + row.get("event_id_cnty") + ": " + Fields.oneLine(eventType)
                + (subType.isEmpty() ? "" : " (" + subType + ")") + " at " + place
                + (row.has("admin1") && !row.get("admin1").equals(place) ? ", " + Fields.oneLine(row.get("admin1")) : "")
                + ", " + row.get("event_date") + "." + (fatalities == null ? "" : " Fatalities: " + fatalities + ".");
        List<String> tags = subType.isEmpty() ? List.of("ACLED") : List.of("ACLED", subType);
        return new Incident(id, title, Fields.oneLine(eventType).toLowerCase(Locale.ROOT), dates.start(), dates.end(),
                dates.precision(), place, row.has("admin1") ? Fields.oneLine(row.get("admin1")) : null, lat, lon,
                placement.precision(), placement.uncertaintyKm(),
                Fields.names(row, "actor1", "assoc_actor_1", "actor2", "assoc_actor_2"),
                fatalities == null ? null : Casualties.exactly(fatalities), null, summary, quotes, tags,
                String.join(" ", notes), country(row), row.get("event_id_cnty"));
    }

    /**
     * One article per source ACLED names for this event (ACLED gives no title or date, so the same outlet in two
     * events may be two different reports), each quoted with ACLED's note, which is drawn from them together.
     */
    private static List<Quote> sources(String id, CsvTable.Row row, List<String> notes, RowContext context) {
        List<String> outlets = Fields.names(row, "source");
        String note = row.get("notes");
        if (note.isEmpty()) {
            if (!outlets.isEmpty()) {
                notes.add("Sources named by ACLED: " + String.join("; ", outlets) + ".");
            }
            return List.of();
        }
        List<Quote> quotes = new ArrayList<>();
        if (outlets.isEmpty()) {
            Article a = context.articles.add(id + "-src-1", null,
                    "ACLED names no source for event " + row.get("event_id_cnty") + "; its note is quoted on this stand-in.");
            return List.of(new Quote(a.id(), note, List.of()));
        }
        for (int i = 0; i < outlets.size(); i++) {
            Article a = context.articles.add(id + "-src-" + (i + 1), outlets.get(i), "Named by ACLED as a source of event "
                    + row.get("event_id_cnty") + "; ACLED gives no title or date for it, and no copy is stored.");
            quotes.add(new Quote(a.id(), note, List.of()));
        }
        return quotes;
    }

    /** The country as ACLED names it; null without a country column (the iso code alone is kept in the notes). */
    private static String country(CsvTable.Row row) {
        return row.has("country") ? Fields.oneLine(row.get("country")) : null;
    }

    private static String orNone(String s) {
        return s.isEmpty() ? "none" : Fields.oneLine(s);
    }
}
