package org.incidentatlas.places;

import java.util.ArrayList;
import java.util.List;

/** The administrative areas by level, to say which contain a point ({@link PlaceLookup#reverse}). */
final class AdminAreas {

    private final List<Place> subdistricts = new ArrayList<>();
    private final List<Place> districts = new ArrayList<>();
    /** Iraqi governorates first: inside Iraq they are what a dataset's province means. */
    private final List<Place> provinces = new ArrayList<>();

    AdminAreas(List<Place> areas) {
        List<Place> neighbours = new ArrayList<>();
        for (Place a : areas) {
            switch (a.kind()) {
                case SUBDISTRICT -> subdistricts.add(a);
                case DISTRICT -> districts.add(a);
                case GOVERNORATE -> provinces.add(a);
                case PROVINCE -> neighbours.add(a);
                default -> throw new IllegalArgumentException(a.name() + " is not an area");
            }
        }
        provinces.addAll(neighbours);
    }

    AdminLocation at(double lat, double lon) {
        return new AdminLocation(name(provinces, lat, lon), name(districts, lat, lon), name(subdistricts, lat, lon));
    }

    private static String name(List<Place> areas, double lat, double lon) {
        for (Place a : areas) {
            if (a.area().contains(lat, lon)) {
                return a.name();
            }
        }
        return null;
    }
}
