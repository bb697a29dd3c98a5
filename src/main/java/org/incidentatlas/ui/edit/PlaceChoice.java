package org.incidentatlas.ui.edit;

import org.incidentatlas.model.GeoPrecision;

/**
 * A place the offline lookup offers for what the analyst typed, with what picking it fills in.
 *
 * @param name   the place's name as the gazetteer or basemap spells it
 * @param detail what it is and where ("town, Kirkuk", "sub-district of Daquq, Kirkuk"; "also spelt Altun Kupri")
 */
public record PlaceChoice(String name, String detail, double lat, double lon, String province, GeoPrecision precision,
                          Double uncertaintyKm) {

    @Override
    public String toString() {
        return name + " \u2014 " + detail;
    }
}
