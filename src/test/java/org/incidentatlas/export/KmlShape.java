package org.incidentatlas.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A strict check of the KML 2.2 structure the exporter writes, standing in for validation against the OGC schema
 * (ogckml22.xsd is not available offline here: not in Debian, and Maven Central's KML artifacts carry JAXB classes,
 * not the XSD). It checks what the schema checks for these elements — every element in the KML 2.2 namespace,
 * only known elements, each parent's children in the order of the schema's sequences and at most once where the
 * schema says so, colours as hex aabbggrr, TimeSpan values as xsd:date, a Point's coordinates as one
 * "lon,lat[,alt]" tuple — and, beyond it, what Google Earth needs: a Point in every Placemark, coordinates in
 * range, and every styleUrl naming a Style of the document.
 */
final class KmlShape {

    /** Each parent's allowed children, in the schema's order; the flag says whether one may repeat. */
    private static final Map<String, List<String>> ORDER = Map.of(
            "kml", List.of("Document"),
            "Document", List.of("name", "description", "Style*", "Placemark*"),
            "Placemark", List.of("name", "description", "TimeSpan", "styleUrl", "ExtendedData", "Point"),
            "Style", List.of("IconStyle"),
            "IconStyle", List.of("color"),
            "TimeSpan", List.of("begin", "end"),
            "ExtendedData", List.of("Data*"),
            "Data", List.of("value"),
            "Point", List.of("coordinates"));
    private static final Set<String> LEAVES = Set.of("name", "description", "color", "begin", "end", "styleUrl", "value",
            "coordinates");
    private static final Pattern COLOUR = Pattern.compile("[0-9a-fA-F]{8}");
    private static final Pattern DATE = Pattern.compile("-?[0-9]{4}-[0-9]{2}-[0-9]{2}");
    private static final Pattern TUPLE = Pattern.compile("(-?[0-9.eE+-]+),(-?[0-9.eE+-]+)(,-?[0-9.eE+-]+)?");

    private KmlShape() {
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    static List<String> check(Document doc) {
        List<String> problems = new ArrayList<>();
        Element root = doc.getDocumentElement();
        if (!KmlExporter.NS.equals(root.getNamespaceURI()) || !"kml".equals(root.getLocalName())) {
            problems.add("the root is {" + root.getNamespaceURI() + "}" + root.getLocalName() + ", not KML 2.2's kml");
            return problems;
        }
        Set<String> styles = new HashSet<>();
        List<String> styleUrls = new ArrayList<>();
        walk(root, problems, styles, styleUrls);
        for (String url : styleUrls) {
            if (!url.startsWith("#") || !styles.contains(url.substring(1))) {
                problems.add("styleUrl " + url + " names no Style of the document");
            }
        }
        return problems;
    }

    private static void walk(Element e, List<String> problems, Set<String> styles, List<String> styleUrls) {
        String name = e.getLocalName();
        if (!KmlExporter.NS.equals(e.getNamespaceURI())) {
            problems.add(name + " is outside the KML 2.2 namespace");
            return;
        }
        if (LEAVES.contains(name)) {
            leaf(e, problems, styleUrls);
            return;
        }
        List<String> order = ORDER.get(name);
        if (order == null) {
            problems.add("unknown element " + name);
            return;
        }
        if (name.equals("Style")) {
            styles.add(e.getAttribute("id"));
        }
        if (name.equals("Data") && e.getAttribute("name").isEmpty()) {
            problems.add("a Data element without a name");
        }
        int at = 0;
        String last = null;
        for (Element child : children(e)) {
            String c = child.getLocalName();
            int pos = position(order, c);
            boolean repeats = pos >= 0 && order.get(pos).endsWith("*");
            if (pos < 0 || pos < at || pos == at && c.equals(last) && !repeats) {
                problems.add(name + ": " + c + (pos < 0 ? " may not be here" : " is out of the schema's order (or repeated)"));
                return;
            }
            at = pos;
            last = c;
            walk(child, problems, styles, styleUrls);
        }
        if (name.equals("Placemark") && named(e, "Point").isEmpty()) {
            problems.add("a Placemark without a Point");
        }
    }

    private static void leaf(Element e, List<String> problems, List<String> styleUrls) {
        String text = e.getTextContent();
        if (!children(e).isEmpty()) {
            problems.add(e.getLocalName() + " holds elements");
        }
        switch (e.getLocalName()) {
            case "color" -> {
                if (!COLOUR.matcher(text).matches()) {
                    problems.add("colour " + text + " is not aabbggrr hex");
                }
            }
            case "begin", "end" -> {
                if (!DATE.matcher(text).matches()) {
                    problems.add("TimeSpan " + text + " is not an xsd:date");
                }
            }
            case "styleUrl" -> styleUrls.add(text);
            case "coordinates" -> {
                var m = TUPLE.matcher(text.strip());
                if (!m.matches()) {
                    problems.add("coordinates \"" + text + "\" are not one lon,lat tuple");
                } else if (Math.abs(Double.parseDouble(m.group(1))) > 180 || Math.abs(Double.parseDouble(m.group(2))) > 90) {
                    problems.add("coordinates " + text + " are out of range");
                }
            }
            default -> { }
        }
    }

    private static int position(List<String> order, String name) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).equals(name) || order.get(i).equals(name + "*")) {
                return i;
            }
        }
        return -1;
    }

    static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    static List<Element> named(Element e, String local) {
        return children(e).stream().filter(c -> local.equals(c.getLocalName())).toList();
    }

    static String text(Element e, String local) {
        return named(e, local).get(0).getTextContent();
    }
}
