package org.incidentatlas.map;

import com.gluonhq.maps.MapLayer;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/**
 * A Gluon {@link MapLayer} drawn on one Canvas the size of the map: redrawn at most once per pulse, after a pan,
 * a zoom or a change of what it shows ({@link #redrawSoon}), once the camera can say what the view is.
 */
abstract class CanvasLayer extends MapLayer {

    protected final Canvas canvas = new Canvas();
    private MapCamera camera;
    private boolean dirty = true;

    CanvasLayer(String canvasId) {
        canvas.setId(canvasId);
        getChildren().add(canvas);
    }

    @Override
    protected void initialize() {
        baseMap.translateXProperty().addListener(o -> redrawSoon());
        baseMap.translateYProperty().addListener(o -> redrawSoon());
        baseMap.zoom().addListener(o -> redrawSoon());
    }

    void setCamera(MapCamera camera) {
        this.camera = camera;
    }

    void redrawSoon() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        if (dirty) {
            redraw();
        }
    }

    @Override
    protected void layoutLayer() {
        layoutChildren();
    }

    private void redraw() {
        if (camera == null || !(getParent() instanceof Region map) || !camera.ready()) {
            return;
        }
        dirty = false;
        if (canvas.getWidth() != map.getWidth() || canvas.getHeight() != map.getHeight()) {
            canvas.setWidth(map.getWidth());
            canvas.setHeight(map.getHeight());
        }
        paint(camera.viewport());
    }

    /** Draws the layer for view {@code v} on {@link #canvas}, which has the map's size. */
    protected abstract void paint(Viewport v);
}
