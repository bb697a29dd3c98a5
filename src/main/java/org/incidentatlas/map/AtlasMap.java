package org.incidentatlas.map;

import java.util.function.Function;
import javafx.scene.paint.Color;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.Cursor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import com.gluonhq.maps.MapView;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import org.incidentatlas.map.basemap.AdminAreas;
import org.incidentatlas.map.basemap.Attribution;
import org.incidentatlas.map.basemap.BasemapStyle;
import org.incidentatlas.map.basemap.GeoJsonOverlay;
import org.incidentatlas.map.basemap.MbtilesSource;
import org.incidentatlas.map.density.DensityStyle;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.model.GeoBounds;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Incident;

/**
 * The map: the offline basemap, every incident and centre of the given lists on one canvas, and the legend,
 * scale bar, attribution and zoom buttons over it. The selection is shared: a click sets it, and a selection
 * made elsewhere is highlighted and brought to the middle of the map.
 *
 * <p>The start view can be set with the system properties {@value #CENTER_PROPERTY} ({@code lat,lon}) and
 * {@value #ZOOM_PROPERTY}; without them the map shows all incidents once the list first has some.
 */
public final class AtlasMap extends StackPane {

    public static final String CENTER_PROPERTY = "incidentatlas.map.center";
    public static final String ZOOM_PROPERTY = "incidentatlas.map.zoom";

    private final ObservableList<Incident> incidents;
    private final ObservableList<Center> centers;
    private final ObjectProperty<AtlasRecord> selection;
    private final MapView mapView = new MapView();
    private final IncidentLayer layer = new IncidentLayer();
    private final DensityLayer densityLayer = new DensityLayer();
    private final EarlierLayer earlierLayer = new EarlierLayer();
    private final ObjectProperty<EarlierPoints> earlier = new SimpleObjectProperty<>(this, "earlier", EarlierPoints.NONE);
    private final ObjectProperty<DensityStyle> density = new SimpleObjectProperty<>(this, "density");
    private final UserLayer userLayer = new UserLayer();
    private final ObjectProperty<MbtilesSource> basemap = new SimpleObjectProperty<>(this, "basemap");
    private final ObservableList<GeoJsonOverlay> overlays = FXCollections.observableArrayList();
    private final ObjectProperty<Pos> legendCorner = new SimpleObjectProperty<>(this, "legendCorner", Pos.TOP_RIGHT);
    private final ObjectProperty<IncidentFilter.Near> near = new SimpleObjectProperty<>(this, "near");
    private final ReadOnlyStringWrapper attribution = new ReadOnlyStringWrapper(this, "attribution", Attribution.TEXT);
    private final MapCamera camera;
    private final MapLegend legend = new MapLegend();
    private final ScaleBar scaleBar = new ScaleBar();
    private final ReadOnlyObjectWrapper<GeoBounds> visibleBounds = new ReadOnlyObjectWrapper<>(this, "visibleBounds");
    private final MapInput input;
    private final DraftLayer draftLayer = new DraftLayer();
    private final ObjectProperty<Draft> draft = new SimpleObjectProperty<>();
    private Consumer<double[]> placer;
    private BiConsumer<AdminAreas.Level, Integer> areaClick;
    private final ProjectionCache projections = new ProjectionCache();
    private final PendingChange pending = new PendingChange();
    private final StackList stackList = new StackList(this::selectFromMap);
    private DoubleSupplier furnitureFoot = () -> 0;
    private boolean dataChangePending;
    private boolean selectingHere;
    private boolean viewChosen;
    private double[] lastCenter;
    private double lastWidth;
    private double lastHeight;

