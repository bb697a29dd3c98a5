package org.incidentatlas.map;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.incidentatlas.map.basemap.GeoJsonOverlay;
import org.incidentatlas.map.density.DensityScale;
import org.incidentatlas.map.basemap.OverlayStyle;
import org.incidentatlas.model.Incident;

/**
 * The key to the map: a colour for each incident type in the current list (most frequent first), the marker
 * sizes for the number killed, and the centre, ring and cluster symbols.
 */
public final class MapLegend extends VBox {

    /** More types than this are summed up in one line, so the legend never covers the map. */
    static final int MAX_TYPES = 14;
    /** More types than this are set in two columns: 13 types in one would reach down over the credit line. */
    static final int ONE_COLUMN = 6;

    private final MarkerPen pen = new MarkerPen();
    private final GridPane types = new GridPane();
    private final VBox layers = new VBox(2);
    private final BooleanProperty collapsed = new SimpleBooleanProperty(this, "collapsed", false);
    /** A density key's width, fixed: a briefing lays its map out before the key's figures are known. */
    static final double DENSITY_WIDTH = 190;
    private final Label first = heading("Incident type");
    private final VBox densityRows = new VBox(2);
    private final List<Node> markerRows;
    private final Label earlierLabel = new Label();
    private final HBox earlierRow = row(symbol(EarlierPainter::symbol), earlierLabel);
    private int earlier;
    private DensityScale.Key densityKey;

    MapLegend() {
        this(11);
    }

    private MapLegend(double fontSize) {
        this(fontSize, null, false);
    }

    /**
     * @param only     for a still picture, what it shows: only those symbols get a row (null: all, as the window's
     *                 map, where panning and zooming bring the others into view)
     * @param numbered the picture's incidents carry numbers (explained by the key)
     */
    private MapLegend(double fontSize, ShownMarks only, boolean numbered) {
        super(3);
        setId("mapLegend");
        types.setHgap(10);
        types.setVgap(2);
        setPadding(new Insets(6, 8, 6, 8));
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        setStyle("-fx-background-color: rgba(255,255,255,0.88); -fx-background-radius: 4;"
                + " -fx-border-color: rgba(0,0,0,0.15); -fx-border-radius: 4; -fx-font-size: " + fontSize + "px;");
        Node centreRow = only == null || only.centres() ? row(symbol(g -> pen.centre(g, 9, 9)), "Coordination centre") : null;
        Node ringRow = only == null || only.rings() ? row(symbol(g -> pen.uncertainty(g, 9, 9, 8, Color.web("#555555"))),
                "May be off by (area, not a town)") : null;
        Node areaRow = only == null || only.wide() ? row(symbol(g -> {
            pen.marker(g, 9, 9, 4.5, Color.web("#8A8A8A"));
            pen.coarse(g, 9, 9, 4.5);
        }), "Wide area (ring faint or left out)") : null;
        Node stackRow = only != null && only.stacks() ? row(symbol(g -> {
            // at three quarters, so the count badge (13 px tall, above and right of the disc) fits the 18 px swatch
            g.save();
            g.scale(0.75, 0.75);
            pen.stack(g, 8, 19, 5, Color.web("#8A8A8A"), 2);
            g.restore();
        }),
                "Incidents at one point, counted") : null;
        Node clusterRow = only == null || only.clusters() ? row(symbol(g -> {
            g.setFont(Font.font("System", FontWeight.BOLD, 9));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            if (only == null) {
                pen.cluster(g, 9, 9, 8.5, 12);
            } else {
                pen.splitCluster(g, 9, 9, 8.5, Map.of(TypePalette.colour("attack"), 7,
                        TypePalette.colour("meeting"), 5), 12);
            }
        }), only == null ? "Incidents grouped; zoom in to split" : "Grouped: count, slices by type") : null;
        Node numberRow = numbered ? row(symbol(g -> {
            g.setFill(Color.WHITE);
            g.fillRoundRect(2, 3, 14, 12, 4, 4);
            g.setStroke(Color.web("#111111"));
            g.setLineWidth(1);
            g.strokeRoundRect(2, 3, 14, 12, 4, 4);
            g.setFill(Color.web("#111111"));
            g.setFont(Font.font("System", FontWeight.BOLD, 9));
            g.setTextAlign(TextAlignment.CENTER);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("7", 9, 9.5);
        }), "Number in the key") : null;
        Label killed = heading("Killed");
        Node sizes = sizes();
        // the rows a density view stands in for; a still picture has only the rows of what it shows
        markerRows = present(types, killed, sizes, ringRow, areaRow, stackRow, clusterRow, numberRow);
        getChildren().addAll(present(first, densityRows, types, killed, sizes, centreRow, ringRow, areaRow, stackRow,
                clusterRow, numberRow, earlierRow, layers));
        earlierRow.setId("legendEarlier");
        densityRows.setMaxWidth(DENSITY_WIDTH);
        first.setWrapText(true);
        first.setMaxWidth(Math.max(DENSITY_WIDTH, first.getMaxWidth()));
        collapsed.addListener((o, was, now) -> refresh());
        refresh();
    }

