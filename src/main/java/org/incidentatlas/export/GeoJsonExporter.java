package org.incidentatlas.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.incidentatlas.dataset.AtomicFiles;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Incident;

/**
 * Writes incidents as a GeoJSON FeatureCollection (RFC 7946): one Point feature per incident, in the order given,
 * coordinates [longitude, latitude] in WGS 84 (no "crs" member: RFC 7946 has none), the feature's id the
 * incident's, and as properties the same columns with the same values as the CSV export (unknown values are
 * JSON null). Written with Jackson's streaming generator, so a million rows need no tree in memory.
 */
public final class GeoJsonExporter {

    private static final JsonFactory JSON = new JsonFactory();

    private final ExportValues values;

    /** @param articles the dataset's articles by id, for the "sources" property */
    public GeoJsonExporter(Map<String, Article> articles) {
        this.values = new ExportValues(articles);
    }

    /** Writes {@code rows} to {@code target} through a temporary file, so a failure leaves any old file as it was. */
    public void write(List<Incident> rows, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(rows, out));
    }

    /** Writes to {@code out} (UTF-8) and flushes it; closing {@code out} is the caller's business. */
    public void write(List<Incident> rows, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            for (Incident i : rows) {
                feature(g, i);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.flush();
    }

    private void feature(JsonGenerator g, Incident i) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", i.id());
        g.writeObjectFieldStart("geometry");
        g.writeStringField("type", "Point");
        g.writeArrayFieldStart("coordinates");
        g.writeNumber(i.lon());
        g.writeNumber(i.lat());
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("properties");
        List<Object> row = values.of(i);
        for (int c = 0; c < row.size(); c++) {
            g.writeFieldName(CsvExporter.HEADER.get(c));
            Object v = row.get(c);
            if (v == null) {
                g.writeNull();
            } else if (v instanceof Integer n) {
                g.writeNumber(n);
            } else if (v instanceof Long n) {
                g.writeNumber(n);
            } else if (v instanceof Double d) {
                g.writeNumber(d);
            } else {
                g.writeString(v.toString());
            }
        }
        g.writeEndObject();
        g.writeEndObject();
    }
}
