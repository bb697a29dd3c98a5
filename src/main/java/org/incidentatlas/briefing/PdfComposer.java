package org.incidentatlas.briefing;

import java.awt.image.BufferedImage;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.incidentatlas.export.PdfBriefing;
import org.incidentatlas.export.PdfBriefingWriter;
import org.incidentatlas.map.MapPicture;
import org.incidentatlas.map.ShownMarks;
import org.incidentatlas.map.TypePalette;
import org.incidentatlas.map.basemap.GeoJsonOverlay;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.DisplayText;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;

/**
 * Turns a briefing request into the values of its PDF: the map drawn for page 1's map box (at twice the pixels,
 * for print), the legend of what the map shows, and the key with every keyed incident's quotes and citations.
 * The same key, numbering and map drawing as the PNG page, so both say the same.
 */
final class PdfComposer {

    /** Map pixels per PDF point: the page's map is drawn a little larger than the slide's marks, for paper. */
    static final double PIXELS_PER_POINT = 1.5;
    /** Device pixels per map pixel: about 216 dpi on paper. */
    static final int DENSITY = 2;

    private PdfComposer() {
    }

    /** The map's size in map pixels for {@code paper}. */
    static int[] mapSize(PdfBriefing.Paper paper) {
        float[] box = PdfBriefingWriter.mapBox(paper);
        return new int[] {(int) Math.floor(box[2] * PIXELS_PER_POINT), (int) Math.floor(box[3] * PIXELS_PER_POINT)};
    }

    /** On the FX thread, once the picture is drawn. */
    static PdfBriefing values(BriefingRequest r, PdfBriefing.Paper paper, BriefingKey key, MapPicture picture,
                              ZonedDateTime made) {
        new Scene(new Group(picture)); // snapshots need the node's CSS applied
        picture.showFurniture(false);
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        p.setTransform(Transform.scale(DENSITY, DENSITY));
        WritableImage pixels = picture.snapshot(p, null);
        picture.showFurniture(true);
        BufferedImage map = SwingFXUtils.fromFXImage(pixels, new BufferedImage((int) pixels.getWidth(),
                (int) pixels.getHeight(), BufferedImage.TYPE_INT_RGB));
        List<PdfBriefing.NumberTag> numbers = picture.numberTags().stream().map(t -> new PdfBriefing.NumberTag(t.number(),
                t.x(), t.y(), t.width(), t.height(), t.pointX(), t.pointY(), t.leader())).toList();
        Map<String, Article> articles = r.dataset().articlesById();
        List<PdfBriefing.KeyItem> items = new ArrayList<>();
        for (BriefingKey.Entry e : key.entries()) {
            Incident i = e.incident();
            String line = KeyView.line(e) + (picture.inView(i.lat(), i.lon()) ? "" : " \u00b7 outside the map's view");
            List<PdfBriefing.QuoteItem> quotes = i.quotes().stream()
                    .map(q -> new PdfBriefing.QuoteItem(DisplayText.safe(q.text()), citation(q, articles))).toList();
            items.add(new PdfBriefing.KeyItem(e.number(), line, DisplayText.safe(i.title()), quotes));
        }
        String about = (r.changes() == null ? "" : DisplayText.safe(r.changes()) + "    ")
                + DisplayText.safe("Dataset: " + r.dataset().title()) + "    Made " + BriefingPage.MADE.format(made)
                + "    " + paper.label();
        return new PdfBriefing(paper, DisplayText.safe(r.title()), BriefingPage.count(r.incidents().size(),
                picture.drawnIncidents()), DisplayText.safe(BriefingPage.describe(r.filter())), about, map,
                picture.mapWidth(), picture.mapHeight(), picture.metresPerPixel(), numbers,
                legend(picture, r, !key.entries().isEmpty()), DisplayText.safe(r.layers().attribution()), items,
                key.moreLine());
    }

    /** The full citation: outlet, “title”, date, the address when known, and the article's id. */
    static String citation(Quote q, Map<String, Article> articles) {
        Article a = articles.get(q.articleId());
        if (a == null) {
            return DisplayText.safe("article " + q.articleId() + " (not in the dataset's articles)");
        }
        return DisplayText.safe(a.citation() + (a.url() == null ? "" : ", " + a.url()) + " [" + a.id() + "]");
    }

    /** The legend rows of what the picture shows: its types (most incidents first), then its symbols. */
    private static List<PdfBriefing.LegendRow> legend(MapPicture picture, BriefingRequest r, boolean numbered) {
        ShownMarks shown = picture.shown();
        Map<String, Integer> counts = new HashMap<>();
        for (Incident i : r.incidents()) {
            if (shown.types().contains(i.type())) {
                counts.merge(i.type(), 1, Integer::sum);
            }
        }
        List<PdfBriefing.LegendRow> rows = new ArrayList<>();
        rows.add(new PdfBriefing.LegendRow(PdfBriefing.Symbol.HEADING, 0, "Incident type"));
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> rows.add(new PdfBriefing.LegendRow(PdfBriefing.Symbol.DISC, rgb(TypePalette.colour(e.getKey())),
                        DisplayText.safe(e.getKey()))));
        if (counts.isEmpty()) {
            rows.add(new PdfBriefing.LegendRow(PdfBriefing.Symbol.HEADING, 0, "none in the map's view"));
        }
        rows.add(new PdfBriefing.LegendRow(PdfBriefing.Symbol.HEADING, 0, "Killed"));
        rows.add(new PdfBriefing.LegendRow(PdfBriefing.Symbol.SIZES, 0, ""));
        if (shown.centres()) {
            rows.add(new PdfBriefing.LegendRow(PdfBriefing.Symbol.CENTRE, 0, "Coordination centre"));
        }
        if (shown.rings()) {
            rows.add(new PdfBriefing.LegendRow(PdfBriefing.Symbol.RING, 0, "May be off by (area, not a town)"));
        }
        if (shown.wide()) {
            rows.add(new PdfBriefing.LegendRow(PdfBriefing.Symbol.WIDE, 0, "Area wider than the view"));
        }
        if (shown.stacks()) {
            rows.add(new PdfBriefing.LegendRow(PdfBriefing.Symbol.STACK, 0x8A8A8A, "Incidents at one point, counted"));
        }
        if (shown.clusters()) {
            rows.add(new PdfBriefing.LegendRow(PdfBriefing.Symbol.SPLIT, 0, "Grouped: count, slices by type"));
        }
        if (numbered) {
            rows.add(new PdfBriefing.LegendRow(PdfBriefing.Symbol.NUMBER, 0, "Number in the key (next pages)"));
        }
        List<GeoJsonOverlay> layers = r.layers().shown();
        if (!layers.isEmpty()) {
            rows.add(new PdfBriefing.LegendRow(PdfBriefing.Symbol.HEADING, 0, "Layers"));
            layers.stream().sorted(Comparator.comparingInt(layers::indexOf).reversed()).forEach(o -> rows.add(
                    new PdfBriefing.LegendRow(PdfBriefing.Symbol.LAYER, o.style().rgb(), DisplayText.safe(o.style().name()))));
        }
        return rows;
    }

    private static int rgb(Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8)
                | (int) Math.round(c.getBlue() * 255);
    }
}