    private static List<Node> present(Node... rows) {
        return Arrays.stream(rows).filter(Objects::nonNull).toList();
    }

    /**
     * What shows: folded, only the first heading (with a mark that says it opens again); with a density view,
     * its key in place of the marker rows (the markers are not drawn then), the centres and layers as ever.
     */
    private void refresh() {
        boolean open = !collapsed.get();
        boolean density = densityKey != null;
        for (Node n : getChildren().subList(1, getChildren().size())) {
            boolean show;
            if (n == layers) {
                show = open && !layers.getChildren().isEmpty();
            } else if (n == earlierRow) {
                show = open && earlier > 0;
            } else if (n == densityRows) {
                show = open && density;
            } else {
                show = open && !(density && markerRows.contains(n));
            }
            n.setVisible(show);
            n.setManaged(show);
        }
        first.setText(!open ? "Legend \u25b8" : density ? densityKey.title() : "Incident type");
    }

    /**
     * Shows the key of a density view (its heading and a swatch per step) in place of the marker rows, or the
     * marker rows again for null.
     */
    public void showDensity(DensityScale.Key key) {
        densityKey = key;
        densityRows.getChildren().clear();
        if (key != null) {
            for (DensityScale.Step step : key.steps()) {
                Canvas swatch = new Canvas(18, 14);
                GraphicsContext g = swatch.getGraphicsContext2D();
                g.setFill(Color.WHITE);
                g.fillRect(1, 1, 16, 12);
                g.setFill(DensityPainter.colour(step.argb()));
                g.fillRect(1, 1, 16, 12);
                g.setStroke(Color.web("#00000033"));
                g.strokeRect(1.5, 1.5, 15, 11);
                densityRows.getChildren().add(row(swatch, step.label()));
            }
        }
        refresh();
    }

    /**
     * Names a playback's earlier frames drawn faded ({@code count} of them; 0 hides the row). Shown with the
     * markers and with a density view alike: the faded dots are drawn under either.
     */
    public void showEarlier(int count) {
        earlier = count;
        earlierLabel.setText(String.format(Locale.ENGLISH, "Earlier frames, faded (%,d)", count));
        refresh();
    }

    /** The earlier frames' row text, or empty when it is hidden; for tests. */
    public String earlierShown() {
        return earlier > 0 ? earlierLabel.getText() : "";
    }

    /** The density key shown, or null. */
    public DensityScale.Key densityKey() {
        return densityKey;
    }

    /** True when only the legend's title shows (the window's map lets the analyst fold it away). */
    public BooleanProperty collapsedProperty() {
        return collapsed;
    }

    /** One row per overlay layer shown, in the map's order (top first), with its line, fill or dot. */
    void showOverlays(List<GeoJsonOverlay> shown) {
        layers.getChildren().clear();
        if (!shown.isEmpty()) {
            layers.getChildren().add(heading("Layers"));
            for (int k = shown.size() - 1; k >= 0; k--) {
                GeoJsonOverlay o = shown.get(k);
                layers.getChildren().add(row(symbol(g -> overlaySymbol(g, o)), o.style().name()));
            }
        }
        refresh(); // a folded legend shows them when unfolded
    }

    private static void overlaySymbol(GraphicsContext g, GeoJsonOverlay o) {
        OverlayStyle style = o.style();
        Color c = UserLayerPainter.colour(style);
        if (o.hasAreas()) {
            g.setFill(c.deriveColor(0, 1, 1, 0.14));
            g.fillRect(2, 3, 14, 12);
        }
        double[] dashes = style.line().dashes(Math.min(2, style.width()));
        g.setLineDashes(dashes.length == 0 ? null : dashes);
        g.setStroke(c);
        g.setLineWidth(Math.min(3, style.width()));
        if (o.hasAreas()) {
            g.strokeRect(2, 3, 14, 12);
        } else if (o.hasLines()) {
            g.strokeLine(1, 12, 17, 6);
        }
        g.setLineDashes((double[]) null);
        if (o.hasPoints()) {
            g.setFill(c);
            g.fillRect(5, 5, 8, 8);
        }
    }

    /** The overlay names shown, top first, for tests. */
    List<String> overlaysShown() {
        return layers.getChildren().stream().filter(n -> n instanceof HBox)
                .map(n -> ((Label) ((HBox) n).getChildren().get(1)).getText()).toList();
    }

