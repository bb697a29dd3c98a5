package org.incidentatlas.briefing;

import javafx.scene.layout.Region;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Transform;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.map.MapLegend;
import org.incidentatlas.map.MapPicture;
import org.incidentatlas.map.density.DensityScale;
import org.incidentatlas.map.density.DensityStyle;
import org.incidentatlas.model.DisplayText;

/**
 * One briefing page, laid out: a title band (the analyst's title; how many incidents and the filter in plain
 * words; the dataset and when the page was made), the map with its legend beside it (never over it, so no
 * incident is hidden), and the map data's credits along the bottom. Sizes follow {@link PageSize#unit()}.
 */
final class BriefingPage extends BorderPane {

    static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm O", Locale.ENGLISH);

    private final PageSize size;
    private final double unit;
    private final int total;
    private final StackPane mapSlot = new StackPane();
    private final Label count;
    private MapLegend legend;
    private final HBox body;
    private final BriefingRequest request;
    private final BriefingKey key;
    private final KeyView keyView;
    private MapPicture picture;

    BriefingPage(BriefingRequest r, BriefingKey key, ZonedDateTime made) {
        request = r;
        this.key = key;
        size = r.size();
        unit = size.unit();
        total = r.incidents().size();
        setId("briefingPage");
        setStyle("-fx-background-color: white;");
        Label title = text("briefingTitle", r.title(), 36, "-fx-font-weight: bold; -fx-text-fill: #111111;");
        count = text("briefingCount", count(total, total), 20, "-fx-font-weight: bold; -fx-text-fill: #111111;");
        Label filter = text("briefingFilter", describe(r.filter()), 20, "-fx-text-fill: #333333;");
        HBox.setHgrow(filter, Priority.ALWAYS);
        HBox counts = new HBox(14 * unit, count, filter);
        counts.setAlignment(Pos.BASELINE_LEFT);
        count.setMinWidth(Region.USE_PREF_SIZE);
        String muted = "-fx-text-fill: #555555;";
        HBox about = new HBox(28 * unit, text("briefingDataset", "Dataset: " + r.dataset().title(), 15, muted),
                text("briefingMade", "Made " + MADE.format(made), 15, muted));
        VBox header = new VBox(6 * unit, title, counts);
        if (r.changes() != null) {
            // the comparison set when the briefing was made: "7 new, 3 changed since 12 Nov 2026"
            header.getChildren().add(text("briefingChanges", r.changes(), 17, "-fx-font-weight: bold; -fx-text-fill: #6a3d9a;"));
        }
        header.getChildren().add(about);
        header.setPadding(new Insets(20 * unit, 28 * unit, 14 * unit, 28 * unit));

        mapSlot.setId("briefingMap");
        mapSlot.setStyle("-fx-border-color: #8c8c8c; -fx-border-width: 1;");
        legend = MapLegend.of(r.incidents(), r.layers().shown(), legendFontSize());
        legend.setId("briefingLegend");
        if (r.densityView() != null) {
            // the key's figures come with the map; its rows are reserved now so the layout does not move
            DensityStyle view = r.densityView();
            legend.showDensity(view.kind() == DensityStyle.Kind.HEX ? DensityScale.hexKey(view, 100_000)
                    : DensityScale.heatKey(view, 100_000));
        }
        body = new HBox(16 * unit, mapSlot, legend);
        HBox.setHgrow(mapSlot, Priority.ALWAYS);
        body.setPadding(new Insets(0, 28 * unit, 0, 28 * unit));

        keyView = r.key().onPage() && !key.entries().isEmpty() ? new KeyView(key, size.width(), unit) : null;
        Label credits = text("briefingAttribution", r.layers().attribution(), 12, muted);
        credits.setStyle(credits.getStyle() + "-fx-font-size: " + Math.max(10.5, 12 * unit) + "px;");
        credits.setPadding(new Insets(10 * unit, 28 * unit, 12 * unit, 28 * unit));
        setTop(header);
        if (keyView == null) {
            setCenter(body);
        } else {
            keyView.setPadding(new Insets(10 * unit, 28 * unit, 0, 28 * unit));
            VBox middle = new VBox(body, keyView);
            VBox.setVgrow(body, Priority.ALWAYS);
            setCenter(middle);
        }
        setBottom(credits);
    }

