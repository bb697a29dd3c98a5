package org.incidentatlas.places;

/**
 * The administrative areas a point lies in, each null when it lies in none of that level.
 *
 * @param province    the Iraqi governorate (OCHA spelling), or a neighbouring country's first-level unit
 * @param district    the Iraqi district (OCHA ADM2)
 * @param subdistrict the Iraqi sub-district (OCHA ADM3)
 */
public record AdminLocation(String province, String district, String subdistrict) {

    /** Outside every bundled area: the sea, or beyond the basemap's box. */
    public static final AdminLocation NOWHERE = new AdminLocation(null, null, null);

    public boolean isNowhere() {
        return province == null && district == null && subdistrict == null;
    }
}
