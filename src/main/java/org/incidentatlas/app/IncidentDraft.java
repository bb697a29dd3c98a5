package org.incidentatlas.app;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;

/**
 * What the incident form holds, as typed: text the analyst is still writing, turned into an {@link Incident}
 * when every field reads. What cannot be read ("35,4" in latitude) is said per field, under the names the
 * reader uses ({@code lat}, {@code dateEnd}, {@code killed.high}), so the form puts the reader's problems and its
 * own beside the same fields. The form's controls bind to these fields; nothing here knows about controls.
 */
public final class IncidentDraft {

    public String id = "";
    public String title = "";
    public String type = "";
    /** {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; the precision follows the form unless chosen. */
    public String dateStart = "";
    /** Empty: the end the precision implies (the same day, the end of the month or year). */
    public String dateEnd = "";
    /** Null: from the form of {@link #dateStart}. */
    public DatePrecision datePrecision;
    /** How a date that the text does not give was inferred (kept in the notes as "Date: …"). */
    public String dateNote = "";
    public String place = "";
    public String province = "";
    public String lat = "";
    public String lon = "";
    public GeoPrecision geoPrecision = GeoPrecision.TOWN;
    public String uncertaintyKm = "";
    /** Comma-separated. */
    public String actors = "";
    public Figure killed = new Figure();
    public Figure injured = new Figure();
    public String summary = "";
    /** Comma-separated. */
    public String tags = "";
    public String notes = "";
    public List<Quote> quotes = new ArrayList<>();
    /** A centre's status ("active"); only centres have one. */
    public String status = "";
    /** Where an imported event came from (not shown in the form): kept, so an update still matches it. */
    private String country;
    private String sourceId;

    /** A casualty figure as typed: unknown, or low to high, or low and more. */
    public static final class Figure {
        public boolean unknown = true;
        public String low = "";
        /** Empty: the same as low (an exact figure), unless {@link #orMore}. */
        public String high = "";
        public boolean orMore;

        static Figure of(Casualties c) {
            Figure f = new Figure();
            if (c != null) {
                f.unknown = false;
                f.low = Integer.toString(c.low());
                f.orMore = c.high() == null;
                f.high = c.high() == null || c.isExact() ? "" : Integer.toString(c.high());
            }
            return f;
        }
    }

    /** The incident, or null, and what could not be read, by the reader's field names. */
    public record Parsed(Incident incident, Map<String, String> problems) { }

    /** The centre, or null, and what could not be read. */
    public record ParsedCenter(Center center, Map<String, String> problems) { }

    /** A draft of an existing centre (its name in {@link #title}, its kind in {@link #type}). */
    public static IncidentDraft of(Center c) {
        IncidentDraft d = new IncidentDraft();
        d.id = c.id();
        d.title = c.name();
        d.type = c.kind();
        d.province = c.province() == null ? "" : c.province();
        d.lat = Double.toString(c.lat());
        d.lon = Double.toString(c.lon());
        d.geoPrecision = c.geoPrecision();
        d.uncertaintyKm = c.uncertaintyKm() == null ? "" : trim(c.uncertaintyKm());
        d.status = c.status() == null ? "" : c.status();
        d.notes = c.notes() == null ? "" : c.notes();
        d.quotes = new ArrayList<>(c.quotes());
        return d;
    }

    /** The draft read as a centre. */
    public ParsedCenter parseCenter() {
        Map<String, String> problems = new LinkedHashMap<>();
        double la = number(lat, "lat", "latitude", problems);
        double lo = number(lon, "lon", "longitude", problems);
        Double km = uncertaintyKm.isBlank() ? null : number(uncertaintyKm, "uncertaintyKm", "uncertainty", problems);
        if (title.isBlank()) {
            problems.put("name", "a name is needed");
        }
        if (type.isBlank()) {
            problems.put("kind", "a kind is needed (e.g. joint coordination centre)");
        }
        if (!problems.isEmpty()) {
            return new ParsedCenter(null, problems);
        }
        return new ParsedCenter(new Center(id.strip(), title.strip(), type.strip(), la, lo, geoPrecision, km,
                province.isBlank() ? null : province.strip(), status.isBlank() ? null : status.strip(), quotes,
                notes.isBlank() ? null : notes.strip()), problems);
    }

