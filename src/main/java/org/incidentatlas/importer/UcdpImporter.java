package org.incidentatlas.importer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.incidentatlas.importer.ImportReport.WarningKind;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;

/**
 * Imports a UCDP Georeferenced Event Dataset (GED) CSV, one incident per event. The mapping of every field and
 * precision code, and why, is in {@code docs/import-mapping.md}.
 */
final class UcdpImporter extends CsvImporter {

    static final String ATTRIBUTION = "Data: UCDP Georeferenced Event Dataset (GED), Uppsala Conflict Data Program,"
            + " Uppsala University (ucdp.uu.se), licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/): free to"
            + " use and redistribute provided you cite. Cite: Sundberg, Ralph and Erik Melander (2013), \"Introducing the"
            + " UCDP Georeferenced Event Dataset\", Journal of Peace Research 50(4); and the codebook and article of the GED"
            + " version used (for 19.1: Högbladh, Stina (2019), \"UCDP GED Codebook version 19.1\", Department of Peace and"
            + " Conflict Research, Uppsala University; Pettersson, Therese, Stina Högbladh and Magnus Öberg (2019),"
            + " \"Organized violence, 1989-2018 and peace agreements\", Journal of Peace Research 56(4))."
            + " Changed: converted to the Incident Atlas format by its UCDP import (docs/import-mapping.md).";

    private static final List<String> REQUIRED = List.of("id", "type_of_violence", "side_a", "side_b", "source_article",
            "where_prec", "where_coordinates", "adm_1", "latitude", "longitude", "date_prec", "date_start", "date_end",
            "low", "best", "high");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final String ARTICLE_NOTE = "Cited by UCDP GED (source_article); no copy of the article is stored.";

    UcdpImporter() {
        super(ImportSource.UCDP, REQUIRED, ATTRIBUTION, "Quotes are the headlines UCDP cites for each event; no article"
                + " text is stored, so they are shown as not verified. Events whose source reference is free text (mostly"
                + " before 2013) have no quote: the reference is kept in their notes.");
    }

    @Override
    String incidentId(CsvTable.Row row) throws RowRejected {
        // GED ids are whole numbers; holding to that keeps ucdp-<id> apart from the articles' ucdp-src-<hash>
        String v = Fields.required(row, "id");
        if (!v.matches("[0-9]{1,18}")) {
            throw new RowRejected("id is \"" + Fields.shown(v) + "\"; UCDP GED ids are whole numbers (digits only).");
        }
        return "ucdp-" + v;
    }

    @Override
    Incident incident(String id, CsvTable.Row row, RowContext context) throws RowRejected {
        String type = UcdpCodes.violence(row.get("type_of_violence"));
        DateRange dates = DateRange.of(Fields.isoDate(row, "date_start"), Fields.isoDate(row, "date_end"),
                UcdpCodes.datePrecision(row.get("date_prec")));
        String place = Fields.place(row, "where_coordinates", "adm_2", "adm_1", "country");
        Placement placement = UcdpCodes.placement(row.get("where_prec"), place);
        double lat = Fields.latitude(row, "latitude");
        double lon = Fields.longitude(row, "longitude");
        Fields.inCountry(row, lat, lon);
        Integer low = Fields.count(row, "low");
        Integer best = Fields.count(row, "best");
        Integer high = Fields.count(row, "high");
        List<String> notes = new ArrayList<>();
        notes.add("Date: UCDP date_prec " + row.get("date_prec") + " (" + UcdpCodes.dateMeaning(row.get("date_prec")) + ").");
        notes.add("Location: UCDP where_prec " + row.get("where_prec") + " (" + UcdpCodes.whereMeaning(row.get("where_prec")) + ").");
        Casualties killed = killed(low, best, high, notes, context);
        List<Quote> quotes = sources(row, notes, context);
        if (row.has("source_original")) {
            notes.add("Original source (UCDP source_original): " + Fields.oneLine(row.get("source_original")) + ".");
        }
        if ("2".equals(row.get("event_clarity"))) {
            notes.add("UCDP event_clarity 2: lower clarity (the sources give the event only in summary, e.g. a total for several days).");
        }
        String dyad = Fields.firstOf(row, "dyad_name");
        List<String> actors = Fields.names(row, "side_a", "side_b");
        String title = (dyad.isEmpty() ? String.join(" - ", actors) : dyad) + ", " + place;
        return new Incident(id, title, type, dates.start(), dates.end(), dates.precision(), place, province(row.get("adm_1")),
                lat, lon, placement.precision(), placement.uncertaintyKm(), actors, killed, null,
                summary(id, type, dyad, place, row, dates, low, best, high), quotes, tags(row, dyad), String.join(" ", notes),
                row.has("country") ? Fields.oneLine(row.get("country")) : null, row.get("id"));
    }

