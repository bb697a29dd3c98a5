package org.incidentatlas.map;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;

/**
 * Where the map's legend sits and how the analyst moves or folds it: a click on its title folds it, its menu
 * (right-click) moves it to another corner. It keeps clear of the zoom buttons (top left), the scale bar and the
 * credit line (bottom); and it tells "Zoom to all" which side of the map it covers.
 */
final class LegendDock {

    private LegendDock() {
    }

    static void dock(MapLegend legend, ObjectProperty<Pos> corner) {
        place(legend, corner.get());
        corner.addListener((o, was, now) -> place(legend, now));
        legend.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getY() < 22) {
                legend.collapsedProperty().set(!legend.collapsedProperty().get());
            }
        });
        ContextMenu menu = new ContextMenu();
        for (Pos p : List.of(Pos.TOP_LEFT, Pos.TOP_RIGHT, Pos.BOTTOM_LEFT, Pos.BOTTOM_RIGHT)) {
            MenuItem item = new MenuItem("Move legend " + p.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            item.setOnAction(e -> corner.set(p));
            menu.getItems().add(item);
        }
        MenuItem fold = new MenuItem("Fold or unfold the legend");
        fold.setOnAction(e -> legend.collapsedProperty().set(!legend.collapsedProperty().get()));
        menu.getItems().add(fold);
        legend.setOnContextMenuRequested(e -> menu.show(legend, e.getScreenX(), e.getScreenY()));
    }

    /** The nearest of the four corners to {@code corner}. */
    static Pos snap(Pos corner) {
        boolean top = corner.getVpos() != VPos.BOTTOM;
        boolean left = corner.getHpos() == HPos.LEFT;
        return top ? (left ? Pos.TOP_LEFT : Pos.TOP_RIGHT) : (left ? Pos.BOTTOM_LEFT : Pos.BOTTOM_RIGHT);
    }

    private static void place(MapLegend legend, Pos corner) {
        Pos p = snap(corner);
        boolean top = p.getVpos() == VPos.TOP;
        StackPane.setAlignment(legend, p);
        StackPane.setMargin(legend, new Insets(8, 8, top ? 8 : 46, top && p.getHpos() == HPos.LEFT ? 48 : 8));
    }

    /** Pixels the legend covers along the map's left and right side; none when it is folded or the map narrow. */
    static double[] reserved(MapLegend legend, Pos corner, double mapWidth) {
        double w = legend.prefWidth(-1) + 16;
        if (legend.collapsedProperty().get() || w > mapWidth * 0.45) {
            return new double[] {0, 0};
        }
        return snap(corner).getHpos() == HPos.LEFT ? new double[] {w, 0} : new double[] {0, w};
    }
}
