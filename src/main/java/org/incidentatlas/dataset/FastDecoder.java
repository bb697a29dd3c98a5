package org.incidentatlas.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.DatePrecision;
import org.incidentatlas.model.GeoPrecision;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;

/**
 * The reader's fast path: builds a model record straight from the token stream, accepting only records that
 * are plainly valid (every check of the JSON Schema and of {@link RecordConverter}, made strictly). Anything
 * else, however harmless, makes it give up, and the reader then checks that record the slow way, with the
 * schema library, which words every error. So the fast path never decides that a record is wrong; it only
 * saves building and validating a tree for the records that are right. {@code FastDecoderTest} checks that
 * whatever it accepts, the schema and the converter accept too.
 *
 * <p>The main parser does not look for repeated keys (Jackson's check costs a lookup per field); the fast path
 * does, with its bit per known field and a set for any other, and gives up on a repeated key so that the slow
 * path, whose parser does check, reports it.
 *
 * <p>Every method leaves the parser on the record's closing {@code END_OBJECT}, accepted or not. One decoder
 * serves one read: it shares the values records repeat (see {@link SharedValues}).
 */
final class FastDecoder {

    /** Thrown to abandon a record; carries no stack trace. */
    private static final class GiveUp extends Exception {
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    private final SharedValues shared = new SharedValues();

    /** Reads one kind of record, or gives up. */
    @FunctionalInterface
    private interface RecordReader<T> {
        T read(JsonParser p) throws IOException, GiveUp;
    }

    /** The incident, or null to say "check this record the slow way". Parser on the record's START_OBJECT. */
    Incident incident(JsonParser p) throws IOException {
        return attempt(p, this::readIncident);
    }

    Center center(JsonParser p) throws IOException {
        return attempt(p, this::readCenter);
    }

    Article article(JsonParser p) throws IOException {
        return attempt(p, this::readArticle);
    }

    private static <T> T attempt(JsonParser p, RecordReader<T> reader) throws IOException {
        int depth = p.getParsingContext().getNestingDepth();
        try {
            return reader.read(p);
        } catch (GiveUp g) {
            skipToEnd(p, depth);
            return null;
        }
    }

    /** Moves to the END_OBJECT that closes the record opened at {@code depth}. */
    private static void skipToEnd(JsonParser p, int depth) throws IOException {
        JsonToken t = p.currentToken();
        while (!(t == JsonToken.END_OBJECT && p.getParsingContext().getNestingDepth() == depth - 1)) {
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                if (p.getParsingContext().getNestingDepth() > depth) {
                    p.skipChildren();
                }
            }
            t = p.nextToken();
            if (t == null) {
                throw new java.io.EOFException("end of input inside a record");
            }
        }
    }

