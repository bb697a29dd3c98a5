package org.incidentatlas.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.GeoBounds;

/**
 * A filter as a short JSON text, to remember it with its dataset between runs. A text that cannot be read back
 * (an older form, a hand-edited preference) gives nothing, never an error: a remembered filter is a convenience.
 */
final class FilterCodec {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FilterCodec() {
    }

    static String write(IncidentFilter f) {
        ObjectNode o = JSON.createObjectNode();
        o.put("text", f.text());
        if (f.from() != null) {
            o.put("from", f.from().toString());
        }
        if (f.to() != null) {
            o.put("to", f.to().toString());
        }
        strings(o.putArray("types"), f.types());
        strings(o.putArray("actors"), f.actors());
        strings(o.putArray("provinces"), f.provinces());
        if (!f.countries().isEmpty()) {
            strings(o.putArray("countries"), f.countries());
        }
        if (f.killedFigure() != Casualties.Figure.LOW) {
            o.put("killedFigure", f.killedFigure().key());
        }
        if (f.minKilled() != null) {
            o.put("minKilled", f.minKilled());
        }
        o.put("coarsePlace", f.coarsePlace());
        o.put("coarseDate", f.coarseDate());
        if (f.near() != null) {
            ObjectNode n = o.putObject("near");
            n.put("centerId", f.near().centerId());
            n.put("centerName", f.near().centerName());
            n.put("lat", f.near().lat());
            n.put("lon", f.near().lon());
            n.put("km", f.near().km());
        }
        if (f.view() != null) {
            ObjectNode v = o.putObject("view");
            v.put("south", f.view().south());
            v.put("west", f.view().west());
            v.put("north", f.view().north());
            v.put("east", f.view().east());
        }
        if (f.area() != null) {
            ObjectNode a = o.putObject("area");
            a.put("level", f.area().level());
            a.put("index", f.area().index());
            a.put("name", f.area().name());
        }
        return o.toString();
    }

    static Optional<IncidentFilter> read(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonNode o = JSON.readTree(text);
            IncidentFilter.Near near = null;
            JsonNode n = o.get("near");
            if (n != null) {
                near = new IncidentFilter.Near(n.get("centerId").asText(), n.get("centerName").asText(),
                        n.get("lat").asDouble(), n.get("lon").asDouble(), n.get("km").asDouble());
            }
            GeoBounds view = null;
            JsonNode v = o.get("view");
            if (v != null) {
                view = new GeoBounds(v.get("south").asDouble(), v.get("west").asDouble(), v.get("north").asDouble(),
                        v.get("east").asDouble());
            }
            IncidentFilter.Area area = null;
            JsonNode a = o.get("area");
            if (a != null) {
                var level = AreaFilters.level(a.path("level").asText());
                if (level == null) {
                    return Optional.empty();
                }
                area = AreaFilters.of(level, a.get("index").asInt(), a.get("name").asText());
            }
            return Optional.of(new IncidentFilter(o.path("text").asText(""), date(o, "from"), date(o, "to"),
                    strings(o.get("types")), strings(o.get("actors")), strings(o.get("provinces")),
                    o.has("minKilled") ? o.get("minKilled").asInt() : null, o.path("coarsePlace").asBoolean(true),
                    o.path("coarseDate").asBoolean(true), near, view, strings(o.get("countries")),
                    Casualties.Figure.fromKey(o.path("killedFigure").asText("low")), area));
        } catch (JsonProcessingException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static LocalDate date(JsonNode o, String key) {
        return o.hasNonNull(key) ? LocalDate.parse(o.get(key).asText()) : null;
    }

    private static void strings(ArrayNode a, Set<String> values) {
        values.stream().sorted().forEach(a::add);
    }

    private static Set<String> strings(JsonNode a) {
        Set<String> out = new LinkedHashSet<>();
        if (a != null) {
            a.forEach(s -> out.add(s.asText()));
        }
        return out;
    }
}
