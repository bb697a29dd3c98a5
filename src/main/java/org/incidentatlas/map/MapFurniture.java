package org.incidentatlas.map;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * What stands over the map: the credit line (bottom right), the legend (placed by {@link LegendDock}), the scale
 * bar (bottom left) and the zoom buttons (top left). Clicks between them reach the map.
 */
final class MapFurniture {

    private MapFurniture() {
    }

    static StackPane build(Region map, ReadOnlyStringProperty credit, MapLegend legend, ScaleBar scaleBar, Node buttons) {
        Label attribution = new Label();
        attribution.textProperty().bind(credit);
        attribution.setId("mapAttribution");
        attribution.setWrapText(true);
        attribution.maxWidthProperty().bind(map.widthProperty().multiply(0.6));
        attribution.setStyle("-fx-font-size: 9.5px; -fx-text-fill: #3a3a3a; -fx-padding: 2 5 2 5;"
                + " -fx-background-color: rgba(255,255,255,0.78);");
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        StackPane.setAlignment(scaleBar, Pos.BOTTOM_LEFT);
        StackPane.setMargin(scaleBar, new Insets(0, 0, 8, 8));
        StackPane.setAlignment(buttons, Pos.TOP_LEFT);
        StackPane.setMargin(buttons, new Insets(8));
        StackPane overlays = new StackPane(attribution, legend, scaleBar, buttons);
        overlays.setPickOnBounds(false);
        return overlays;
    }
}
