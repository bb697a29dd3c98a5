package org.incidentatlas.app;

import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.map.basemap.AdminAreas;
import org.incidentatlas.map.geo.Mercator;

/**
 * The area filter's test: the choropleth's own point-in-polygon ({@link AdminAreas#areaOf}, the grid lookup the
 * counts come from), so the filtered count is the area's figure to the incident. The areas are read on the first
 * test, not when the filter is made (a remembered filter read back at start-up costs nothing until used).
 */
final class AreaFilters {

    private AreaFilters() {
    }

    static IncidentFilter.Area of(AdminAreas.Level level, int index, String name) {
        return new IncidentFilter.Area(level.noun(), index, name, (lat, lon) ->
                AdminAreas.bundled(level).areaOf(Mercator.x(lon), Mercator.y(lat)) == index);
    }

    static IncidentFilter.Area of(AdminAreas.Level level, int index) {
        return of(level, index, AdminAreas.bundled(level).name(index));
    }

    /** The level an {@link IncidentFilter.Area} names ("district"), or null for none known. */
    static AdminAreas.Level level(String noun) {
        for (AdminAreas.Level l : AdminAreas.Level.values()) {
            if (l.noun().equals(noun)) {
                return l;
            }
        }
        return null;
    }
}
