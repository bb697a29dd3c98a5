package org.incidentatlas.importer;

import org.incidentatlas.model.GeoPrecision;

/** What a coordinate stands for and how far off it may be (null: no honest figure). See docs/import-mapping.md. */
record Placement(GeoPrecision precision, Double uncertaintyKm) {

    /** A named town, village or city point: the event was there, the point is the place's. */
    static final Placement TOWN = new Placement(GeoPrecision.TOWN, 5.0);
    /** A city point: cities spread further from their point than towns. */
    static final Placement CITY = new Placement(GeoPrecision.TOWN, 15.0);
    /** Near a known point, within about 25 km (UCDP where_prec 2; ACLED geo_precision 2). */
    static final Placement NEAR = new Placement(GeoPrecision.SUBDISTRICT, 25.0);
    static final Placement DISTRICT = new Placement(GeoPrecision.DISTRICT, null);
    static final Placement PROVINCE = new Placement(GeoPrecision.PROVINCE, null);
    static final Placement REGION = new Placement(GeoPrecision.REGION, null);
}
