package org.incidentatlas.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.incidentatlas.model.Quote;

/**
 * The fields of a dataset file that this version of the app does not know (another tool's additions, which the
 * format allows anywhere), kept by the reader so that saving an edited dataset writes them back unchanged.
 * Kept for the top level, each record (by id), each record's casualty objects and each quote (by its article
 * and text, so a quote the analyst did not change keeps its fields). A record or quote that is deleted takes
 * its unknown fields with it.
 *
 * <p>Which fields are known is read from the format's JSON Schema (its {@code properties}), so a field the
 * format gains is known here at once and never written twice.
 */
public final class UnknownFields {

    public static final UnknownFields NONE = new UnknownFields();

    /** One record's unknown fields; any part may be null. */
    record Extras(ObjectNode fields, ObjectNode killed, ObjectNode injured, Map<String, ObjectNode> quotes) {
    }

    private static final Map<String, Set<String>> KNOWN = knownFields();

    private final ObjectNode top = JsonNodeFactory.instance.objectNode();
    private final Map<String, Extras> records = new HashMap<>();

    public boolean isEmpty() {
        return top.isEmpty() && records.isEmpty();
    }

    /** How many records carry unknown fields (for messages and tests). */
    public int recordCount() {
        return records.size();
    }

    /** Keeps an unknown top-level field. */
    void top(String name, JsonNode value) {
        top.set(name, value);
    }

    ObjectNode top() {
        return top;
    }

    Extras of(String id) {
        return records.get(id);
    }

    /** Keeps what {@code node}, a record of {@code def} ("article", "center", "incident") with id {@code id}, has beyond the format. */
    void collect(String def, String id, JsonNode node) {
        ObjectNode fields = unknown(node, def);
        ObjectNode killed = unknown(node.get("killed"), "casualties");
        ObjectNode injured = unknown(node.get("injured"), "casualties");
        Map<String, ObjectNode> quotes = null;
        JsonNode qs = node.get("quotes");
        if (qs != null && qs.isArray()) {
            for (JsonNode q : qs) {
                ObjectNode extra = unknown(q, "quote");
                if (extra != null) {
                    quotes = quotes == null ? new HashMap<>() : quotes;
                    quotes.put(quoteKey(q.path("article").asText(), q.path("text").asText()), extra);
                }
            }
        }
        if (fields != null || killed != null || injured != null || quotes != null) {
            records.put(id, new Extras(fields, killed, injured, quotes));
        }
    }

    static String quoteKey(Quote q) {
        return quoteKey(q.articleId(), q.text());
    }

    private static String quoteKey(String article, String text) {
        return article + '\u0000' + text;
    }

    /** Whether the format defines {@code field} on objects of {@code def} ("top" for the top level). */
    static boolean known(String def, String field) {
        return KNOWN.getOrDefault(def, Set.of()).contains(field);
    }

    private static ObjectNode unknown(JsonNode node, String def) {
        if (node == null || !node.isObject()) {
            return null;
        }
        ObjectNode out = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!known(def, e.getKey())) {
                out = out == null ? JsonNodeFactory.instance.objectNode() : out;
                out.set(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    private static Map<String, Set<String>> knownFields() {
        try (InputStream in = UnknownFields.class.getResourceAsStream(RecordSchemas.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + RecordSchemas.RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Set<String>> out = new HashMap<>();
            out.put("top", names(root.path("properties")));
            root.path("$defs").fields().forEachRemaining(e -> out.put(e.getKey(), names(e.getValue().path("properties"))));
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> names(JsonNode properties) {
        Set<String> s = new HashSet<>();
        properties.fieldNames().forEachRemaining(s::add);
        return Set.copyOf(s);
    }
}
