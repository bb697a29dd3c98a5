package org.incidentatlas.map;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.maps.MapLayer;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.incidentatlas.model.AtlasRecord;

/**
 * All incidents and centres on one Canvas in one Gluon {@link MapLayer}: one node however many points there
 * are. Redraws at most once per pulse, after a pan, a zoom, a new list or a new selection.
 */
final class IncidentLayer extends MapLayer {

    private final Canvas canvas = new Canvas();
    private final IncidentPainter painter = new IncidentPainter();
    private IncidentPoints points = IncidentPoints.of(List.of(), List.of());
    private IncidentPainter.Frame frame = new IncidentPainter.Frame(new HitIndex(), 0);
    private AtlasRecord selected;
    private MapCamera camera;
    private boolean dirty = true;
    private Consumer<Viewport> afterRedraw = v -> { };

    IncidentLayer() {
        canvas.setId("incidentCanvas");
        getChildren().add(canvas);
    }

    @Override
    protected void initialize() {
        baseMap.translateXProperty().addListener(o -> redrawSoon());
        baseMap.translateYProperty().addListener(o -> redrawSoon());
        baseMap.zoom().addListener(o -> redrawSoon());
    }

    BaseMap base() {
        return baseMap;
    }

    void setCamera(MapCamera camera) {
        this.camera = camera;
    }

    /** Called after every redraw with the view it drew. */
    void setAfterRedraw(Consumer<Viewport> afterRedraw) {
        this.afterRedraw = afterRedraw;
    }

    void setPoints(IncidentPoints points) {
        this.points = points;
        redrawSoon();
    }

    void setSelected(AtlasRecord selected) {
        this.selected = selected;
        redrawSoon();
    }

    IncidentPoints points() {
        return points;
    }

    IncidentPainter.Frame frame() {
        return frame;
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
        Viewport v = camera.viewport();
        frame = painter.paint(canvas.getGraphicsContext2D(), v, points, selected);
        afterRedraw.accept(v);
    }
}