    private static final String DATE_NOTE = "Date: ";

    /** A draft of an existing incident, to edit it. */
    public static IncidentDraft of(Incident i) {
        IncidentDraft d = new IncidentDraft();
        d.id = i.id();
        d.title = i.title();
        d.type = i.type();
        d.dateStart = DateForms.show(i.dateStart(), i.datePrecision());
        d.dateEnd = i.dateEnd() == null || i.dateEnd().equals(DateForms.impliedEnd(i.dateStart(), i.datePrecision()))
                ? "" : i.dateEnd().toString();
        d.datePrecision = i.datePrecision();
        d.place = i.place();
        d.province = i.province() == null ? "" : i.province();
        d.lat = Double.toString(i.lat());
        d.lon = Double.toString(i.lon());
        d.geoPrecision = i.geoPrecision();
        d.uncertaintyKm = i.uncertaintyKm() == null ? "" : trim(i.uncertaintyKm());
        d.actors = String.join(", ", i.actors());
        d.killed = Figure.of(i.killed());
        d.injured = Figure.of(i.injured());
        d.summary = i.summary();
        d.tags = String.join(", ", i.tags());
        String n = i.notes() == null ? "" : i.notes();
        for (String line : n.split("\n", -1)) {
            if (line.startsWith(DATE_NOTE) && d.dateNote.isEmpty()) {
                d.dateNote = line.substring(DATE_NOTE.length());
            } else {
                d.notes = d.notes.isEmpty() ? line : d.notes + "\n" + line;
            }
        }
        d.quotes = new ArrayList<>(i.quotes());
        d.country = i.country();
        d.sourceId = i.sourceId();
        return d;
    }

    /**
     * A new incident from a passage of {@code article}: the passage is its quote, its date the article's (said to
     * be so in the date note, for the analyst to confirm or correct).
     */
    public static IncidentDraft fromPassage(String id, Article article, Quote passage) {
        IncidentDraft d = new IncidentDraft();
        d.id = id;
        d.quotes.add(passage);
        if (article.published() != null) {
            d.dateStart = article.published();
            d.dateNote = "taken from the article's date (" + article.published() + "); check what the text says.";
        }
        return d;
    }

    public Parsed parse() {
        Map<String, String> problems = new LinkedHashMap<>();
        LocalDate start = null;
        LocalDate end = null;
        DatePrecision precision = datePrecision;
        DateForms.Read read = DateForms.read(dateStart.strip());
        if (read == null) {
            problems.put("dateStart", dateStart.isBlank() ? "a start date is needed (YYYY-MM-DD, YYYY-MM or YYYY)"
                    : "\u201c" + dateStart.strip() + "\u201d is not a date: write YYYY-MM-DD, YYYY-MM or YYYY");
        } else {
            start = read.start();
            precision = precision == null ? read.precision() : precision;
            if (dateEnd.isBlank()) {
                end = DateForms.impliedEnd(start, precision);
            } else {
                DateForms.Read e = DateForms.read(dateEnd.strip());
                if (e == null) {
                    problems.put("dateEnd", "\u201c" + dateEnd.strip() + "\u201d is not a date: write YYYY-MM-DD, or leave it empty");
                } else {
                    end = DateForms.impliedEnd(e.start(), e.precision());
                }
            }
        }
        double la = number(lat, "lat", "latitude", problems);
        double lo = number(lon, "lon", "longitude", problems);
        Double km = uncertaintyKm.isBlank() ? null : number(uncertaintyKm, "uncertaintyKm", "uncertainty", problems);
        Casualties k = figure(killed, "killed", problems);
        Casualties inj = figure(injured, "injured", problems);
        if (title.isBlank()) {
            problems.put("title", "a title is needed");
        }
        if (type.isBlank()) {
            problems.put("type", "a type is needed (choose one, or write a new one)");
        }
        if (!problems.isEmpty()) {
            return new Parsed(null, problems);
        }
        String allNotes = dateNote.isBlank() ? notes.strip() : (DATE_NOTE + dateNote.strip()
                + (notes.isBlank() ? "" : "\n" + notes.strip()));
        return new Parsed(new Incident(id.strip(), title.strip(), type.strip(), start, end, precision, place.strip(),
                province.isBlank() ? null : province.strip(), la, lo, geoPrecision, km, list(actors), k, inj,
                summary.strip(), quotes, list(tags), allNotes.isEmpty() ? null : allNotes, country, sourceId), problems);
    }

