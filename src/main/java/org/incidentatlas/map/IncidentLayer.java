package org.incidentatlas.map;

import java.util.function.Function;
import com.gluonhq.impl.maps.BaseMap;
import com.gluonhq.maps.MapLayer;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.paint.Color;
import javafx.stage.Window;
import org.incidentatlas.model.Incident;
import org.incidentatlas.map.basemap.MbtilesSource;
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

    private Supplier<List<double[]>> furniture = List::of;

    IncidentLayer() {
        super("incidentCanvas");
        // the basemap's names, drawn above the marks; a zoom not yet planned is drawn again once it is
        painter.setLabels(zoom -> BasemapTileRetriever.labels(zoom, this::redrawSoon));
    }

    /** The analyst's raster basemap (its own names show where it covers the map), or null. */
    void setRaster(MbtilesSource raster) {
        painter.setRaster(raster);
        redrawSoon();
    }

    /** What stands over the map, as boxes {x, y, w, h} in the map's pixels, asked at every redraw. */
    void setFurniture(Supplier<List<double[]>> furniture) {
        this.furniture = furniture;
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
        // the records' spellings of place names are filed in the background; the names are redrawn with them
        points.spellingsInBackground(() -> {
            if (this.points == points) {
                redrawSoon();
            }
        });
        redrawSoon();
    }

    void setChangeMarks(Function<Incident, Color> marks) {
        painter.setChangeMarks(marks);
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
        painter.setFurniture(furniture.get());
        Window w = canvas.getScene() == null ? null : canvas.getScene().getWindow();
        painter.setDensity(w == null ? 1 : (int) Math.ceil(w.getRenderScaleX() - 0.01));
        frame = painter.paint(canvas.getGraphicsContext2D(), v, points, selected);
        afterRedraw.accept(v);
    }
}
