package org.incidentatlas.importer;

import org.incidentatlas.model.DatePrecision;

/**
 * UCDP GED's codes (codebook 19.1) and what they become; {@code docs/import-mapping.md} gives the reasons.
 */
final class UcdpCodes {

    private UcdpCodes() {
    }

    /** type_of_violence 1-3 as the dataset's lower-case type. */
    static String violence(String code) throws RowRejected {
        return switch (code) {
            case "1" -> "state-based conflict";
            case "2" -> "non-state conflict";
            case "3" -> "one-sided violence";
            default -> throw new RowRejected("type_of_violence is \"" + code
                    + "\"; UCDP uses 1 (state-based conflict), 2 (non-state conflict) and 3 (one-sided violence).");
        };
    }

    /** date_prec 1-5: exact day; 2-6 days; a known week; a known month (8-30 days); longer, up to a year. */
    static DatePrecision datePrecision(String code) throws RowRejected {
        return switch (code) {
            case "1" -> DatePrecision.DAY;
            case "2", "3" -> DatePrecision.WEEK;
            case "4" -> DatePrecision.MONTH;
            case "5" -> DatePrecision.YEAR;
            default -> throw new RowRejected("date_prec is \"" + code + "\"; UCDP uses 1 to 5.");
        };
    }

    static String dateMeaning(String code) {
        return switch (code) {
            case "1" -> "the exact day is known";
            case "2" -> "the event fell in a span of 2 to 6 days";
            case "3" -> "only the week is known";
            case "4" -> "only the month, or a span of 8 to 30 days, is known";
            default -> "only a span longer than a month, or the year, is known";
        };
    }

    /**
     * where_prec 1-7. UCDP names its points "X town", "X city", "X village": a city's point stands for a larger
     * area than a town's, hence the wider figure.
     */
    static Placement placement(String code, String place) throws RowRejected {
        return switch (code) {
            case "1" -> place.endsWith(" city") ? Placement.CITY : Placement.TOWN;
            case "2" -> Placement.NEAR;
            case "3" -> Placement.DISTRICT;
            case "4" -> Placement.PROVINCE;
            case "5", "6", "7" -> Placement.REGION;
            default -> throw new RowRejected("where_prec is \"" + code + "\"; UCDP uses 1 to 7.");
        };
    }

    static String whereMeaning(String code) {
        return switch (code) {
            case "1" -> "at the place named";
            case "2" -> "within about 25 km of the place named";
            case "3" -> "somewhere in the second-order administrative unit (district) named; the point is its centroid";
            case "4" -> "somewhere in the first-order administrative unit (province) named; the point is its centroid";
            case "5" -> "in a part of the country larger than a province, between places, or near a place only loosely given";
            case "6" -> "somewhere in the country; the point is its centroid";
            default -> "over water or in international airspace";
        };
    }
}