    /** Killed spans every figure UCDP gives; normally that is low to high, with best between them. */
    private static Casualties killed(Integer low, Integer best, Integer high, List<String> notes, RowContext context) {
        if (low == null && high == null) {
            return null;
        }
        int lo = low != null ? low : high;
        int hi = high != null ? high : low;
        if (best != null) {
            notes.add("UCDP's best estimate of deaths: " + best + ".");
        }
        if (lo <= hi && (best == null || (lo <= best && best <= hi))) {
            return new Casualties(lo, hi, best);
        }
        int min = Math.min(lo, Math.min(hi, best == null ? hi : best));
        int max = Math.max(lo, Math.max(hi, best == null ? lo : best));
        String figures = "UCDP gives low " + low + ", best " + best + ", high " + high;
        notes.add(figures + ", which contradict each other (low <= best <= high is meant to hold), so killed spans all three: "
                + min + " to " + max + ".");
        context.warn(WarningKind.FIGURES_CONTRADICT, figures + "; killed imported as " + min + "-" + max + ".");
        return new Casualties(min, max, best); // best lies within min..max, which span it
    }

    /** Cites each article UCDP names, and quotes each headline on its article. */
    private static List<Quote> sources(CsvTable.Row row, List<String> notes, RowContext context) {
        UcdpSources.Parsed parsed = UcdpSources.parse(row.get("source_article"));
        Set<String> cited = new LinkedHashSet<>();
        List<Quote> quotes = new ArrayList<>();
        for (UcdpSources.Reference ref : parsed.references()) {
            String headline = ref.headline().isEmpty() ? null : ref.headline();
            boolean isUrl = headline != null && URL.matcher(headline).matches();
            String published = realDate(ref.date()) ? ref.date() : null;
            String note = ARTICLE_NOTE
                    + (published == null ? " UCDP dates it \"" + ref.date() + "\", which is not a calendar date." : "")
                    + (isUrl ? " UCDP gives a web address where the headline would be." : "");
            Article a = context.articles.cite("ucdp-src-", ref.outlet().isEmpty() ? null : ref.outlet(),
                    isUrl ? null : headline, published, isUrl ? headline : null, note);
            if (cited.add(a.id()) && a.title() != null) {
                quotes.add(new Quote(a.id(), a.title(), List.of()));
            }
        }
        if (parsed.freeText() != null) {
            notes.add("Source reference as UCDP gives it (free text, not split into articles): " + parsed.freeText() + ".");
        }
        return quotes;
    }

    private static boolean realDate(String s) {
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** UCDP's adm_1 ("Kirkūk province", "Al Başrah  province") without the suffix, diacritics kept; null when empty. */
    static String province(String adm1) {
        String p = Fields.oneLine(adm1);
        if (p.toLowerCase(Locale.ROOT).endsWith(" province")) {
            p = p.substring(0, p.length() - " province".length()).trim();
        }
        return p.isEmpty() ? null : p;
    }

    private static String summary(String id, String type, String dyad, String place, CsvTable.Row row, DateRange dates,
                                  Integer low, Integer best, Integer high) {
        StringBuilder s = new StringBuilder("UCDP GED event ").append(id.substring("ucdp-".length())).append(": ")
                .append(type);
        if (!dyad.isEmpty()) {
            s.append(", ").append(dyad);
        }
        s.append(", at ").append(place);
        List<String> within = new ArrayList<>();
        for (String unit : List.of(Fields.oneLine(row.get("adm_2")), Fields.oneLine(row.get("adm_1")))) {
            if (!unit.isEmpty() && !unit.equals(place)) {
                within.add(unit);
            }
        }
        if (!within.isEmpty()) {
            s.append(" (").append(String.join(", ", within)).append(')');
        }
        s.append(dates.start().equals(dates.end()) ? ", on " + dates.start()
                : ", between " + dates.start() + " and " + dates.end()).append('.');
        if (low != null || high != null) {
            s.append(" Deaths: best estimate ").append(best == null ? "not given" : best)
                    .append(" (low ").append(low).append(", high ").append(high).append(')');
            if (row.has("deaths_a")) {
                s.append("; side A ").append(row.get("deaths_a")).append(", side B ").append(row.get("deaths_b"))
                        .append(", civilians ").append(row.get("deaths_civilians"))
                        .append(", unknown ").append(row.get("deaths_unknown"));
            }
            s.append('.');
        }
        return s.toString();
    }

    private static List<String> tags(CsvTable.Row row, String dyad) {
        List<String> tags = new ArrayList<>();
        tags.add("UCDP GED");
        if (row.has("conflict_name")) {
            tags.add("conflict: " + Fields.oneLine(row.get("conflict_name")));
        }
        if (!dyad.isEmpty()) {
            tags.add("dyad: " + dyad);
        }
        return tags;
    }
}