    private static double number(String typed, String field, String name, Map<String, String> problems) {
        String t = typed.strip().replace('\u2212', '-');
        if (t.isEmpty()) {
            problems.put(field, "a " + name + " is needed: look the place up, or click the map");
            return Double.NaN;
        }
        try {
            double v = Double.parseDouble(t);
            if (!Double.isFinite(v) || t.contains("x") || t.contains("X")) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            problems.put(field, "\u201c" + t + "\u201d is not a decimal number" + (t.contains(",") ? " (use a point, not a comma)" : ""));
            return Double.NaN;
        }
    }

    private static Casualties figure(Figure f, String field, Map<String, String> problems) {
        if (f.unknown) {
            return null;
        }
        Integer low = whole(f.low, field + ".low", problems);
        Integer high = f.orMore || f.high.isBlank() ? null : whole(f.high, field + ".high", problems);
        if (low == null) {
            if (f.low.isBlank()) {
                problems.put(field + ".low", "a figure is needed, or tick \u201cunknown\u201d (unknown is not 0)");
            }
            return null;
        }
        if (f.orMore) {
            return Casualties.atLeast(low);
        }
        if (high == null) {
            return f.high.isBlank() ? Casualties.exactly(low) : null;
        }
        if (high < low) {
            problems.put(field + ".high", "the high figure (" + high + ") is below the low one (" + low + ")");
            return null;
        }
        return new Casualties(low, high);
    }

    private static Integer whole(String typed, String field, Map<String, String> problems) {
        String t = typed.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (!t.matches("[0-9]{1,9}")) {
            problems.put(field, "\u201c" + t + "\u201d is not a whole number of people (0 or more)");
            return null;
        }
        return Integer.parseInt(t);
    }

    private static List<String> list(String typed) {
        return Arrays.stream(typed.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String trim(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** The three forms a date is typed in, and the end each implies. */
    static final class DateForms {

        record Read(LocalDate start, DatePrecision precision) { }

        private DateForms() {
        }

        static Read read(String s) {
            try {
                if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return new Read(LocalDate.parse(s), DatePrecision.DAY);
                } else if (s.matches("\\d{4}-\\d{2}")) {
                    return new Read(YearMonth.parse(s).atDay(1), DatePrecision.MONTH);
                } else if (s.matches("\\d{4}")) {
                    return new Read(LocalDate.of(Integer.parseInt(s), 1, 1), DatePrecision.YEAR);
                }
            } catch (DateTimeException e) {
                return null;
            }
            return null;
        }

        static LocalDate impliedEnd(LocalDate start, DatePrecision p) {
            return switch (p) {
                case DAY -> start;
                case WEEK -> start.plusDays(6);
                case MONTH -> YearMonth.from(start).atEndOfMonth();
                case YEAR -> LocalDate.of(start.getYear(), 12, 31);
            };
        }

        static String show(LocalDate start, DatePrecision p) {
            return switch (p) {
                case DAY, WEEK -> start.toString();
                case MONTH -> YearMonth.from(start).toString();
                case YEAR -> Integer.toString(start.getYear());
            };
        }
    }
}
