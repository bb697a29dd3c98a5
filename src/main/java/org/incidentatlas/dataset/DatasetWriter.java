package org.incidentatlas.dataset;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.util.Iterator;
import java.util.Map;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.incidentatlas.model.AliasTable;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;

/**
 * Writes a dataset in the {@code incident-atlas/1} format, streaming (a million incidents need no tree in
 * memory), to a temporary file that is moved into place only when complete.
 */
public final class DatasetWriter {

    /** A factory whose generators can write kept trees (the unknown fields). */
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JsonFactory factory = MAPPER.getFactory();

    public void write(Dataset d, Path target) throws IOException {
        write(d, UnknownFields.NONE, target);
    }

    /** Writes {@code d} with the fields of its file this version does not know, as they were read. */
    public void write(Dataset d, UnknownFields unknown, Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        AtomicFiles.write(target, out -> {
            try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                write(d, unknown, g, out, IncidentChunks.worthIt(d.incidents().size()) ? IncidentChunks.CHUNK : 0);
            }
        });
    }

    /** One record as the file would hold it (the form's check runs the reader's rules on this). */
    public static JsonNode tree(AtlasRecord r) {
        try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
            if (r instanceof Incident i) {
                incident(buffer, i, null);
            } else {
                center(buffer, (Center) r, null);
            }
            return MAPPER.readTree(buffer.asParser());
        } catch (IOException e) {
            throw new IllegalStateException("a record in memory always writes", e);
        }
    }

    /** As {@link #write(Dataset, UnknownFields, Path)}, to a stream; in runs of {@code chunk} on several cores unless 0. */
    static void write(Dataset d, UnknownFields unknown, OutputStream out, int chunk) throws IOException {
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            write(d, unknown, g, out, chunk);
        }
    }

    private static void write(Dataset d, UnknownFields unknown, JsonGenerator g, OutputStream out, int chunk)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("format", DatasetReader.FORMAT);
        g.writeStringField("title", d.title());
        optional(g, "description", d.description());
        optional(g, "attribution", d.attribution());
        aliases(g, d.aliases());
        g.writeArrayFieldStart("articles");
        for (Article a : d.articles()) {
            UnknownFields.Extras x = unknown.of(a.id());
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("outlet", a.outlet());
            g.writeStringField("title", a.title());
            g.writeStringField("published", a.published());
            g.writeStringField("url", a.url());
            g.writeStringField("text", a.textPath());
            optional(g, "textSha256", a.textSha256());
            optional(g, "notes", a.notes());
            extra(g, x == null ? null : x.fields());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("centers");
        for (Center c : d.centers()) {
            center(g, c, unknown.of(c.id()));
        }
        g.writeEndArray();
        g.writeArrayFieldStart("incidents");
        if (chunk > 0) {
            IncidentChunks.write(g, out, d.incidents(), unknown, chunk);
        } else {
            for (Incident i : d.incidents()) {
                incident(g, i, unknown.of(i.id()));
            }
        }
        g.writeEndArray();
        extra(g, unknown.top());
        g.writeEndObject();
    }

    /** The dataset's own alias entries; none (the bundled table alone) writes nothing, as before the field. */
    private static void aliases(JsonGenerator g, AliasTable t) throws IOException {
        if (t.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart("aliases");
        for (String kind : List.of("actor", "province")) {
            if (!t.of(kind).isEmpty()) {
                g.writeObjectFieldStart(kind + "s");
                for (Map.Entry<String, List<String>> e : t.of(kind).entrySet()) {
                    g.writeArrayFieldStart(e.getKey());
                    for (String n : e.getValue()) {
                        g.writeString(n);
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
        }
        if (!t.distinct().isEmpty()) {
            g.writeArrayFieldStart("distinct");
            for (List<String> pair : t.distinct()) {
                g.writeStartArray();
                g.writeString(pair.get(0));
                g.writeString(pair.get(1));
                g.writeEndArray();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private static void center(JsonGenerator g, Center c, UnknownFields.Extras x) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("name", c.name());
        g.writeStringField("kind", c.kind());
        g.writeNumberField("lat", c.lat());
        g.writeNumberField("lon", c.lon());
        g.writeStringField("geoPrecision", c.geoPrecision().key());
        nullableNumber(g, "uncertaintyKm", c.uncertaintyKm());
        g.writeStringField("province", c.province());
        optional(g, "status", c.status());
        quotes(g, c.quotes(), x);
        optional(g, "notes", c.notes());
        extra(g, x == null ? null : x.fields());
        g.writeEndObject();
    }

    static void incident(JsonGenerator g, Incident i, UnknownFields.Extras x) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", i.id());
        g.writeStringField("title", i.title());
        g.writeStringField("type", i.type());
        g.writeStringField("dateStart", i.dateStart().toString());
        g.writeStringField("dateEnd", i.dateEnd() == null ? null : i.dateEnd().toString());
        g.writeStringField("datePrecision", i.datePrecision().key());
        g.writeStringField("place", i.place());
        g.writeStringField("province", i.province());
        g.writeNumberField("lat", i.lat());
        g.writeNumberField("lon", i.lon());
        g.writeStringField("geoPrecision", i.geoPrecision().key());
        nullableNumber(g, "uncertaintyKm", i.uncertaintyKm());
        strings(g, "actors", i.actors());
        casualties(g, "killed", i.killed(), x == null ? null : x.killed());
        casualties(g, "injured", i.injured(), x == null ? null : x.injured());
        g.writeStringField("summary", i.summary());
        quotes(g, i.quotes(), x);
        strings(g, "tags", i.tags());
        g.writeStringField("notes", i.notes());
        // optional fields: written only when known, so a dataset without them reads as before
        optional(g, "country", i.country());
        optional(g, "sourceId", i.sourceId());
        if (i.analystEdited()) {
            g.writeBooleanField("analystEdited", true);
        }
        extra(g, x == null ? null : x.fields());
        g.writeEndObject();
    }

    /** Writes kept unknown fields back, after the known ones. */
    private static void extra(JsonGenerator g, ObjectNode fields) throws IOException {
        if (fields == null) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            g.writeFieldName(e.getKey());
            g.writeTree(e.getValue());
        }
    }

    private static void optional(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }

    private static void nullableNumber(JsonGenerator g, String field, Double value) throws IOException {
        if (value == null) {
            g.writeNullField(field);
        } else {
            g.writeNumberField(field, value);
        }
    }

    private static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static void casualties(JsonGenerator g, String field, Casualties c, ObjectNode extra) throws IOException {
        if (c == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeNumberField("low", c.low());
        if (c.high() == null) {
            g.writeNullField("high");
        } else {
            g.writeNumberField("high", c.high());
        }
        if (c.best() != null) {
            g.writeNumberField("best", c.best());
        }
        extra(g, extra);
        g.writeEndObject();
    }

    private static void quotes(JsonGenerator g, List<Quote> quotes, UnknownFields.Extras x) throws IOException {
        g.writeArrayFieldStart("quotes");
        for (Quote q : quotes) {
            g.writeStartObject();
            g.writeStringField("article", q.articleId());
            g.writeStringField("text", q.text());
            if (!q.supports().isEmpty()) {
                strings(g, "supports", q.supports());
            }
            if (q.hasOffsets()) {
                g.writeNumberField("start", q.start());
                g.writeNumberField("end", q.end());
            }
            extra(g, x == null || x.quotes() == null ? null : x.quotes().get(UnknownFields.quoteKey(q)));
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
