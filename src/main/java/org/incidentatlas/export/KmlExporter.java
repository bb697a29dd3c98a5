package org.incidentatlas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.incidentatlas.dataset.AtomicFiles;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.DisplayText;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;

/**
 * Writes incidents as KML 2.2 (OGC 07-147r2), as Google Earth opens it: one Placemark per incident, in the order
 * given, with the title as its name, a description of date, place, deaths and the quotes, its dates as a
 * TimeSpan (Google Earth's time slider), a style per incident type (the icon's colour) and the CSV export's
 * columns as ExtendedData. Elements are in the order the KML 2.2 schema's sequences require. No icon address
 * is written: Google Earth tints its own default icon, and the file points at nothing on the network.
 */
public final class KmlExporter {

    public static final String NS = "http://www.opengis.net/kml/2.2";

    /** Icon colours as KML writes them (aabbggrr), one per type in the order first met, repeating after eight. */
    private static final List<String> COLOURS = List.of("ff3c14dc", "ffd18b2c", "ff2fa52f", "ff00a5ff", "ffb03060",
            "ff8b8b00", "ff7f7f7f", "ff1e69d2");

    private final ExportValues values;
    private final String name;

    /**
     * @param articles the dataset's articles by id, for the "sources" data
     * @param name     the document's name as Google Earth lists it (the dataset's title and the filter)
     */
    public KmlExporter(Map<String, Article> articles, String name) {
        this.values = new ExportValues(articles);
        this.name = name;
    }

    /** Writes {@code rows} to {@code target} through a temporary file, so a failure leaves any old file as it was. */
    public void write(List<Incident> rows, Path target) throws IOException {
        AtomicFiles.write(target, out -> write(rows, out));
    }

    /** Writes to {@code out} (UTF-8) and flushes it; closing {@code out} is the caller's business. */
    public void write(List<Incident> rows, OutputStream out) throws IOException {
        Map<String, String> styles = new LinkedHashMap<>();
        for (Incident i : rows) {
            styles.computeIfAbsent(i.type(), t -> "type-" + (styles.size() + 1));
        }
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(NS);
            x.writeStartElement(NS, "kml");
            x.writeDefaultNamespace(NS);
            x.writeStartElement(NS, "Document");
            element(x, "name", DisplayText.safe(name));
            int n = 0;
            for (Map.Entry<String, String> s : styles.entrySet()) {
                x.writeStartElement(NS, "Style");
                x.writeAttribute("id", s.getValue());
                x.writeStartElement(NS, "IconStyle");
                element(x, "color", COLOURS.get(n++ % COLOURS.size()));
                x.writeEndElement();
                x.writeEndElement();
            }
            for (Incident i : rows) {
                placemark(x, i, styles.get(i.type()));
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IOException("the KML could not be written: " + e.getMessage(), e);
        }
        out.flush();
    }

    private void placemark(XMLStreamWriter x, Incident i, String style) throws XMLStreamException {
        x.writeStartElement(NS, "Placemark");
        element(x, "name", DisplayText.safe(i.title()));
        element(x, "description", description(i));
        x.writeStartElement(NS, "TimeSpan");
        element(x, "begin", i.dateStart().toString());
        if (i.dateEnd() != null) {
            element(x, "end", i.dateEnd().toString());
        }
        x.writeEndElement();
        element(x, "styleUrl", "#" + style);
        x.writeStartElement(NS, "ExtendedData");
        List<Object> row = values.of(i);
        for (int c = 0; c < row.size(); c++) {
            if (row.get(c) != null) {
                x.writeStartElement(NS, "Data");
                x.writeAttribute("name", CsvExporter.HEADER.get(c));
                element(x, "value", row.get(c).toString());
                x.writeEndElement();
            }
        }
        x.writeEndElement();
        x.writeStartElement(NS, "Point");
        element(x, "coordinates", i.lon() + "," + i.lat());
        x.writeEndElement();
        x.writeEndElement();
    }

    /** Plain text (Google Earth shows line breaks): dates, place, type, deaths, and each quote with its source. */
    private String description(Incident i) {
        StringBuilder sb = new StringBuilder();
        sb.append(i.dateStart()).append(i.dateEnd() == null || i.dateEnd().equals(i.dateStart()) ? "" : " to " + i.dateEnd())
                .append(" (").append(i.datePrecision().key()).append(")\n")
                .append(i.place()).append(i.province() == null ? "" : ", " + i.province()).append('\n')
                .append(i.type()).append("; killed ").append(Casualties.display(i.killed())).append('\n');
        if (!i.summary().isEmpty()) {
            sb.append('\n').append(i.summary()).append('\n');
        }
        for (Quote q : i.quotes()) {
            sb.append("\n\u201C").append(q.text()).append("\u201D (").append(values.sourceOf(q.articleId())).append(")\n");
        }
        return DisplayText.safe(sb.toString().strip());
    }

    private static void element(XMLStreamWriter x, String local, String text) throws XMLStreamException {
        x.writeStartElement(NS, local);
        x.writeCharacters(text);
        x.writeEndElement();
    }
}