    public AtlasMap(ObservableList<Incident> incidents, ObservableList<Center> centers,
                    ObjectProperty<AtlasRecord> selection) {
        this.incidents = incidents;
        this.centers = centers;
        this.selection = selection;
        BasemapTileRetriever.preload();
        setId("atlasMap");
        setMinSize(0, 0);
        setPrefSize(800, 500);
        mapView.setMinSize(0, 0);
        mapView.setPrefSize(800, 500);
        // Where a tile is still being drawn the land colour shows, never white.
        mapView.setStyle("-fx-background-color: " + BasemapStyle.web(BasemapStyle.LAND_IRAQ) + ";");
        mapView.addLayer(userLayer);
        mapView.addLayer(densityLayer);
        mapView.addLayer(earlierLayer);
        mapView.addLayer(layer);
        mapView.addLayer(draftLayer);
        camera = new MapCamera(mapView, layer.base());
        layer.setCamera(camera);
        draftLayer.setCamera(camera);
        placing(mapView);
        densityLayer.setCamera(camera);
        earlierLayer.setCamera(camera);
        earlier.addListener((o, was, now) -> {
            earlierLayer.setPoints(now);
            legend.showEarlier(now == null ? 0 : now.size());
        });
        densityLayer.setOnKey(legend::showDensity);
        density.addListener(o -> {
            pending.noteWhole();
            dataChangedLater();
        });
        userLayer.setCamera(camera);
        basemap.addListener(o -> layersChanged());
        basemap.addListener(o -> layer.setRaster(basemap.get()));
        near.addListener(o -> userLayer.setNear(near.get()));
        overlays.addListener((ListChangeListener<GeoJsonOverlay>) c -> layersChanged());
        layer.setAfterRedraw(this::viewChanged);
        input = new MapInput(this, mapView, layer, camera);
        StackPane furniture = furniture();
        layer.setFurniture(() -> MapFurniture.boxes(furniture));
        furnitureFoot = () -> MapFurniture.foot(furniture, mapHeight());
        getChildren().addAll(mapView, input.tooltip(), furniture, stackList);
        // a filter change can change both lists: rebuild once, on the next pulse
        incidents.addListener((ListChangeListener<Incident>) c -> {
            pending.note(c);
            dataChangedLater();
        });
        centers.addListener((ListChangeListener<Center>) c -> {
            pending.noteWhole();
            dataChangedLater();
        });
        selection.addListener((obs, old, now) -> {
            layer.setSelected(now);
            if (now != null && !selectingHere) {
                camera.setView(now.lat(), now.lon(), camera.zoom());
            }
        });
        mapView.widthProperty().addListener(o -> keepCentre());
        mapView.heightProperty().addListener(o -> keepCentre());
        initialView();
        dataChanged();
        layer.setSelected(selection.get());
    }

    /**
     * The analyst's own raster basemap (an opened MBTiles file), drawn over the bundled one within its zoom range
     * and bounds; null for the bundled basemap alone. Opening the file ({@link MbtilesSource#open}) is where a
     * bad file is refused, so setting this never fails.
     */
    public ObjectProperty<MbtilesSource> basemapProperty() {
        return basemap;
    }

    /**
     * The GeoJSON overlay layers, drawn above the basemap in list order (the first lowest). Replace an element
     * with {@link GeoJsonOverlay#withStyle} to restyle it or switch it off; the legend lists those shown.
     */
    public ObservableList<GeoJsonOverlay> overlays() {
        return overlays;
    }

    /**
     * Where the legend sits: {@link Pos#TOP_RIGHT} (the default), TOP_LEFT, BOTTOM_LEFT or BOTTOM_RIGHT; any
     * other value is taken as the nearest of those. A property the window can remember; the legend's own menu
     * (right-click) sets it too.
     */
    public ObjectProperty<Pos> legendCornerProperty() {
        return legendCorner;
    }

    /** True when the legend is folded to its title (click the title, or its menu); for the window to remember. */
    public BooleanProperty legendCollapsedProperty() {
        return legend.collapsedProperty();
    }

    /**
     * The "within N km of a centre" of the filter, drawn as a circle (null: none). Set it from the filter's
     * {@code near()}; {@link #showNear} moves the map to it.
     */
    public ObjectProperty<IncidentFilter.Near> nearProperty() {
        return near;
    }

    /** Frames the "within N km" circle whole, in the part of the map the legend leaves free. */
    public void showNear() {
        IncidentFilter.Near n = near.get();
        if (n != null) {
            viewChosen = true;
            BasemapTileRetriever.firstViewChosen();
            double[] reserved = reserved();
            MapFraming f = MapFraming.circle(n.lat(), n.lon(), n.km(), mapWidth(), mapHeight(), reserved[0], reserved[1]);
            camera.setView(f.lat(), f.lon(), f.zoom());
        }
    }

    /**
     * The density view drawn in place of the incident markers (a heatmap or hexagon counts of the same list),
     * or null for the markers. Worked out in the background; the legend shows its key.
     */
    public ObjectProperty<DensityStyle> densityProperty() {
        return density;
    }

    /**
     * A playback's earlier frames, drawn faded under the markers (and named in the legend); {@link EarlierPoints#NONE}
     * for none. They are the playback's own list, worked out in the background, not the filtered list.
     */
    public ObjectProperty<EarlierPoints> earlierProperty() {
        return earlier;
    }

    /** How many earlier incidents the last redraw drew faded in view. */
    public int earlierInView() {
        return earlierLayer.inView();
    }

    /** What the density view shows at (x, y) of the map (an area's figure, a hexagon's count), or null. */
    public String densityAt(double x, double y) {
        return camera.ready() ? densityLayer.describeAt(x, y, camera.viewport()) : null;
    }

    /** Called with the level and the area's index when a click on the choropleth finds no marker or centre. */
    public void setOnAreaClick(BiConsumer<AdminAreas.Level, Integer> then) {
        areaClick = then;
    }