    /**
     * Fixes the page's size (the given page; or, for a map-only size, the map plus what goes around it) and lays
     * it out. Needs the page in a Scene, for CSS.
     */
    void layOut() {
        applyCss(); // the sizes below depend on the fonts the styles set
        if (size.mapOnly()) {
            double w = size.width() + 2; // the frame's 1 px each side
            double h = size.height() + 2;
            mapSlot.setMinSize(w, h);
            mapSlot.setPrefSize(w, h);
            mapSlot.setMaxSize(w, h);
            double pageWidth = Math.ceil(body.prefWidth(-1));
            fix(pageWidth, Math.ceil(prefHeight(pageWidth)));
        } else {
            fix(size.width(), size.height());
        }
        layout();
    }

    private void fix(double w, double h) {
        setMinSize(w, h);
        setPrefSize(w, h);
        setMaxSize(w, h);
        resize(w, h);
        setClip(new Rectangle(w, h)); // a legend taller than a small page is cut, never grows the picture
    }

    /** The map's size in pixels, inside its frame, once laid out. */
    int mapWidth() {
        return (int) Math.floor(mapSlot.getWidth() - mapSlot.getInsets().getLeft() - mapSlot.getInsets().getRight());
    }

    int mapHeight() {
        return (int) Math.floor(mapSlot.getHeight() - mapSlot.getInsets().getTop() - mapSlot.getInsets().getBottom());
    }

    /** The legend's text size; the scale bar and north arrow on the map match it. */
    double legendFontSize() {
        return Math.max(11, 15 * unit);
    }

    void setMap(MapPicture p) {
        picture = p;
        // the map keeps the size it was drawn for while the legend is made anew for what the picture shows
        double w = mapSlot.getWidth();
        double h = mapSlot.getHeight();
        mapSlot.setMinSize(w, h);
        mapSlot.setPrefSize(w, h);
        mapSlot.setMaxSize(w, h);
        mapSlot.getChildren().setAll(p);
        MapLegend shown = MapLegend.ofPicture(p, request.incidents(), request.layers().shown(), legendFontSize(),
                !key.entries().isEmpty());
        shown.setId("briefingLegend");
        if (p.densityKey() != null) {
            double lw = legend.getWidth(); // as laid out: the map was drawn for the space left beside it
            shown.setMinWidth(lw);
            shown.setPrefWidth(lw);
            shown.setMaxWidth(lw);
            shown.showDensity(p.densityKey());
        }
        body.getChildren().set(body.getChildren().indexOf(legend), shown);
        legend = shown;
        if (keyView != null) {
            keyView.markOutside(i -> p.inView(i.lat(), i.lon()));
        }
        count.setText(count(total, p.drawnIncidents()));
        layout();
    }

    MapPicture picture() {
        return picture;
    }

    MapLegend legend() {
        return legend;
    }

    BriefingKey key() {
        return key;
    }

    /** The key as printed on the page; null when it is not on the page. */
    KeyView keyView() {
        return keyView;
    }

    /** The page at {@code density} device pixels per page pixel: every part drawn at that density, not enlarged. */
    WritableImage snapshot(int density) {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        p.setTransform(Transform.scale(density, density));
        return snapshot(p, null);
    }

    /** "6 incidents"; "6 incidents, 4 in the map's view" when the view leaves some out. */
    static String count(int total, int inView) {
        String n = total == 1 ? "1 incident" : String.format("%,d incidents", total);
        return inView >= total ? n : n + String.format(", %,d in the map's view", inView);
    }

    static String describe(IncidentFilter f) {
        return f.isEmpty() ? "No filters: every incident in the dataset" : "Filters: " + f.describe();
    }

    /** A label of the page; the dataset's words in it (titles, names in the filter) have their bidi controls shown. */
    private Label text(String id, String text, double px, String style) {
        Label l = new Label(DisplayText.safe(text));
        l.setId(id);
        l.setWrapText(true);
        l.setStyle("-fx-font-size: " + px * unit + "px; " + style);
        return l;
    }
}
