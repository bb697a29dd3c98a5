package org.incidentatlas.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
 * <p>Every method leaves the parser on the record's closing {@code END_OBJECT}, accepted or not.
 */
final class FastDecoder {

    /** Thrown to abandon a record; carries no stack trace. */
    private static final class GiveUp extends Exception {
        static final GiveUp INSTANCE = new GiveUp();

        private GiveUp() {
            super(null, null, false, false);
        }
    }

    private FastDecoder() {
    }

    /** Reads one kind of record, or gives up. */
    @FunctionalInterface
    private interface RecordReader<T> {
        T read(JsonParser p) throws IOException, GiveUp;
    }

    /** The incident, or null to say "check this record the slow way". Parser on the record's START_OBJECT. */
    static Incident incident(JsonParser p) throws IOException {
        return attempt(p, FastDecoder::readIncident);
    }

    static Center center(JsonParser p) throws IOException {
        return attempt(p, FastDecoder::readCenter);
    }

    static Article article(JsonParser p) throws IOException {
        return attempt(p, FastDecoder::readArticle);
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

    private static Incident readIncident(JsonParser p) throws IOException, GiveUp {
        String id = null, title = null, type = null, place = null, province = null, summary = null, notes = null;
        LocalDate start = null, end = null;
        DatePrecision dp = null;
        GeoPrecision gp = null;
        double lat = Double.NaN, lon = Double.NaN;
        Double km = null;
        List<String> actors = null, tags = null;
        Casualties killed = null, injured = null;
        List<Quote> quotes = null;
        int seen = 0; // one bit per required field
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            switch (name) {
                case "id" -> { id = id(p, v); seen |= 1; }
                case "title" -> { title = nonEmpty(p, v); seen |= 1 << 1; }
                case "type" -> { type = nonEmpty(p, v); seen |= 1 << 2; }
                case "dateStart" -> { start = isoDate(p, v); seen |= 1 << 3; }
                case "dateEnd" -> { end = v == JsonToken.VALUE_NULL ? null : isoDate(p, v); seen |= 1 << 4; }
                case "datePrecision" -> { dp = datePrecision(p, v); seen |= 1 << 5; }
                case "place" -> { place = string(p, v); seen |= 1 << 6; }
                case "province" -> { province = nullableString(p, v); seen |= 1 << 7; }
                case "lat" -> { lat = range(p, v, -90, 90); seen |= 1 << 8; }
                case "lon" -> { lon = range(p, v, -180, 180); seen |= 1 << 9; }
                case "geoPrecision" -> { gp = geoPrecision(p, v); seen |= 1 << 10; }
                case "uncertaintyKm" -> { km = uncertainty(p, v); seen |= 1 << 11; }
                case "actors" -> { actors = strings(p, v); seen |= 1 << 12; }
                case "killed" -> { killed = casualties(p, v); seen |= 1 << 13; }
                case "injured" -> { injured = casualties(p, v); seen |= 1 << 14; }
                case "summary" -> { summary = string(p, v); seen |= 1 << 15; }
                case "quotes" -> { quotes = quotes(p, v); seen |= 1 << 16; }
                case "tags" -> { tags = strings(p, v); seen |= 1 << 17; }
                case "notes" -> { notes = nullableString(p, v); seen |= 1 << 18; }
                default -> p.skipChildren();
            }
        }
        if (seen != (1 << 19) - 1 || end != null && end.isBefore(start)) {
            throw GiveUp.INSTANCE;
        }
        return new Incident(id, title, type, start, end, dp, place, province, lat, lon, gp, km, actors, killed, injured,
                summary, quotes, tags, notes);
    }

