package org.incidentatlas.places;

/** What a place found by the lookup is: a point (a town, a site) or an area (an administrative unit). */
public enum PlaceKind {
    CITY_TOWN("city/town", false),
    VILLAGE("village", false),
    /** A named feature that is neither a settlement nor an area of its own: a camp, a gas field, a mountain range. */
    SITE("site", false),
    AIRPORT("airport", false),
    SUBDISTRICT("sub-district", true),
    DISTRICT("district", true),
    /** An Iraqi governorate (OCHA ADM1). */
    GOVERNORATE("governorate", true),
    /** A first-level unit of a neighbouring country (Natural Earth admin 1). */
    PROVINCE("province", true);

    private final String label;
    private final boolean area;

    PlaceKind(String label, boolean area) {
        this.label = label;
        this.area = area;
    }

    /** How the kind is shown beside a suggestion: "sub-district". */
    public String label() {
        return label;
    }

    /** True for administrative areas, whose point is an interior point of the area and not the place itself. */
    public boolean isArea() {
        return area;
    }
}