    private Incident readIncident(JsonParser p) throws IOException, GiveUp {
        String id = null, title = null, type = null, place = null, province = null, summary = null, notes = null;
        String country = null, sourceId = null;
        boolean analystEdited = false;
        int optional = 0; // one bit per optional field, each at most once
        LocalDate start = null, end = null;
        DatePrecision dp = null;
        GeoPrecision gp = null;
        double lat = Double.NaN, lon = Double.NaN;
        Double km = null;
        List<String> actors = null, tags = null;
        Casualties killed = null, injured = null;
        List<Quote> quotes = null;
        int seen = 0; // one bit per field, all required
        Set<String> others = null;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "id" -> { seen = once(seen, 0); id = id(p, v); }
                case "title" -> { seen = once(seen, 1); title = nonEmpty(p, v); }
                case "type" -> { seen = once(seen, 2); type = shared.string(nonEmpty(p, v)); }
                case "dateStart" -> { seen = once(seen, 3); start = isoDate(p, v); }
                case "dateEnd" -> { seen = once(seen, 4); end = v == JsonToken.VALUE_NULL ? null : isoDate(p, v); }
                case "datePrecision" -> { seen = once(seen, 5); dp = datePrecision(p, v); }
                case "place" -> { seen = once(seen, 6); place = shared.string(string(p, v)); }
                case "province" -> { seen = once(seen, 7); province = shared.string(nullableString(p, v)); }
                case "lat" -> { seen = once(seen, 8); lat = range(p, v, -90, 90); }
                case "lon" -> { seen = once(seen, 9); lon = range(p, v, -180, 180); }
                case "geoPrecision" -> { seen = once(seen, 10); gp = geoPrecision(p, v); }
                case "uncertaintyKm" -> { seen = once(seen, 11); km = uncertainty(p, v); }
                case "actors" -> { seen = once(seen, 12); actors = strings(p, v); }
                case "killed" -> { seen = once(seen, 13); killed = casualties(p, v); }
                case "injured" -> { seen = once(seen, 14); injured = casualties(p, v); }
                case "summary" -> { seen = once(seen, 15); summary = string(p, v); }
                case "quotes" -> { seen = once(seen, 16); quotes = quotes(p, v); }
                case "tags" -> { seen = once(seen, 17); tags = strings(p, v); }
                case "notes" -> { seen = once(seen, 18); notes = nullableString(p, v); }
                case "country" -> { optional = once(optional, 0); country = shared.string(nullableString(p, v)); }
                case "sourceId" -> { optional = once(optional, 1); sourceId = nullableString(p, v); }
                case "analystEdited" -> { optional = once(optional, 2); analystEdited = bool(v); }
                default -> others = other(p, v, name, others);
            }
        }
        if (seen != (1 << 19) - 1 || end != null && end.isBefore(start)) {
            throw GiveUp.INSTANCE;
        }
        return new Incident(id, title, type, start, end, dp, place, province, lat, lon, gp, km, actors, killed, injured,
                summary, quotes, tags, notes, country, sourceId, analystEdited);
    }

    /** A JSON true or false; anything else is for the full reader to report. */
    private static boolean bool(JsonToken v) throws GiveUp {
        if (v == JsonToken.VALUE_TRUE || v == JsonToken.VALUE_FALSE) {
            return v == JsonToken.VALUE_TRUE;
        }
        throw GiveUp.INSTANCE;
    }

    private Center readCenter(JsonParser p) throws IOException, GiveUp {
        String id = null, name = null, kind = null, province = null, status = null, notes = null;
        double lat = Double.NaN, lon = Double.NaN;
        GeoPrecision gp = null;
        Double km = null;
        List<Quote> quotes = null;
        int seen = 0; // bits 0-7 required, 8-10 optional
        Set<String> others = null;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "id" -> { seen = once(seen, 0); id = id(p, v); }
                case "name" -> { seen = once(seen, 1); name = nonEmpty(p, v); }
                case "kind" -> { seen = once(seen, 2); kind = shared.string(nonEmpty(p, v)); }
                case "lat" -> { seen = once(seen, 3); lat = range(p, v, -90, 90); }
                case "lon" -> { seen = once(seen, 4); lon = range(p, v, -180, 180); }
                case "geoPrecision" -> { seen = once(seen, 5); gp = geoPrecision(p, v); }
                case "province" -> { seen = once(seen, 6); province = shared.string(nullableString(p, v)); }
                case "quotes" -> { seen = once(seen, 7); quotes = quotes(p, v); }
                case "uncertaintyKm" -> { seen = once(seen, 8); km = uncertainty(p, v); }
                case "status" -> { seen = once(seen, 9); status = nullableString(p, v); }
                case "notes" -> { seen = once(seen, 10); notes = nullableString(p, v); }
                default -> others = other(p, v, field, others);
            }
        }
        if ((seen & 0xFF) != 0xFF) {
            throw GiveUp.INSTANCE;
        }
        return new Center(id, name, kind, lat, lon, gp, km, province, status, quotes, notes);
    }

    private Article readArticle(JsonParser p) throws IOException, GiveUp {
        String id = null, outlet = null, title = null, published = null, url = null, text = null, sha = null, notes = null;
        int seen = 0; // bits 0-5 required, 6-7 optional
        Set<String> others = null;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "id" -> { seen = once(seen, 0); id = id(p, v); }
                case "outlet" -> { seen = once(seen, 1); outlet = shared.string(nullableString(p, v)); }
                case "title" -> { seen = once(seen, 2); title = nullableString(p, v); }
                case "published" -> { seen = once(seen, 3); published = v == JsonToken.VALUE_NULL ? null : partialDate(p, v); }
                case "url" -> { seen = once(seen, 4); url = nullableString(p, v); }
                case "text" -> { seen = once(seen, 5); text = v == JsonToken.VALUE_NULL ? null : nonEmpty(p, v); }
                case "textSha256" -> { seen = once(seen, 6); sha = sha256(p, v); }
                case "notes" -> { seen = once(seen, 7); notes = nullableString(p, v); }
                default -> others = other(p, v, field, others);
            }
        }
        if ((seen & 0x3F) != 0x3F) {
            throw GiveUp.INSTANCE;
        }
        return new Article(id, outlet, title, published, url, text, sha, null, notes);
    }

    /** The quotes; most records have one, which is read without an intermediate list. */
    private List<Quote> quotes(JsonParser p, JsonToken v) throws IOException, GiveUp {
        expect(v, JsonToken.START_ARRAY);
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
            return List.of();
        }
        Quote first = quote(p, t);
        t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
            return List.of(first);
        }
        List<Quote> out = new ArrayList<>(4);
        out.add(first);
        for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
            out.add(quote(p, t));
        }
        return out;
    }

    private Quote quote(JsonParser p, JsonToken t) throws IOException, GiveUp {
        expect(t, JsonToken.START_OBJECT);
        String article = null, text = null;
        List<String> supports = List.of();
        Integer start = null, end = null;
        int seen = 0;
        Set<String> others = null;
        for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
            String name = p.currentName();
            JsonToken fv = p.nextToken();
            switch (name) {
                case "article" -> { seen = once(seen, 0); article = shared.string(id(p, fv)); }
                case "text" -> { seen = once(seen, 1); text = nonEmpty(p, fv); }
                case "supports" -> { seen = once(seen, 2); supports = strings(p, fv); }
                case "start" -> { seen = once(seen, 3); start = count(p, fv); }
                case "end" -> { seen = once(seen, 4); end = count(p, fv); }
                default -> others = other(p, fv, name, others);
            }
        }
        if (article == null || text == null || (start == null) != (end == null)) {
            throw GiveUp.INSTANCE;
        }
        return new Quote(article, text, supports, start, end);
    }

    private Casualties casualties(JsonParser p, JsonToken v) throws IOException, GiveUp {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(v, JsonToken.START_OBJECT);
        int low = -1;
        int high = -1; // negative: open-ended
        int best = -1; // negative: not given
        int seen = 0;
        boolean bestSeen = false;
        Set<String> others = null;
        for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
            String name = p.currentName();
            JsonToken fv = p.nextToken();
            switch (name) {
                case "low" -> { seen = once(seen, 0); low = count(p, fv); }
                case "high" -> { seen = once(seen, 1); high = fv == JsonToken.VALUE_NULL ? -1 : count(p, fv); }
                case "best" -> {
                    if (bestSeen) {
                        throw GiveUp.INSTANCE;
                    }
                    bestSeen = true;
                    best = fv == JsonToken.VALUE_NULL ? -1 : count(p, fv);
                }
                default -> others = other(p, fv, name, others);
            }
        }
        if (seen != 3 || high >= 0 && high < low || best >= 0 && (best < low || high >= 0 && best > high)) {
            throw GiveUp.INSTANCE;
        }
        return best >= 0 ? new Casualties(low, high < 0 ? null : high, best) : shared.casualties(low, high);
    }

    private static int count(JsonParser p, JsonToken v) throws IOException, GiveUp {
        expect(v, JsonToken.VALUE_NUMBER_INT);
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw GiveUp.INSTANCE;
        }
        int n = p.getIntValue();
        if (n < 0) {
            throw GiveUp.INSTANCE;
        }
        return n;
    }

    /** A list of strings (actors, tags, what a quote supports), shared with the records that have the same. */
    private List<String> strings(JsonParser p, JsonToken v) throws IOException, GiveUp {
        expect(v, JsonToken.START_ARRAY);
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
            return List.of();
        }
        List<String> out = new ArrayList<>(6);
        for (; t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t, JsonToken.VALUE_STRING);
            out.add(p.getText());
        }
        return shared.strings(out);
    }

    /** Marks the field with bit {@code bit} as seen; gives up if it was seen before (a repeated key). */
    private static int once(int seen, int bit) throws GiveUp {
        if ((seen & 1 << bit) != 0) {
            throw GiveUp.INSTANCE;
        }
        return seen | 1 << bit;
    }

    /**
     * A field the format does not define, which the schema allows and the reader keeps (see
     * {@link UnknownFields}): the record is read the slow way, as a tree, so that the field can be kept.
     * Such fields are rare, and a tree per record that has one costs little.
     */
    @SuppressWarnings("unused")
    private static Set<String> other(JsonParser p, JsonToken v, String name, Set<String> seen) throws GiveUp {
        throw GiveUp.INSTANCE;
    }

    /** Skips the value the parser is on, giving up on a repeated key in any object inside it. */
    private static void skipChecked(JsonParser p, JsonToken v) throws IOException, GiveUp {
        if (v == JsonToken.START_OBJECT) {
            Set<String> names = null;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                names = other(p, p.nextToken(), p.currentName(), names);
            }
        } else if (v == JsonToken.START_ARRAY) {
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                skipChecked(p, t);
            }
        }
    }

    private static double range(JsonParser p, JsonToken v, double min, double max) throws IOException, GiveUp {
        if (v != JsonToken.VALUE_NUMBER_FLOAT && v != JsonToken.VALUE_NUMBER_INT) {
            throw GiveUp.INSTANCE;
        }
        double d = p.getDoubleValue();
        if (!(d >= min && d <= max)) {
            throw GiveUp.INSTANCE;
        }
        return d;
    }

    private Double uncertainty(JsonParser p, JsonToken v) throws IOException, GiveUp {
        return v == JsonToken.VALUE_NULL ? null : shared.number(range(p, v, 0, 1e9));
    }

    private static String string(JsonParser p, JsonToken v) throws IOException, GiveUp {
        expect(v, JsonToken.VALUE_STRING);
        return p.getText();
    }

    private static String nonEmpty(JsonParser p, JsonToken v) throws IOException, GiveUp {
        String s = string(p, v);
        if (s.isEmpty()) {
            throw GiveUp.INSTANCE;
        }
        return s;
    }

    private static String nullableString(JsonParser p, JsonToken v) throws IOException, GiveUp {
        return v == JsonToken.VALUE_NULL ? null : string(p, v);
    }

    /** {@code ^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$} without a regex. */
    private static String id(JsonParser p, JsonToken v) throws IOException, GiveUp {
        String s = string(p, v);
        int n = s.length();
        if (n == 0 || n > 100 || !alnum(s.charAt(0))) {
            throw GiveUp.INSTANCE;
        }
        for (int i = 1; i < n; i++) {
            char c = s.charAt(i);
            if (!alnum(c) && c != '.' && c != '_' && c != ':' && c != '-') {
                throw GiveUp.INSTANCE;
            }
        }
        return s;
    }

    private static boolean alnum(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private LocalDate isoDate(JsonParser p, JsonToken v) throws IOException, GiveUp {
        String s = string(p, v);
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-' || !digits(s, 0, 4) || !digits(s, 5, 7)
                || !digits(s, 8, 10)) {
            throw GiveUp.INSTANCE;
        }
        try {
            return shared.date(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
        } catch (DateTimeException e) {
            throw GiveUp.INSTANCE;
        }
    }

    private String partialDate(JsonParser p, JsonToken v) throws IOException, GiveUp {
        String s = string(p, v);
        boolean ok = switch (s.length()) {
            case 4 -> digits(s, 0, 4);
            case 7 -> s.charAt(4) == '-' && digits(s, 0, 4) && digits(s, 5, 7)
                    && Integer.parseInt(s, 5, 7, 10) >= 1 && Integer.parseInt(s, 5, 7, 10) <= 12;
            default -> false;
        };
        if (!ok && s.length() == 10) {
            isoDate(p, v);
            ok = true;
        }
        if (!ok) {
            throw GiveUp.INSTANCE;
        }
        return s;
    }

    private static String sha256(JsonParser p, JsonToken v) throws IOException, GiveUp {
        String s = string(p, v);
        if (s.length() != 64) {
            throw GiveUp.INSTANCE;
        }
        for (int i = 0; i < 64; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                throw GiveUp.INSTANCE;
            }
        }
        return s;
    }

    private static DatePrecision datePrecision(JsonParser p, JsonToken v) throws IOException, GiveUp {
        return switch (string(p, v)) {
            case "day" -> DatePrecision.DAY;
            case "week" -> DatePrecision.WEEK;
            case "month" -> DatePrecision.MONTH;
            case "year" -> DatePrecision.YEAR;
            default -> throw GiveUp.INSTANCE;
        };
    }

    private static GeoPrecision geoPrecision(JsonParser p, JsonToken v) throws IOException, GiveUp {
        return switch (string(p, v)) {
            case "exact" -> GeoPrecision.EXACT;
            case "town" -> GeoPrecision.TOWN;
            case "subdistrict" -> GeoPrecision.SUBDISTRICT;
            case "district" -> GeoPrecision.DISTRICT;
            case "province" -> GeoPrecision.PROVINCE;
            case "region" -> GeoPrecision.REGION;
            default -> throw GiveUp.INSTANCE;
        };
    }

    private static void expect(JsonToken actual, JsonToken wanted) throws GiveUp {
        if (actual != wanted) {
            throw GiveUp.INSTANCE;
        }
    }
}
