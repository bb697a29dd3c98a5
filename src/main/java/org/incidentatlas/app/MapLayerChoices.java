package org.incidentatlas.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.incidentatlas.map.MapLayers;
import org.incidentatlas.map.basemap.BasemapFileException;
import org.incidentatlas.map.basemap.GeoJsonOverlay;
import org.incidentatlas.map.basemap.MbtilesSource;
import org.incidentatlas.map.basemap.OverlayStyle;

/**
 * The analyst's own map layers for the open dataset: an MBTiles file as the base (none: the bundled basemap) and
 * GeoJSON overlays above it, in order, each with its style. Files are read in the background; a file that cannot
 * be used is said with what is wrong, and nothing changes. The choice is remembered with the dataset.
 */
public final class MapLayerChoices {

    static final DialogService.FileType MBTILES = DialogService.FileType.of("MBTiles raster basemap (*.mbtiles)", "*.mbtiles");
    static final DialogService.FileType GEOJSON = DialogService.FileType.of("GeoJSON layer (*.geojson, *.json)",
            "*.geojson", "*.json");

    private final Tasks tasks;
    private final DialogService dialogs;
    private final AppSettings settings;
    private final ReadOnlyObjectWrapper<MbtilesSource> basemap = new ReadOnlyObjectWrapper<>();
    private final ObservableList<GeoJsonOverlay> overlays = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made per call would be collected, and with it what was bound to it. */
    private final ObservableList<GeoJsonOverlay> overlaysView = FXCollections.unmodifiableObservableList(overlays);
    private Path dataset;

    MapLayerChoices(Tasks tasks, DialogService dialogs, AppSettings settings) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.settings = settings;
    }

    /** The MBTiles base; null for the bundled basemap. */
    public ReadOnlyObjectProperty<MbtilesSource> basemapProperty() {
        return basemap.getReadOnlyProperty();
    }

    /** The overlays, lowest first (read-only: change them with the commands). */
    public ObservableList<GeoJsonOverlay> overlays() {
        return overlaysView;
    }

    /** Both, as the briefing takes them. */
    public MapLayers layers() {
        return new MapLayers(basemap.get(), List.copyOf(overlays));
    }

    /** View > Basemap > Open MBTiles: asks for the file, then uses it. */
    public void chooseBasemap() {
        dialogs.chooseOpen(new DialogService.FileRequest("Open an MBTiles basemap", Workbench.folderOf(dataset), null,
                List.of(MBTILES))).ifPresent(c -> openBasemap(c.path()));
    }

    /** Uses {@code file} as the base; read in the background; a file that cannot be used changes nothing. */
    public void openBasemap(Path file) {
        // a base that is replaced is not closed: the map may still be drawing a tile from it; its connection
        // goes with it when nothing refers to it any more
        tasks.run(progress -> MbtilesSource.open(file), source -> {
            basemap.set(source);
            remember();
        }, e -> refused("basemap", e));
    }

    /** Back to the bundled basemap. */
    public void useBundledBasemap() {
        basemap.set(null);
        remember();
    }

    /** View > Add GeoJSON layer: asks for the file, then adds it on top with the default style. */
    public void chooseOverlay() {
        dialogs.chooseOpen(new DialogService.FileRequest("Add a GeoJSON layer", Workbench.folderOf(dataset), null,
                List.of(GEOJSON))).ifPresent(c -> addOverlay(c.path(), null));
    }

    /** Adds {@code file} on top, in {@code style} (null: the default, named after the file). */
    public void addOverlay(Path file, OverlayStyle style) {
        OverlayStyle s = style != null ? style : OverlayStyle.byDefault(nameOf(file));
        tasks.run(progress -> GeoJsonOverlay.read(file, s), o -> {
            overlays.add(o);
            remember();
        }, e -> refused("layer", e));
    }

    public void removeOverlay(int index) {
        overlays.remove(index);
        remember();
    }

    public void restyleOverlay(int index, OverlayStyle style) {
        overlays.set(index, overlays.get(index).withStyle(style));
        remember();
    }

    /** Moves an overlay up (+1, drawn above the next) or down (-1). */
    public void moveOverlay(int index, int by) {
        int to = Math.max(0, Math.min(overlays.size() - 1, index + by));
        if (to != index) {
            GeoJsonOverlay o = overlays.remove(index);
            overlays.add(to, o);
            remember();
        }
    }

    /** A dataset was opened: its remembered layers come back (a file that has gone is said, and left out). */
    void datasetShown(Path file, boolean sameAsBefore) {
        if (sameAsBefore) {
            return;
        }
        dataset = file;
        basemap.set(null);
        overlays.clear();
        if (file == null || !settings.rememberPerDataset()) {
            return;
        }
        AppSettings.MapLayerList saved = settings.mapLayers(file);
        Path base = saved.basemap();
        List<AppSettings.SavedOverlay> wanted = saved.overlays();
        if (base == null && wanted.isEmpty()) {
            return;
        }
        tasks.run(progress -> {
            List<String> gone = new ArrayList<>();
            MbtilesSource source = null;
            if (base != null) {
                try {
                    source = MbtilesSource.open(base);
                } catch (BasemapFileException e) {
                    gone.add(e.getMessage());
                }
            }
            List<GeoJsonOverlay> read = new ArrayList<>();
            for (AppSettings.SavedOverlay o : wanted) {
                try {
                    read.add(GeoJsonOverlay.read(o.file(), o.style()));
                } catch (BasemapFileException e) {
                    gone.add(e.getMessage());
                }
            }
            return new Restored(file, source, read, gone);
        }, r -> {
            if (r.dataset().equals(dataset)) { // still the dataset they were saved for
                basemap.set(r.basemap());
                overlays.setAll(r.overlays());
            } else {
                closeQuietly(r.basemap());
            }
            if (!r.problems().isEmpty()) {
                dialogs.show(DialogService.Level.WARNING, "Map layers", "Some of this dataset's map layers could not"
                        + " be opened again; the others are shown.", String.join("\n\n", r.problems()));
            }
        }, e -> refused("layers", e));
    }

    private record Restored(Path dataset, MbtilesSource basemap, List<GeoJsonOverlay> overlays, List<String> problems) { }

    private void remember() {
        if (dataset != null && settings.rememberPerDataset()) {
            MbtilesSource b = basemap.get();
            settings.saveMapLayers(dataset, new AppSettings.MapLayerList(b == null ? null : b.file(),
                    overlays.stream().map(o -> new AppSettings.SavedOverlay(o.file(), o.style())).toList()));
        }
    }

    private void refused(String what, Throwable e) {
        String why = e instanceof BasemapFileException ? e.getMessage() : Messages.reason(e);
        dialogs.show(DialogService.Level.ERROR, "Map layers", "The " + what + " could not be used; the map is unchanged.", why);
    }

    /** "front-line.geojson" is the layer "front-line". */
    private static String nameOf(Path file) {
        String name = file.getFileName().toString().replaceFirst("(?i)\\.(geo)?json$", "");
        return name.isBlank() ? "layer" : name;
    }

    private static void closeQuietly(MbtilesSource s) {
        if (s != null) {
            s.close();
        }
    }

}
