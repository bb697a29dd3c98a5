package org.incidentatlas.places;

import java.util.List;
import org.incidentatlas.model.GeoPrecision;

/**
 * A place the lookup can suggest, as read from one source (and, for a point, merged with the same place from
 * the others).
 *
 * @param spellings  every name it goes by, as written in the sources (the shown name first)
 * @param importance bigger first among equal matches: population for a town, area for an area
 * @param area       the outline, for an area; null for a point
 */
record Place(String name, PlaceKind kind, double lat, double lon, String province, String district,
             GeoPrecision precision, double uncertaintyKm, double importance, List<String> spellings, Area area) {

    Place {
        spellings = List.copyOf(spellings);
    }

    Place withSpellings(List<String> more) {
        return new Place(name, kind, lat, lon, province, district, precision, uncertaintyKm, importance, more, area);
    }

    Place withWhere(String newProvince, String newDistrict) {
        return new Place(name, kind, lat, lon, newProvince, newDistrict, precision, uncertaintyKm, importance,
                spellings, area);
    }

    Place withImportance(double newImportance) {
        return new Place(name, kind, lat, lon, province, district, precision, uncertaintyKm, newImportance,
                spellings, area);
    }
}
