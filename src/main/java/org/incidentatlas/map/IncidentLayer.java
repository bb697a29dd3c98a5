package org.incidentatlas.map;

import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.maps.MapLayer;
import java.util.List;
import java.util.function.Consumer;
import org.incidentatlas.model.AtlasRecord;

/**
 * All incidents and centres on one Canvas in one Gluon {@link MapLayer}: one node however many points there
 * are. Redraws at most once per pulse, after a pan, a zoom, a new list or a new selection.
 */
final class IncidentLayer extends CanvasLayer {

    private final IncidentPainter painter = new IncidentPainter();
    private IncidentPoints points = IncidentPoints.of(List.of(), List.of());
    private IncidentPainter.Frame frame = new IncidentPainter.Frame(new HitIndex(), 0, ShownMarks.NOTHING, List.of());
    private AtlasRecord selected;
    private Consumer<Viewport> afterRedraw = v -> { };

    IncidentLayer() {
        super("incidentCanvas");
    }

    BaseMap base() {
        return baseMap;
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

    @Override
    protected void paint(Viewport v) {
        frame = painter.paint(canvas.getGraphicsContext2D(), v, points, selected);
        afterRedraw.accept(v);
    }
}
