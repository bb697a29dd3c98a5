package org.incidentatlas.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
 * Turns one schema-valid record node into a model record, making the checks a schema cannot: real calendar
 * dates and casualty ranges that do not run backwards.
 */
final class RecordConverter {

    private final ProblemList problems;
    private final FieldLocator where;
    private final String record;
    private boolean failed;

    /** Problems are placed at the line and column of the field they are about. */
    RecordConverter(ProblemList problems, FieldLocator where, String record) {
        this.problems = problems;
        this.where = where;
        this.record = record;
    }

    private void error(Problem.Code code, String field, String message, String hint) {
        int[] at = where.at(field);
        problems.error(code, at[0], at[1], record, field, message, hint);
    }

    Article article(JsonNode n) {
        String published = text(n, "published");
        if (published != null && !realPartialDate(published)) {
            error(Problem.Code.BAD_DATE, "published",
                    "\"" + published + "\" is not a real calendar date.", "Check the month and day.");
        }
        return new Article(n.get("id").asText(), text(n, "outlet"), text(n, "title"), published, text(n, "url"),
                text(n, "text"), text(n, "textSha256"), null, text(n, "notes"));
    }

    Center center(JsonNode n) {
        return new Center(n.get("id").asText(), n.get("name").asText(), n.get("kind").asText(),
                n.get("lat").asDouble(), n.get("lon").asDouble(), GeoPrecision.fromKey(n.get("geoPrecision").asText()),
                number(n, "uncertaintyKm"), text(n, "province"), text(n, "status"), quotes(n.get("quotes")),
                text(n, "notes"));
    }

    /** The incident, or null when a check failed (the problem is reported). */
    Incident incident(JsonNode n) {
        LocalDate start = date(n, "dateStart");
        LocalDate end = date(n, "dateEnd");
        Casualties killed = casualties(n, "killed");
        Casualties injured = casualties(n, "injured");
        if (failed) {
            return null;
        }
        return new Incident(n.get("id").asText(), n.get("title").asText(), n.get("type").asText(), start, end,
                DatePrecision.fromKey(n.get("datePrecision").asText()), n.get("place").asText(), text(n, "province"),
                n.get("lat").asDouble(), n.get("lon").asDouble(), GeoPrecision.fromKey(n.get("geoPrecision").asText()),
                number(n, "uncertaintyKm"), strings(n.get("actors")), killed, injured, n.get("summary").asText(),
                quotes(n.get("quotes")), strings(n.get("tags")), text(n, "notes"), text(n, "country"), text(n, "sourceId"),
                n.path("analystEdited").asBoolean(false));
    }

    private LocalDate date(JsonNode n, String field) {
        String s = text(n, field);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            failed = true;
            error(Problem.Code.BAD_DATE, field,
                    "\"" + s + "\" is not a real calendar date.", "Check the month and day (YYYY-MM-DD).");
            return null;
        }
    }

    private Casualties casualties(JsonNode n, String field) {
        JsonNode c = n.get(field);
        if (c == null || c.isNull()) {
            return null;
        }
        JsonNode lowNode = c.get("low");
        JsonNode highNode = c.get("high");
        if (!lowNode.canConvertToInt() || !highNode.isNull() && !highNode.canConvertToInt()) {
            failed = true;
            error(Problem.Code.CASUALTY_RANGE, field,
                    "holds a number too large to be a casualty count (" + (lowNode.canConvertToInt() ? highNode : lowNode) + ").",
                    "Check the figure; counts go up to 2,147,483,647.");
            return null;
        }
        int low = lowNode.asInt();
        Integer high = highNode.isNull() ? null : highNode.asInt();
        if (high != null && high < low) {
            failed = true;
            error(Problem.Code.CASUALTY_RANGE, field,
                    "runs backwards: low " + low + ", high " + high + ".",
                    "Use low <= high, or high null for an open-ended figure (\"at least\").");
            return null;
        }
        JsonNode bestNode = c.get("best");
        if (bestNode == null || bestNode.isNull()) {
            return new Casualties(low, high);
        }
        int best = bestNode.asInt();
        if (!bestNode.canConvertToInt() || best < low || high != null && best > high) {
            failed = true;
            error(Problem.Code.CASUALTY_RANGE, field,
                    "has a best estimate (" + bestNode + ") outside low " + low + " to high " + high + ".",
                    "Give a best figure within low..high, or leave best out.");
            return null;
        }
        return new Casualties(low, high, best);
    }

    private static boolean realPartialDate(String s) {
        try {
            switch (s.length()) {
                case 4 -> { return true; }
                case 7 -> YearMonth.parse(s);
                default -> LocalDate.parse(s);
            }
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static List<Quote> quotes(JsonNode array) {
        List<Quote> out = new ArrayList<>(array.size());
        for (JsonNode q : array) {
            JsonNode start = q.get("start");
            JsonNode end = q.get("end");
            out.add(new Quote(q.get("article").asText(), q.get("text").asText(), strings(q.get("supports")),
                    start == null ? null : start.asInt(), end == null ? null : end.asInt()));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        if (array == null || array.isNull()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(array.size());
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asDouble();
    }
}