    /** A click at (x, y) found nothing to select: on a choropleth, that is a click on an area. */
    void clickedNothing(double x, double y) {
        AdminAreas.Level level = densityLayer.areaLevel();
        if (areaClick != null && level != null && camera.ready()) {
            int a = densityLayer.areaAt(x, y, camera.viewport());
            if (a >= 0) {
                areaClick.accept(level, a);
            }
        }
    }

    /** Both, as a briefing takes them. */
    public MapLayers layers() {
        return new MapLayers(basemap.get(), List.copyOf(overlays));
    }

    /** The credit shown on the map (the MBTiles file's, then the bundled data's): for About and the briefing. */
    public ReadOnlyStringProperty attributionProperty() {
        return attribution.getReadOnlyProperty();
    }

    private void layersChanged() {
        MapLayers now = layers();
        userLayer.setLayers(now);
        attribution.set(now.attribution());
        legend.showOverlays(now.shown());
    }

    /** Selects {@code r} as if the analyst clicked it: the map does not move. */
    void selectFromMap(AtlasRecord r) {
        selectingHere = true;
        try {
            selection.set(r);
        } finally {
            selectingHere = false;
        }
    }

    /**
     * The incidents under the mark drawn at (x, y) of the map: every incident of a stack at one exact point (in
     * id order), the one incident of a single marker, or none (a centre, a cluster, empty map). For a window
     * that wants its own list: the map's own opens on a click ({@link #showStack}).
     */
    public List<Incident> incidentsAt(double x, double y) {
        HitIndex.Item item = layer.frame().hits().at(x, y);
        if (item == null || (item.kind() != HitIndex.Kind.STACK && item.kind() != HitIndex.Kind.INCIDENT)) {
            return List.of();
        }
        Incident[] all = layer.points().incidents;
        return Arrays.stream(item.members()).mapToObj(i -> all[i]).toList();
    }

    /** Opens the list of the incidents stacked at (x, y) of the map, from which one can be selected. */
    public void showStack(double x, double y) {
        List<Incident> here = incidentsAt(x, y);
        if (here.size() > 1) {
            stackList.show(here, x, y, getWidth(), getHeight());
        }
    }

    void hideStack() {
        stackList.hide();
    }

    StackList stackList() {
        return stackList;
    }

    /** Rings round the markers of incidents new or changed since a comparison: the colour, or null for none;
     *  {@code marks} null when no comparison is set (no incident is asked). */
    public void setChangeMarks(Function<Incident, Color> marks) {
        layer.setChangeMarks(marks);
    }

    public void zoomIn() {
        camera.zoomAt(1, mapView.getWidth() / 2, mapView.getHeight() / 2);
    }

    public void zoomOut() {
        camera.zoomAt(-1, mapView.getWidth() / 2, mapView.getHeight() / 2);
    }

    /** Centres the map on (lat, lon) at {@code zoom} (3 to 14; whole levels keep the basemap sharp). */
    public void setView(double lat, double lon, double zoom) {
        viewChosen = true;
        BasemapTileRetriever.firstViewChosen();
        camera.setView(lat, lon, zoom);
    }

    /**
     * Fits every incident and centre in the part of the view the legend leaves free; the whole data area when
     * there are none.
     */
    public void zoomToAll() {
        viewChosen = true;
        BasemapTileRetriever.firstViewChosen();
        double[] reserved = reserved();
        MapFraming all = MapFraming.fitting(Stream.<AtlasRecord>concat(incidents.stream(), centers.stream()).toList(),
                mapWidth(), mapHeight(), reserved[0], reserved[1], footReserved());
        camera.setView(all.lat(), all.lon(), all.zoom());
    }

    private double mapWidth() {
        return mapView.getWidth() > 0 ? mapView.getWidth() : getPrefWidth();
    }

    private double mapHeight() {
        return mapView.getHeight() > 0 ? mapView.getHeight() : getPrefHeight();
    }

    /** The height of the credit line and scale bar along the map's foot, which "Zoom to all" keeps data out of. */
    private double footReserved() {
        return furnitureFoot.getAsDouble();
    }

    private double[] reserved() {
        return LegendDock.reserved(legend, legendCorner.get(), mapWidth());
    }

    public double getZoom() {
        return camera.zoom();
    }

    /** The lat/lon box the map shows, updated after every pan and zoom; null before the first draw. */
    public ReadOnlyObjectProperty<GeoBounds> visibleBoundsProperty() {
        return visibleBounds.getReadOnlyProperty();
    }

    public GeoBounds getVisibleBounds() {
        return visibleBounds.get();
    }

    /** How many incidents the last redraw placed in the view, as markers or inside clusters. */
    public int drawnPointCount() {
        return layer.frame().drawnIncidents();
    }

