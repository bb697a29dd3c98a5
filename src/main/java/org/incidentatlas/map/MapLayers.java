package org.incidentatlas.map;

import java.util.List;
import org.incidentatlas.map.basemap.Attribution;
import org.incidentatlas.map.basemap.GeoJsonOverlay;
import org.incidentatlas.map.basemap.MbtilesSource;

/**
 * The analyst's own layers over the bundled basemap: an MBTiles raster base (or none) and GeoJSON overlays,
 * bottom first. What a briefing or the command line hands to the map picture; the window's {@link AtlasMap}
 * holds the same two as properties.
 */
public record MapLayers(MbtilesSource basemap, List<GeoJsonOverlay> overlays) {

    public static final MapLayers NONE = new MapLayers(null, List.of());

    public MapLayers {
        overlays = List.copyOf(overlays);
    }

    /** The overlays that are switched on, bottom first. */
    public List<GeoJsonOverlay> shown() {
        return overlays.stream().filter(o -> o.style().visible()).toList();
    }

    /**
     * The credit the map must show: the MBTiles file's own attribution first (or its name, when the file gives
     * none: the analyst must then credit it), then the bundled data's.
     */
    public String attribution() {
        return attribution(basemap);
    }

    static String attribution(MbtilesSource basemap) {
        if (basemap == null) {
            return Attribution.TEXT;
        }
        String own = basemap.attribution() == null
                ? "Basemap: " + basemap.name() + " (the file gives no attribution)."
                : "Basemap: " + basemap.attribution() + ".";
        return own + " " + Attribution.TEXT;
    }
}