    private static Center readCenter(JsonParser p) throws IOException, GiveUp {
        String id = null, name = null, kind = null, province = null, status = null, notes = null;
        double lat = Double.NaN, lon = Double.NaN;
        GeoPrecision gp = null;
        Double km = null;
        List<Quote> quotes = null;
        int seen = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "id" -> { id = id(p, v); seen |= 1; }
                case "name" -> { name = nonEmpty(p, v); seen |= 1 << 1; }
                case "kind" -> { kind = nonEmpty(p, v); seen |= 1 << 2; }
                case "lat" -> { lat = range(p, v, -90, 90); seen |= 1 << 3; }
                case "lon" -> { lon = range(p, v, -180, 180); seen |= 1 << 4; }
                case "geoPrecision" -> { gp = geoPrecision(p, v); seen |= 1 << 5; }
                case "province" -> { province = nullableString(p, v); seen |= 1 << 6; }
                case "quotes" -> { quotes = quotes(p, v); seen |= 1 << 7; }
                case "uncertaintyKm" -> km = uncertainty(p, v);
                case "status" -> status = nullableString(p, v);
                case "notes" -> notes = nullableString(p, v);
                default -> p.skipChildren();
            }
        }
        if (seen != (1 << 8) - 1) {
            throw GiveUp.INSTANCE;
        }
        return new Center(id, name, kind, lat, lon, gp, km, province, status, quotes, notes);
    }

    private static Article readArticle(JsonParser p) throws IOException, GiveUp {
        String id = null, outlet = null, title = null, published = null, url = null, text = null, sha = null, notes = null;
        int seen = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            switch (field) {
                case "id" -> { id = id(p, v); seen |= 1; }
                case "outlet" -> { outlet = nullableString(p, v); seen |= 1 << 1; }
                case "title" -> { title = nullableString(p, v); seen |= 1 << 2; }
                case "published" -> { published = v == JsonToken.VALUE_NULL ? null : partialDate(p, v); seen |= 1 << 3; }
                case "url" -> { url = nullableString(p, v); seen |= 1 << 4; }
                case "text" -> { text = v == JsonToken.VALUE_NULL ? null : nonEmpty(p, v); seen |= 1 << 5; }
                case "textSha256" -> sha = sha256(p, v);
                case "notes" -> notes = nullableString(p, v);
                default -> p.skipChildren();
            }
        }
        if (seen != (1 << 6) - 1) {
            throw GiveUp.INSTANCE;
        }
        return new Article(id, outlet, title, published, url, text, sha, null, notes);
    }

    private static List<Quote> quotes(JsonParser p, JsonToken v) throws IOException, GiveUp {
        expect(v, JsonToken.START_ARRAY);
        List<Quote> out = new ArrayList<>(2);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t, JsonToken.START_OBJECT);
            String article = null, text = null;
            List<String> supports = List.of();
            for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
                String name = p.currentName();
                JsonToken fv = p.nextToken();
                switch (name) {
                    case "article" -> article = id(p, fv);
                    case "text" -> text = nonEmpty(p, fv);
                    case "supports" -> supports = strings(p, fv);
                    default -> p.skipChildren();
                }
            }
            if (article == null || text == null) {
                throw GiveUp.INSTANCE;
            }
            out.add(new Quote(article, text, supports));
        }
        return out;
    }

    private static Casualties casualties(JsonParser p, JsonToken v) throws IOException, GiveUp {
        if (v == JsonToken.VALUE_NULL) {
            return null;
        }
        expect(v, JsonToken.START_OBJECT);
        long low = -1;
        Long high = null;
        boolean sawHigh = false;
        for (JsonToken f = p.nextToken(); f != JsonToken.END_OBJECT; f = p.nextToken()) {
            String name = p.currentName();
            JsonToken fv = p.nextToken();
            switch (name) {
                case "low" -> low = count(p, fv);
                case "high" -> {
                    sawHigh = true;
                    high = fv == JsonToken.VALUE_NULL ? null : count(p, fv);
                }
                default -> p.skipChildren();
            }
        }
        if (low < 0 || !sawHigh || high != null && high < low) {
            throw GiveUp.INSTANCE;
        }
        return new Casualties((int) low, high == null ? null : (int) (long) high);
    }

    private static long count(JsonParser p, JsonToken v) throws IOException, GiveUp {
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

    private static List<String> strings(JsonParser p, JsonToken v) throws IOException, GiveUp {
        expect(v, JsonToken.START_ARRAY);
        List<String> out = new ArrayList<>(2);
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            expect(t, JsonToken.VALUE_STRING);
            out.add(p.getText());
        }
        return out;
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

    private static Double uncertainty(JsonParser p, JsonToken v) throws IOException, GiveUp {
        return v == JsonToken.VALUE_NULL ? null : range(p, v, 0, 1e9);
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

    private static LocalDate isoDate(JsonParser p, JsonToken v) throws IOException, GiveUp {
        String s = string(p, v);
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-' || !digits(s, 0, 4) || !digits(s, 5, 7)
                || !digits(s, 8, 10)) {
            throw GiveUp.INSTANCE;
        }
        try {
            return LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10), Integer.parseInt(s, 8, 10, 10));
        } catch (DateTimeException e) {
            throw GiveUp.INSTANCE;
        }
    }

    private static String partialDate(JsonParser p, JsonToken v) throws IOException, GiveUp {
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
