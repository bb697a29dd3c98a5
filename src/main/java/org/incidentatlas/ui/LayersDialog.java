package org.incidentatlas.ui;

import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.incidentatlas.app.MapLayerChoices;
import org.incidentatlas.map.basemap.GeoJsonOverlay;
import org.incidentatlas.map.basemap.MbtilesSource;
import org.incidentatlas.map.basemap.OverlayStyle;

/**
 * View > Map layers: the base (bundled or an MBTiles file) and each overlay, topmost first, with its switch,
 * colour, line style and order. Every change is a command on the workbench's layer choices.
 */
final class LayersDialog {

    private final MapLayerChoices layers;
    private final Stage stage = new Stage();
    private final VBox rows = new VBox(6);
    private final Label base = new Label();

    LayersDialog(Stage owner, MapLayerChoices layers) {
        this.layers = layers;
        stage.initOwner(owner);
        stage.setTitle("Map layers");
        Button openBase = new Button("Open MBTiles\u2026");
        openBase.setOnAction(e -> layers.chooseBasemap());
        Button bundled = new Button("Bundled basemap");
        bundled.setOnAction(e -> layers.useBundledBasemap());
        Button add = new Button("Add GeoJSON layer\u2026");
        add.setId("layersAdd");
        add.setOnAction(e -> layers.chooseOverlay());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        base.setId("layersBase");
        base.setWrapText(true);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        VBox box = new VBox(10, new Label("Overlays, topmost first"), rows, new HBox(8, add, grow, close),
                new Label("Base"), base, new HBox(8, openBase, bundled));
        box.setPadding(new Insets(14));
        box.setPrefWidth(560);
        box.setId("layersDialog");
        stage.setScene(new Scene(box));
        layers.overlays().addListener((ListChangeListener<GeoJsonOverlay>) c -> fill());
        layers.basemapProperty().addListener(o -> fill());
        fill();
    }

    void show() {
        fill();
        stage.show();
        stage.toFront();
    }

    private void fill() {
        MbtilesSource b = layers.basemapProperty().get();
        base.setText(b == null ? "The bundled basemap." : b.name() + " (" + b.file().getFileName() + "), zooms "
                + b.minZoom() + "\u2013" + b.maxZoom() + "; the bundled basemap beyond them.");
        rows.getChildren().clear();
        if (layers.overlays().isEmpty()) {
            rows.getChildren().add(new Label("None yet: add a GeoJSON file (roads, a front line, districts of interest)."));
        }
        for (int i = layers.overlays().size() - 1; i >= 0; i--) {
            rows.getChildren().add(row(i, layers.overlays().get(i)));
        }
    }

    private HBox row(int index, GeoJsonOverlay o) {
        OverlayStyle s = o.style();
        CheckBox shown = new CheckBox(s.name());
        shown.setSelected(s.visible());
        shown.setTooltip(new Tooltip(o.file().toString()));
        shown.setOnAction(e -> layers.restyleOverlay(index, s.withVisible(shown.isSelected())));
        ColorPicker colour = new ColorPicker(Color.web(s.colour()));
        colour.setOnAction(e -> layers.restyleOverlay(index, new OverlayStyle(s.name(), hex(colour.getValue()), s.line(),
                s.width(), s.visible())));
        ChoiceBox<OverlayStyle.LineStyle> line = new ChoiceBox<>();
        line.getItems().setAll(OverlayStyle.LineStyle.values());
        line.setValue(s.line());
        line.setOnAction(e -> layers.restyleOverlay(index, new OverlayStyle(s.name(), s.colour(), line.getValue(),
                s.width(), s.visible())));
        Button up = new Button("\u2191");
        up.setTooltip(new Tooltip("Draw above the next layer"));
        up.setDisable(index == layers.overlays().size() - 1);
        up.setOnAction(e -> layers.moveOverlay(index, 1));
        Button down = new Button("\u2193");
        down.setTooltip(new Tooltip("Draw below the previous layer"));
        down.setDisable(index == 0);
        down.setOnAction(e -> layers.moveOverlay(index, -1));
        Button remove = new Button("Remove");
        remove.setOnAction(e -> layers.removeOverlay(index));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(6, shown, grow, colour, line, up, down, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("layer-row");
        return row;
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02X%02X%02X", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
