package org.incidentatlas.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.incidentatlas.TestFiles;
import org.incidentatlas.dataset.RecordSchemas.Kind;
import org.junit.jupiter.api.Test;

/**
 * The reader's fast path may only accept what the slow path (JSON Schema + converter) accepts, and must then
 * build the same record. Thousands of random mutations of the bundled records check it.
 */
class FastDecoderTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final int ROUNDS = 4000;

    private final RecordSchemas schemas = new RecordSchemas(JSON);

    @Test
    void whatTheFastPathAcceptsTheSchemaAcceptsToo() throws IOException {
        JsonNode root = JSON.readTree(TestFiles.bundledDataset().toFile());
        SplittableRandom rnd = new SplittableRandom(20261121);
        int fastAccepted = 0;
        int slowAccepted = 0;
        int mutated = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Kind kind = List.of(Kind.ARTICLE, Kind.CENTER, Kind.INCIDENT).get(rnd.nextInt(3));
            ArrayNode records = (ArrayNode) root.get(kind.def + "s");
            ObjectNode record = records.get(rnd.nextInt(records.size())).deepCopy();
            int mutations = round < 30 ? 0 : 1 + rnd.nextInt(3);
            for (int m = 0; m < mutations; m++) {
                mutate(record, rnd);
            }
            mutated += mutations > 0 ? 1 : 0;
            Object fast = fast(kind, JSON.writeValueAsBytes(record));
            Object slow = slow(kind, record);
            if (fast != null) {
                fastAccepted++;
                assertTrue(slow != null, "the fast path accepted what the schema rejects: " + record);
                assertEquals(slow, fast, "the two paths built different records from " + record);
            }
            if (slow != null) {
                slowAccepted++;
            }
        }
        assertTrue(mutated > ROUNDS * 0.9, "most rounds mutate");
        assertTrue(fastAccepted >= 30, "the unmutated records go the fast way: " + fastAccepted);
        assertTrue(slowAccepted - fastAccepted < slowAccepted, "the fast path is used, not bypassed");
        assertTrue(ROUNDS - slowAccepted > ROUNDS / 3, "the mutations do break records: " + slowAccepted + " valid");
    }

    /**
     * The file's stream is parsed without Jackson's check for repeated keys, so the fast path must give up on
     * every one: in the record, in its quotes and figures, and in the fields the format does not define, however
     * deep. Every object of every bundled record is tried with each of its keys repeated, and with an unknown key
     * repeated.
     */
    @Test
    void aRepeatedKeyAnywhereMakesTheFastPathGiveUp() throws IOException {
        ObjectMapper strict = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
        JsonNode root = JSON.readTree(TestFiles.bundledDataset().toFile());
        int tried = 0;
        for (Kind kind : List.of(Kind.ARTICLE, Kind.CENTER, Kind.INCIDENT)) {
            for (JsonNode original : root.get(kind.def + "s")) {
                ObjectNode record = original.deepCopy();
                // the format's fields only: a field it does not define sends the record to the slow path, which
                // keeps the field for saving (UnknownFields), so the fast path never skips one
                record.retain(knownNames(kind, record));
                assertTrue(fast(kind, JSON.writeValueAsBytes(record)) != null, "accepted as it is: " + record);
                ObjectNode extra = record.deepCopy();
                extra.set("extra", F.objectNode().put("k", "v"));
                assertNull(fast(kind, JSON.writeValueAsBytes(extra)), "an unknown field is read the slow way, to be kept");
                List<ObjectNode> objects = new ArrayList<>();
                collect(record, objects);
                for (ObjectNode target : objects) {
                    List<String> names = new ArrayList<>();
                    target.fieldNames().forEachRemaining(names::add);
                    names.add("unknownField");
                    for (String name : names) {
                        byte[] bytes = withRepeatedKey(record, target, name);
                        assertThrows(StreamReadException.class, () -> strict.readTree(bytes), "a key is repeated");
                        assertNull(fast(kind, bytes), "the fast path accepted a repeated '" + name + "': "
                                + new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
                        tried++;
                    }
                }
            }
        }
        assertTrue(tried > 400, "tried " + tried);
    }

    /** The record as JSON with the key {@code name} of {@code target} written twice. */
    private static byte[] withRepeatedKey(JsonNode record, ObjectNode target, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            write(g, record, target, name);
        }
        return out.toByteArray();
    }

    private static void write(JsonGenerator g, JsonNode node, ObjectNode target, String name) throws IOException {
        if (node.isObject()) {
            g.writeStartObject();
            for (Iterator<java.util.Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                java.util.Map.Entry<String, JsonNode> e = it.next();
                g.writeFieldName(e.getKey());
                write(g, e.getValue(), target, name);
            }
            if (node == target) {
                JsonNode again = target.has(name) ? target.get(name) : F.numberNode(1);
                for (int i = target.has(name) ? 1 : 2; i > 0; i--) {
                    g.writeFieldName(name);
                    write(g, again, target, name);
                }
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode e : node) {
                write(g, e, target, name);
            }
            g.writeEndArray();
        } else {
            g.writeTree(node);
        }
    }

    /** One decoder for every record, as in a read, so that the values it shares across records are tested too. */
    private final FastDecoder decoder = new FastDecoder();

    private Object fast(Kind kind, byte[] bytes) throws IOException {
        try (JsonParser p = JSON.getFactory().createParser(bytes)) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            Object r = switch (kind) {
                case ARTICLE -> decoder.article(p);
                case CENTER -> decoder.center(p);
                case INCIDENT -> decoder.incident(p);
                default -> throw new IllegalStateException();
            };
            assertEquals(JsonToken.END_OBJECT, p.currentToken(), "left on the record's end, accepted or not");
            assertEquals(null, p.nextToken(), "nothing after the record was consumed");
            return r;
        }
    }

    private Object slow(Kind kind, JsonNode node) {
        if (!schemas.validate(kind, node).isEmpty()) {
            return null;
        }
        ProblemList problems = new ProblemList(Path.of("x.json"));
        RecordConverter c = new RecordConverter(problems, FieldLocator.at(1, 1), "record");
        Object r = switch (kind) {
            case ARTICLE -> c.article(node);
            case CENTER -> c.center(node);
            case INCIDENT -> c.incident(node);
            default -> throw new IllegalStateException();
        };
        return problems.hasErrors() ? null : r;
    }

    /** One random change somewhere in the record, nested fields included. */
    private static void mutate(ObjectNode record, SplittableRandom rnd) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(record, objects);
        ObjectNode target = objects.get(rnd.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = target.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        if (names.isEmpty() || rnd.nextInt(12) == 0) {
            target.set("extra" + rnd.nextInt(3), value(rnd));
            return;
        }
        String name = names.get(rnd.nextInt(names.size()));
        JsonNode old = target.get(name);
        switch (rnd.nextInt(9)) {
            case 0 -> target.remove(name);
            case 1 -> target.set(name, value(rnd));
            case 2 -> target.putNull(name);
            case 3 -> target.put(name, "");
            case 4 -> target.put(name, old != null && old.isNumber() ? -old.asDouble() * 3 : 1e9);
            case 5 -> target.put(name, List.of("2024-02-30", "2024-7-4", "2024-13", "2024", "2023-12-31", "x",
                    "0000-01-01", "2024-02-29").get(rnd.nextInt(8)));
            case 6 -> target.put(name, List.of("day", "week", "year", "town", "province", "exact", "Day", "a b",
                    "ok-id_1.2:3").get(rnd.nextInt(9)));
            case 7 -> target.set(name, casualties(rnd));
            default -> target.put(name, rnd.nextInt(5) - 1);
        }
    }

    private static void collect(ObjectNode node, List<ObjectNode> out) {
        out.add(node);
        node.forEach(child -> {
            if (child.isObject()) {
                collect((ObjectNode) child, out);
            } else if (child.isArray()) {
                child.forEach(e -> {
                    if (e.isObject()) {
                        collect((ObjectNode) e, out);
                    }
                });
            }
        });
    }

    private static JsonNode value(SplittableRandom rnd) {
        return switch (rnd.nextInt(7)) {
            case 0 -> F.textNode("text");
            case 1 -> F.numberNode(2.5);
            case 2 -> F.booleanNode(true);
            case 3 -> F.arrayNode().add("a").add(1);
            case 4 -> F.objectNode().put("k", "v").set("deep", F.arrayNode().add(F.objectNode().put("x", 1)));
            case 5 -> F.numberNode(3_000_000_000L);
            default -> F.arrayNode();
        };
    }

    private static JsonNode casualties(SplittableRandom rnd) {
        ObjectNode c = F.objectNode();
        switch (rnd.nextInt(6)) {
            case 0 -> c.put("low", 1).putNull("high");
            case 1 -> c.put("low", 5).put("high", 2);
            case 2 -> c.put("low", 1.5).put("high", 2);
            case 3 -> c.put("low", 2);
            case 4 -> c.put("low", 0).put("high", 0).put("note", "extra");
            default -> c.put("low", -1).put("high", 4);
        }
        return c;
    }

    /** The names of {@code record}'s fields that the format defines (the bundled records carry one it does not). */
    private static List<String> knownNames(Kind kind, ObjectNode record) {
        List<String> out = new ArrayList<>();
        record.fieldNames().forEachRemaining(n -> {
            if (UnknownFields.known(kind.def, n)) {
                out.add(n);
            }
        });
        return out;
    }
}