    /** True when every tile the view needs has been drawn and is on screen. */
    public boolean tilesComplete() {
        if (!camera.ready() || !userLayer.complete()) {
            return false;
        }
        return BasemapTileRetriever.viewReady(camera.viewport());
    }

    Viewport viewport() {
        return camera.viewport();
    }

    IncidentLayer layer() {
        return layer;
    }

    MapLegend legend() {
        return legend;
    }

    ScaleBar scaleBar() {
        return scaleBar;
    }

    @Override
    protected void layoutChildren() {
        if (dataChangePending) {
            dataChanged();
        }
        super.layoutChildren();
        camera.applyPending();
    }

    /**
     * Both lists can change in one filter change: the rebuild waits for this node's layout pass of the same
     * pulse (before its layers are laid out), so it runs once and the map is redrawn in the frame that shows
     * the new table rows.
     */
    private void dataChangedLater() {
        if (!dataChangePending) {
            dataChangePending = true;
            requestLayout();
        }
    }

    private void dataChanged() {
        dataChangePending = false;
        DensityStyle d = density.get();
        // a density view stands for the markers: the centres stay, the incidents are in the density
        IncidentPoints points = d == null ? pending.patch(layer.points(), incidents.size(), projections) : null;
        if (points == null) {
            points = IncidentPoints.of(d == null ? incidents : List.of(), centers, projections);
        }
        layer.setPoints(points);
        densityLayer.setStyle(d);
        if (d != null) {
            densityLayer.setIncidents(incidents);
            legend.update(incidents);
        } else {
            legend.update(points.typeNames, points.typeCounts());
        }
        if (!viewChosen && !incidents.isEmpty()) {
            zoomToAll();
        }
    }

    /** True when the start view was set with {@value #CENTER_PROPERTY} or {@value #ZOOM_PROPERTY}. */
    public static boolean startViewGiven() {
        return blankToNull(System.getProperty(CENTER_PROPERTY)) != null || blankToNull(System.getProperty(ZOOM_PROPERTY)) != null;
    }

    private void initialView() {
        String centre = blankToNull(System.getProperty(CENTER_PROPERTY));
        String zoom = blankToNull(System.getProperty(ZOOM_PROPERTY));
        if (centre != null || zoom != null) {
            String[] ll = (centre == null ? "35.468,44.392" : centre).split(",");
            setView(Double.parseDouble(ll[0].strip()), Double.parseDouble(ll[1].strip()),
                    zoom == null ? 8 : Double.parseDouble(zoom.strip()));
        } else {
            camera.setView(35.0, 44.0, 6);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private void viewChanged(Viewport v) {
        GeoBounds b = v.bounds();
        if (!b.equals(visibleBounds.get())) {
            visibleBounds.set(b);
            stackList.hide(); // it points at a place that has moved
        }
        scaleBar.update(v.lat(v.height() / 2), v.zoom());
        if (v.width() == lastWidth && v.height() == lastHeight) {
            lastCenter = new double[] {v.lat(v.height() / 2), v.lon(v.width() / 2), v.zoom()};
        }
    }

    /** On a resize, keeps the same place in the middle of the map. */
    private void keepCentre() {
        lastWidth = mapView.getWidth();
        lastHeight = mapView.getHeight();
        if (lastCenter != null) {
            camera.setView(lastCenter[0], lastCenter[1], lastCenter[2]);
        }
    }

    private StackPane furniture() {
        LegendDock.dock(legend, legendCorner);
        return MapFurniture.build(this, attribution.getReadOnlyProperty(), legend, scaleBar, input.buttons());
    }

    // ---------------------------------------------------------------- the record being written

    /** Where the record being written stands: a point and how uncertain it is (null km: no ring). */
    public record Draft(double lat, double lon, Double uncertaintyKm) { }

    /** The record being written, shown while the analyst writes it; null when nothing is being written. */
    public ObjectProperty<Draft> draftProperty() {
        return draft;
    }

    /**
     * The next click on the map places a point (given as {lat, lon}) instead of selecting; null stops placing.
     * Escape stops it too.
     */
    public void placeNextClick(Consumer<double[]> then) {
        placer = then;
        mapView.setCursor(then == null ? null : Cursor.CROSSHAIR);
    }

    public boolean placing() {
        return placer != null;
    }

    private void placing(MapView view) {
        draft.addListener((obs, old, d) -> draftLayer.setDraft(d));
        view.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (placer != null && e.isStillSincePress() && camera.ready()) {
                Viewport v = camera.viewport();
                Consumer<double[]> then = placer;
                placeNextClick(null);
                then.accept(new double[] {v.lat(e.getY()), v.lon(e.getX())});
                e.consume();
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (placer != null && e.getCode() == KeyCode.ESCAPE) {
                placeNextClick(null);
                e.consume();
            }
        });
    }
}