    /**
     * A legend for a still picture of the map: the types present in {@code incidents}, its text
     * {@code fontSize} px. The symbols keep the map's sizes, so they match the markers they explain.
     */
    public static MapLegend of(List<? extends Incident> incidents, double fontSize) {
        MapLegend legend = new MapLegend(fontSize);
        legend.update(incidents);
        return legend;
    }

    /**
     * The legend of a drawn still picture: only the types of the incidents in its view, and only the symbols it
     * shows, so nothing in the legend is missing from the picture.
     */
    public static MapLegend ofPicture(MapPicture picture, List<? extends Incident> incidents,
                                      List<GeoJsonOverlay> overlays, double fontSize, boolean numbered) {
        MapLegend legend = new MapLegend(fontSize, picture.shown(), numbered);
        Set<String> inView = picture.shown().types();
        legend.update(incidents.stream().filter(i -> inView.contains(i.type())).toList());
        legend.showOverlays(overlays);
        legend.showEarlier(picture.earlierDrawn());
        return legend;
    }

    /** The same, with a row for each overlay layer shown ({@code overlays} bottom first, as drawn). */
    public static MapLegend of(List<? extends Incident> incidents, List<GeoJsonOverlay> overlays, double fontSize) {
        MapLegend legend = of(incidents, fontSize);
        legend.showOverlays(overlays);
        return legend;
    }

    /** The symbol shown beside {@code type}, if the legend lists it. */
    public Optional<Node> swatch(String type) {
        return types.getChildren().stream().filter(n -> n instanceof HBox row
                && ((Label) row.getChildren().get(1)).getText().equals(type)).map(n -> ((HBox) n).getChildren().get(0)).findFirst();
    }

    /** Shows the types present in {@code incidents}. */
    void update(List<? extends Incident> incidents) {
        Map<String, Integer> counts = new HashMap<>();
        for (Incident i : incidents) {
            counts.merge(i.type(), 1, Integer::sum);
        }
        update(counts);
    }

    /** The same from the points' type counts ({@code counts[k]} incidents of {@code names[k]}). */
    void update(String[] names, int[] counts) {
        Map<String, Integer> byName = new HashMap<>();
        for (int k = 0; k < names.length; k++) {
            if (counts[k] > 0) {
                byName.merge(names[k], counts[k], Integer::sum);
            }
        }
        update(byName);
    }

    private void update(Map<String, Integer> counts) {
        List<Map.Entry<String, Integer>> sorted = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
        List<String> order = sorted.stream().map(Map.Entry::getKey).toList();
        if (order.equals(typeOrder)) {
            return; // the same types in the same order: the rows stand (an edit seldom changes them)
        }
        typeOrder = order;
        types.getChildren().clear();
        int shown = Math.min(MAX_TYPES, sorted.size());
        // most frequent first, down the first column and on down the second
        int rows = shown > ONE_COLUMN ? (shown + 1) / 2 : shown;
        for (int k = 0; k < shown; k++) {
            Map.Entry<String, Integer> e = sorted.get(k);
            Color c = TypePalette.colour(e.getKey());
            types.add(row(symbol(g -> pen.marker(g, 9, 9, 5, c)), e.getKey()), k / Math.max(1, rows), k % Math.max(1, rows));
        }
        if (sorted.size() > MAX_TYPES) {
            types.add(new Label("+ " + (sorted.size() - MAX_TYPES) + " other types"), 0, rows, 2, 1);
        }
        if (sorted.isEmpty()) {
            types.add(new Label("none in the list"), 0, 0);
        }
    }

    /** The types the rows were last made for, most frequent first. */
    private List<String> typeOrder;

    /** The type names shown, for tests. */
    public List<String> typesShown() {
        return types.getChildren().stream().filter(n -> n instanceof HBox).map(n -> ((Label) ((HBox) n).getChildren().get(1)).getText())
                .sorted(Comparator.naturalOrder()).toList();
    }

    private Node sizes() {
        HBox box = new HBox(6);
        box.setAlignment(Pos.BOTTOM_LEFT);
        for (MarkerSize s : MarkerSize.values()) {
            double d = 2 * s.radius + 2;
            Canvas c = new Canvas(d, d);
            pen.marker(c.getGraphicsContext2D(), d / 2, d / 2, s.radius, Color.web("#8A8A8A"));
            VBox one = new VBox(1, c, new Label(s == MarkerSize.NONE ? "0 / ?" : s.label.replace(" or more", "+")));
            one.setAlignment(Pos.BOTTOM_CENTER);
            box.getChildren().add(one);
        }
        return box;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static Canvas symbol(Consumer<GraphicsContext> draw) {
        Canvas c = new Canvas(18, 18);
        draw.accept(c.getGraphicsContext2D());
        return c;
    }

    private static HBox row(Node symbol, String text) {
        return row(symbol, new Label(text));
    }

    private static HBox row(Node symbol, Label text) {
        HBox row = new HBox(5, symbol, text);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
