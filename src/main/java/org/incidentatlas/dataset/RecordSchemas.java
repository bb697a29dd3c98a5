package org.incidentatlas.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The dataset JSON Schema ({@code assets/schema/incident-atlas-1.schema.json}), split so that the reader can
 * check each record as it streams past (one schema per record kind, plus the top level with its arrays
 * emptied), and turned into messages a person can act on.
 */
final class RecordSchemas {

    /** The kinds of thing the schema describes. */
    enum Kind {
        TOP("top level", null), ARTICLE("article", "article"), CENTER("center", "center"),
        INCIDENT("incident", "incident");

        final String label;
        final String def;

        Kind(String label, String def) {
            this.label = label;
            this.def = def;
        }
    }

    static final String RESOURCE = "/org/incidentatlas/dataset/incident-atlas-1.schema.json";

    private final Map<Kind, JsonSchema> schemas = new EnumMap<>(Kind.class);

    RecordSchemas(ObjectMapper mapper) {
        ObjectNode root;
        try (InputStream in = RecordSchemas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + RESOURCE);
            }
            root = (ObjectNode) mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        root.remove("$id");
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
        for (Kind kind : Kind.values()) {
            ObjectNode node = root.deepCopy();
            if (kind.def != null) {
                for (String k : List.of("type", "required", "properties", "title", "description")) {
                    node.remove(k);
                }
                node.put("$ref", "#/$defs/" + kind.def);
            }
            schemas.put(kind, factory.getSchema(node, config));
        }
    }

    Set<ValidationMessage> validate(Kind kind, JsonNode node) {
        return schemas.get(kind).validate(node);
    }

    /** The field a message is about, as "killed.low" or "quotes[1].text"; null for the record itself. */
    static String field(ValidationMessage m) {
        String f = dotted(m.getInstanceLocation().toString());
        if ("required".equals(m.getType()) && m.getProperty() != null) {
            f = f.isEmpty() ? m.getProperty() : f + "." + m.getProperty();
        }
        return f.isEmpty() ? null : f;
    }

    /** "/quotes/1/text" (a JSON Pointer, as the validator reports) or "$.quotes[1].text" to "quotes[1].text". */
    static String dotted(String path) {
        if (path.startsWith("$")) {
            return path.startsWith("$.") ? path.substring(2) : path.substring(1);
        }
        StringBuilder sb = new StringBuilder();
        for (String seg : path.split("/")) {
            if (seg.isEmpty()) {
                continue;
            }
            seg = seg.replace("~1", "/").replace("~0", "~");
            if (seg.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(seg).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(seg);
            }
        }
        return sb.toString();
    }

    /** Coordinates out of range get their own code; everything else the schema finds is SCHEMA. */
    static Problem.Code code(ValidationMessage m) {
        String f = field(m);
        boolean coordinate = f != null && (f.equals("lat") || f.equals("lon"));
        return coordinate && ("minimum".equals(m.getType()) || "maximum".equals(m.getType()))
                ? Problem.Code.COORDINATES : Problem.Code.SCHEMA;
    }

    /** A sentence saying what is wrong, in the dataset's own terms. */
    static String message(ValidationMessage m) {
        JsonNode value = m.getInstanceNode();
        String field = field(m);
        String leaf = leaf(field);
        return switch (m.getType()) {
            case "required" -> "the required field \"" + m.getProperty() + "\" is missing.";
            case "type" -> "is " + describe(value) + " but must be " + expected(m) + ".";
            case "const" -> "is " + describe(value) + "; this app reads \"incident-atlas/1\" files.";
            case "enum" -> "is " + describe(value) + " but must be one of " + m.getSchemaNode() + ".";
            case "pattern" -> "is " + describe(value) + ", " + patternHelp(leaf);
            case "minimum", "maximum" -> "is " + value + ", " + rangeHelp(leaf);
            case "minLength" -> "is empty.";
            default -> m.getError();
        };
    }

    /** What to do; null when the message says it all. */
    static String hint(ValidationMessage m) {
        String leaf = leaf(field(m));
        return switch (m.getType()) {
            case "required" -> "Add it (use null where the format allows an unknown value); see docs/dataset-format.md.";
            case "minimum", "maximum" -> leaf.equals("lat") || leaf.equals("lon")
                    ? "Use WGS 84 decimal degrees; check that latitude and longitude are not swapped."
                    : null;
            case "type", "enum", "pattern", "const" -> "See docs/dataset-format.md for the field's form.";
            default -> null;
        };
    }

    /** "killed.low" to "low", "quotes[1].article" to "article". */
    private static String leaf(String field) {
        return field == null ? "" : field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
    }

    private static String expected(ValidationMessage m) {
        JsonNode type = m.getSchemaNode();
        if (type != null && type.isArray()) {
            StringBuilder sb = new StringBuilder();
            type.forEach(t -> sb.append(sb.length() == 0 ? "" : " or ").append(article(t.asText())));
            return sb.toString();
        }
        return type == null ? "of another type" : article(type.asText());
    }

    private static String article(String jsonType) {
        return switch (jsonType) {
            case "object" -> "an object";
            case "array" -> "a list";
            case "integer" -> "a whole number";
            case "null" -> "null";
            default -> "a " + jsonType;
        };
    }

    static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "missing";
        }
        if (v.isNull()) {
            return "null";
        }
        if (v.isTextual()) {
            String s = v.asText();
            return "the text \"" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "\"";
        }
        if (v.isIntegralNumber()) {
            return "the whole number " + v;
        }
        if (v.isNumber()) {
            return "the number " + v;
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? "true" : "false";
        }
        return v.isArray() ? "a list" : "an object";
    }

    private static String patternHelp(String leaf) {
        return switch (leaf) {
            case "id", "article" -> "not an id: use 1 to 100 of A-Z a-z 0-9 . _ : - starting with a letter or digit.";
            case "dateStart", "dateEnd" -> "not a date written YYYY-MM-DD.";
            case "published" -> "not a date written YYYY-MM-DD, YYYY-MM or YYYY.";
            case "textSha256" -> "not a SHA-256 written as 64 hex digits.";
            default -> "which is not of the required form.";
        };
    }

    private static String rangeHelp(String leaf) {
        return switch (leaf) {
            case "lat" -> "outside the latitude range -90 to 90.";
            case "lon" -> "outside the longitude range -180 to 180.";
            case "low", "high" -> "but a casualty count cannot be negative.";
            case "uncertaintyKm" -> "but a distance cannot be negative.";
            default -> "which is out of range.";
        };
    }
}
