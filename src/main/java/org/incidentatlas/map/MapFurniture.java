package org.incidentatlas.map;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Bounds;
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

    /**
     * How high the strip along the map's foot is that the credit line and the scale bar cover (the legend, when
     * at a bottom corner, is kept beside the data by {@link LegendDock#reserved}), in pixels.
     */
    static double foot(StackPane furniture, double mapHeight) {
        double top = mapHeight;
        for (Node n : furniture.getChildren()) {
            if (n.isVisible() && !(n instanceof MapLegend) && n.getBoundsInParent().getMinY() > mapHeight / 2) {
                top = Math.min(top, n.getBoundsInParent().getMinY());
            }
        }
        return Math.max(0, mapHeight - top);
    }

    /**
     * What the furniture covers, as boxes {x, y, w, h} in the map's pixels (it is laid over the map at its
     * corner): the incident layer writes no name under them.
     */
    static List<double[]> boxes(StackPane furniture) {
        List<double[]> boxes = new ArrayList<>();
        for (Node n : furniture.getChildren()) {
            if (n.isVisible()) {
                Bounds b = n.getBoundsInParent();
                if (b.getWidth() > 0 && b.getHeight() > 0) {
                    boxes.add(new double[] {b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()});
                }
            }
        }
        return boxes;
    }
}
