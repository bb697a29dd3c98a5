package org.incidentatlas.briefing;

import java.util.List;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.map.MapFraming;
import org.incidentatlas.map.MapLayers;
import org.incidentatlas.map.density.DensityStyle;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;

/**
 * What one briefing shows: the filtered incidents (in the table's order) and centres, the filter that chose them,
 * the analyst's title, the page and the pixel density (1, 2 or 3), how the map is framed, and the analyst's own
 * map layers (an MBTiles basemap, GeoJSON overlays) or {@link MapLayers#NONE}, and the density view drawn in place
 * of the incident markers ({@code densityView}, null for the markers).
 */
public record BriefingRequest(Dataset dataset, List<Incident> incidents, List<Center> centers, IncidentFilter filter,
                              String title, PageSize size, int density, Framing framing, MapLayers layers,
                              DensityStyle densityView) {

    /** With the incident markers (no density view). */
    public BriefingRequest(Dataset dataset, List<Incident> incidents, List<Center> centers, IncidentFilter filter,
                           String title, PageSize size, int density, Framing framing, MapLayers layers) {
        this(dataset, incidents, centers, filter, title, size, density, framing, layers, null);
    }

    /** Over the bundled basemap alone. */
    public BriefingRequest(Dataset dataset, List<Incident> incidents, List<Center> centers, IncidentFilter filter,
                           String title, PageSize size, int density, Framing framing) {
        this(dataset, incidents, centers, filter, title, size, density, framing, MapLayers.NONE);
    }

    /** The same page over the analyst's own basemap and overlay layers (the window's {@code AtlasMap.layers()}). */
    public BriefingRequest withLayers(MapLayers newLayers) {
        return new BriefingRequest(dataset, incidents, centers, filter, title, size, density, framing, newLayers, densityView);
    }

    /** The same page with a density view (heatmap or hexagon counts) in place of the markers; null for markers. */
    public BriefingRequest withDensityView(DensityStyle view) {
        return new BriefingRequest(dataset, incidents, centers, filter, title, size, density, framing, layers, view);
    }

    /** Chooses the map's view once the page is laid out and the map's size is known. */
    @FunctionalInterface
    public interface Framing {
        MapFraming frame(int mapWidth, int mapHeight);

        /** Every incident in view (the centres when there are none; the data area when neither). */
        static Framing fitAll(List<Incident> incidents, List<Center> centers) {
            List<? extends AtlasRecord> shown = incidents.isEmpty() ? centers : incidents;
            return (w, h) -> MapFraming.fitting(shown, w, h);
        }

        /** The window's view of {@code width} x {@code height}, around the same centre (see {@link MapFraming#resizedFor}). */
        static Framing keep(MapFraming view, double width, double height) {
            return (w, h) -> view.resizedFor(width, height, w, h);
        }
    }

    public BriefingRequest {
        if (density < 1 || density > 3) {
            throw new IllegalArgumentException("pixel density " + density + "; 1, 2 or 3");
        }
        layers = layers == null ? MapLayers.NONE : layers;
        incidents = List.copyOf(incidents);
        centers = List.copyOf(centers);
        title = title == null || title.isBlank() ? dataset.title() : title.strip();
    }
}
