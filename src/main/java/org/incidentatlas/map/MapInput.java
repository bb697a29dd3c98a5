package org.incidentatlas.map;

import com.gluonhq.maps.MapView;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.DateText;
import org.incidentatlas.model.Incident;

/**
 * How the analyst moves the map and picks from it: wheel zoom by whole levels around the pointer (so the
 * basemap stays sharp), drag to pan (Gluon's own), + and - keys, arrow keys, Home to show all; hover for a
 * tooltip; click a marker or centre to select it, a cluster to zoom into it.
 */
final class MapInput {

    /** Wheel movement that makes one zoom step (a mouse notch is usually 40). */
    private static final double WHEEL_STEP = 30;
    private static final double PAN_STEP = 120;

    private final AtlasMap map;
    private final IncidentLayer layer;
    private final MapCamera camera;
    private final Label tooltip = new Label();
    private double wheel;

    MapInput(AtlasMap map, MapView view, IncidentLayer layer, MapCamera camera) {
        this.map = map;
        this.layer = layer;
        this.camera = camera;
        tooltip.setId("mapTooltip");
        tooltip.setManaged(false);
        tooltip.setVisible(false);
        tooltip.setMouseTransparent(true);
        tooltip.setStyle("-fx-background-color: rgba(255,255,255,0.95); -fx-border-color: #888;"
                + " -fx-padding: 4 6 4 6; -fx-font-size: 11.5px;");
        // a tooltip describes what was under the pointer; after a zoom, a drag or a key that is no longer so
        view.addEventFilter(ScrollEvent.SCROLL, e -> {
            tooltip.setVisible(false);
            map.hideStack();
            scrolled(e);
        });
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            tooltip.setVisible(false);
            map.requestFocus();
        });
        map.addEventFilter(KeyEvent.KEY_PRESSED, e -> tooltip.setVisible(false));
        view.addEventHandler(MouseEvent.MOUSE_MOVED, e -> hover(e.getX(), e.getY()));
        view.addEventHandler(MouseEvent.MOUSE_EXITED, e -> tooltip.setVisible(false));
        view.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.isStillSincePress()) {
                click(e.getX(), e.getY());
            }
        });
        map.setFocusTraversable(true);
        map.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
    }

    Label tooltip() {
        return tooltip;
    }

    Node buttons() {
        Button in = button("+", "zoomIn", "Zoom in (+)");
        in.setOnAction(e -> map.zoomIn());
        Button out = button("\u2212", "zoomOut", "Zoom out (\u2212)");
        out.setOnAction(e -> map.zoomOut());
        Button all = button("\u2922", "zoomToAll", "Show all incidents (Home)");
        all.setOnAction(e -> map.zoomToAll());
        VBox box = new VBox(2, in, out, all);
        box.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return box;
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setMinSize(30, 30);
        b.setPrefSize(30, 30);
        b.setStyle("-fx-font-size: 14px; -fx-font-weight: bold; -fx-padding: 0;");
        return b;
    }

    /** Selects what is under (x, y), or zooms into a cluster. Coordinates are the map's. */
    void click(double x, double y) {
        HitIndex.Item item = layer.frame().hits().at(x, y);
        map.hideStack();
        if (item == null) {
            map.clickedNothing(x, y);
            return;
        }
        switch (item.kind()) {
            case INCIDENT -> map.selectFromMap(layer.points().incidents[item.index()]);
            case CENTER -> map.selectFromMap(layer.points().centers[item.index()]);
            case STACK -> map.showStack(item.x(), item.y());
            case CLUSTER -> camera.zoomAt(2, item.x(), item.y());
        }
    }

    private void hover(double x, double y) {
        HitIndex.Item item = layer.frame().hits().at(x, y);
        String density = item == null ? map.densityAt(x, y) : null;
        if (item == null && density == null) {
            tooltip.setVisible(false);
            return;
        }
        tooltip.setText(item == null ? density : switch (item.kind()) {
            case INCIDENT -> describe(layer.points().incidents[item.index()]);
            case CENTER -> describe(layer.points().centers[item.index()]);
            case STACK -> String.format("%,d incidents at this point%nClick to list them", item.count());
            case CLUSTER -> String.format("%,d incidents here%nClick to zoom in", item.count());
        });
        tooltip.autosize();
        double tx = Math.min(x + 14, map.getWidth() - tooltip.getWidth() - 4);
        double ty = y + 16 + tooltip.getHeight() > map.getHeight() ? y - tooltip.getHeight() - 8 : y + 16;
        tooltip.relocate(Math.max(0, tx), Math.max(0, ty));
        tooltip.setVisible(true);
    }

    static String describe(Incident i) {
        return i.title() + "\n" + DateText.of(i) + " \u00b7 " + i.place();
    }

    static String describe(Center c) {
        return c.name() + "\n" + c.kind() + (c.province() == null ? "" : " \u00b7 " + c.province());
    }

    private void scrolled(ScrollEvent e) {
        e.consume();
        wheel += e.getDeltaY();
        if (Math.abs(wheel) >= WHEEL_STEP) {
            camera.zoomAt(Math.signum(wheel), e.getX(), e.getY());
            wheel = 0;
        }
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case PLUS, ADD, EQUALS -> map.zoomIn();
            case MINUS, SUBTRACT -> map.zoomOut();
            case HOME, DIGIT0 -> map.zoomToAll();
            case LEFT -> camera.panBy(-PAN_STEP, 0);
            case RIGHT -> camera.panBy(PAN_STEP, 0);
            case UP -> camera.panBy(0, -PAN_STEP);
            case DOWN -> camera.panBy(0, PAN_STEP);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
