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
 * the analyst's title, the page and the pixel density (1, 2 or 3), how the map is framed, the analyst's own
 * map layers (an MBTiles basemap, GeoJSON overlays) or {@link MapLayers#NONE}, the key, the centres each
 * incident's nearest centre is found among (the dataset's own or the reference centres attached to it; its own
 * unless given), and the density view drawn in place of the incident markers ({@code densityView}, null for the
 * markers), what the page says of a comparison set ({@code changes}: "7 new, 3 changed since 12 Nov 2026"; null
 * when nothing is compared), and a playback's earlier frames drawn faded under the markers ({@code earlier}, none:
 * empty).
 */
public record BriefingRequest(Dataset dataset, List<Incident> incidents, List<Center> centers, IncidentFilter filter,
                              String title, PageSize size, int density, Framing framing, MapLayers layers,
                              BriefingKey.KeyOptions key, List<Center> measuredFrom, DensityStyle densityView,
                              String changes, List<Incident> earlier) {

    /** With nothing compared and no earlier frames. */
    public BriefingRequest(Dataset dataset, List<Incident> incidents, List<Center> centers, IncidentFilter filter,
                           String title, PageSize size, int density, Framing framing, MapLayers layers,
                           BriefingKey.KeyOptions key, List<Center> measuredFrom, DensityStyle densityView) {
        this(dataset, incidents, centers, filter, title, size, density, framing, layers, key, measuredFrom, densityView,
                null, List.of());
    }

    /** With the default key, nearest centres among the dataset's own, the incident markers. */
    public BriefingRequest(Dataset dataset, List<Incident> incidents, List<Center> centers, IncidentFilter filter,
                           String title, PageSize size, int density, Framing framing, MapLayers layers) {
        this(dataset, incidents, centers, filter, title, size, density, framing, layers, BriefingKey.KeyOptions.DEFAULT,
                null, null);
    }

    /** Over the bundled basemap alone. */
    public BriefingRequest(Dataset dataset, List<Incident> incidents, List<Center> centers, IncidentFilter filter,
                           String title, PageSize size, int density, Framing framing) {
        this(dataset, incidents, centers, filter, title, size, density, framing, MapLayers.NONE);
    }

    /** The same page over the analyst's own basemap and overlay layers (the window's {@code AtlasMap.layers()}). */
    public BriefingRequest withLayers(MapLayers newLayers) {
        return new BriefingRequest(dataset, incidents, centers, filter, title, size, density, framing, newLayers, key,
                measuredFrom, densityView, changes, earlier);
    }

    /** The same page with another key. */
    public BriefingRequest withKey(BriefingKey.KeyOptions newKey) {
        return new BriefingRequest(dataset, incidents, centers, filter, title, size, density, framing, layers, newKey,
                measuredFrom, densityView, changes, earlier);
    }

    /** The same page at another size and density (the PDF's map). */
    public BriefingRequest withSize(PageSize newSize, int newDensity) {
        return new BriefingRequest(dataset, incidents, centers, filter, title, newSize, newDensity, framing, layers, key,
                measuredFrom, densityView, changes, earlier);
    }

    /** Nearest centres found among {@code all} (the reference centres attached to the dataset). */
    public BriefingRequest withMeasuredFrom(List<Center> all) {
        return new BriefingRequest(dataset, incidents, centers, filter, title, size, density, framing, layers, key, all,
                densityView, changes, earlier);
    }

    /** The same page with a density view (heatmap or hexagon counts) in place of the markers; null for markers. */
    public BriefingRequest withDensityView(DensityStyle view) {
        return new BriefingRequest(dataset, incidents, centers, filter, title, size, density, framing, layers, key,
                measuredFrom, view, changes, earlier);
    }

    /** The same page saying {@code line} of the comparison set ("7 new since 12 Nov 2026"); null for none. */
    public BriefingRequest withChanges(String line) {
        return new BriefingRequest(dataset, incidents, centers, filter, title, size, density, framing, layers, key,
                measuredFrom, densityView, line, earlier);
    }

    /** The same page with a playback's earlier frames drawn faded under the markers (empty: none). */
    public BriefingRequest withEarlier(List<Incident> faded) {
        return new BriefingRequest(dataset, incidents, centers, filter, title, size, density, framing, layers, key,
                measuredFrom, densityView, changes, faded);
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
        key = key == null ? BriefingKey.KeyOptions.DEFAULT : key;
        measuredFrom = List.copyOf(measuredFrom == null ? dataset.centers() : measuredFrom);
        incidents = List.copyOf(incidents);
        centers = List.copyOf(centers);
        earlier = earlier == null ? List.of() : List.copyOf(earlier);
        title = title == null || title.isBlank() ? dataset.title() : title.strip();
        changes = changes == null || changes.isBlank() ? null : changes.strip();
    }
}
