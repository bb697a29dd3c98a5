package org.incidentatlas.dataset;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Says whether a dataset is valid, by the format's own definitions and without the reader's code: the JDK's
 * strict UTF-8 decoder, Jackson's tree over characters with repeated keys and trailing tokens refused, the JSON
 * Schema over the whole document, then the rules docs/dataset-format.md states in words (ids, quotes, dates,
 * article texts). For the fuzz test: whatever the reader accepts, this must call valid.
 */
final class DatasetOracle {

    private final ObjectMapper strict = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private final JsonSchema schema;

    DatasetOracle() throws IOException {
        try (InputStream in = DatasetOracle.class.getResourceAsStream(RecordSchemas.RESOURCE)) {
            ObjectNode root = (ObjectNode) strict.readTree(in);
            root.remove("$id");
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
        }
    }

    /** Null when {@code bytes}, as a dataset file in {@code folder}, is valid; else why not. */
    String whyInvalid(byte[] bytes, Path folder) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return "not UTF-8";
        }
        if (text.startsWith("\ufeff")) {
            text = text.substring(1); // the format ignores a UTF-8 byte-order mark
        }
        JsonNode root;
        try {
            root = strict.readTree(text);
        } catch (IOException e) {
            return "not strict JSON: " + e.getMessage();
        }
        if (root == null) {
            return "empty";
        }
        String deep = walk(root, 0);
        if (deep != null) {
            return deep;
        }
        if (!schema.validate(root).isEmpty()) {
            return "schema: " + schema.validate(root);
        }
        return rules(root, folder);
    }

    /** Lone surrogates (from escapes) and the reader's limits, anywhere in the tree. */
    private static String walk(JsonNode n, int depth) {
        if (depth > DatasetReader.MAX_NESTING - 1) {
            return "nested too deep";
        }
        if (n.isTextual() && (n.asText().length() > DatasetReader.MAX_STRING_CHARS || loneSurrogate(n.asText()))) {
            return "lone surrogate or too long";
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (loneSurrogate(e.getKey())) {
                return "lone surrogate in a key";
            }
        }
        for (JsonNode child : n) {
            String why = walk(child, depth + 1);
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    private static boolean loneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(++i)))
                    || Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private String rules(JsonNode root, Path folder) {
        Set<String> ids = new HashSet<>();
        Map<String, String> texts = new HashMap<>();
        for (String list : new String[] {"articles", "centers", "incidents"}) {
            for (JsonNode r : root.get(list)) {
                if (!ids.add(r.get("id").asText().toLowerCase(Locale.ROOT))) {
                    return "repeated id " + r.get("id");
                }
            }
        }
        for (JsonNode a : root.get("articles")) {
            if (!a.get("published").isNull() && !partialDate(a.get("published").asText())) {
                return "no such date " + a.get("published");
            }
            String why = articleText(a, folder, texts);
            if (why != null) {
                return why;
            }
        }
        for (String list : new String[] {"centers", "incidents"}) {
            for (JsonNode r : root.get(list)) {
                String why = record(r, texts, list.equals("incidents"));
                if (why != null) {
                    return why;
                }
            }
        }
        return null;
    }

    private static String articleText(JsonNode a, Path folder, Map<String, String> texts) {
        String id = a.get("id").asText();
        texts.put(id, null);
        if (a.get("text").isNull()) {
            return null;
        }
        String rel = a.get("text").asText();
        Path p;
        try {
            p = Path.of(rel);
        } catch (InvalidPathException e) {
            return "not a path";
        }
        Path file = folder.resolve(p).normalize();
        if (p.isAbsolute() || rel.startsWith("\\") || !file.startsWith(folder.resolve("articles"))
                || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return "text is not a file in articles/: " + rel;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (a.has("textSha256") && !ArticleTexts.sha256(bytes).equalsIgnoreCase(a.get("textSha256").asText())) {
                return "checksum";
            }
            texts.put(id, fold(new String(bytes, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return "unreadable text";
        }
        return null;
    }

    /** The quotes of a centre or an incident; the dates and figures of an incident (a centre may carry fields of
     * those names as extra fields, which mean nothing to the format). */
    private static String record(JsonNode r, Map<String, String> texts, boolean incident) {
        for (JsonNode q : r.get("quotes")) {
            String article = q.get("article").asText();
            String quote = q.get("text").asText();
            if (!texts.containsKey(article)) {
                return "quote of an unknown article";
            }
            if (QuoteChecker.visibleLength(quote) == 0) {
                return "empty quote";
            }
            String text = texts.get(article);
            if (text != null && !text.contains(fold(quote))) {
                return "quote not in its article";
            }
        }
        if (incident) {
            try {
                LocalDate start = LocalDate.parse(r.get("dateStart").asText());
                if (!r.get("dateEnd").isNull() && LocalDate.parse(r.get("dateEnd").asText()).isBefore(start)) {
                    return "ends before it starts";
                }
            } catch (DateTimeParseException e) {
                return "no such date";
            }
            for (String f : new String[] {"killed", "injured"}) {
                JsonNode c = r.get(f);
                if (!c.isNull() && (!c.get("low").canConvertToInt() || !c.get("high").isNull()
                        && (!c.get("high").canConvertToInt() || c.get("high").asLong() < c.get("low").asLong()))) {
                    return f + " range";
                }
            }
        }
        return null;
    }

    private static boolean partialDate(String s) {
        try {
            if (s.length() == 4) {
                return true;
            }
            LocalDate.parse(s.length() == 7 ? s + "-01" : s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** White-space runs (Unicode's white space and space separators) as one space, none at the ends. */
    static String fold(String s) {
        return s.replaceAll("[\\s\\p{Zs}\\p{Zl}\\p{Zp}\\u001c-\\u001f]+", " ").strip();
    }
}
