package org.incidentatlas.places;

import org.incidentatlas.model.DisplayText;
import org.incidentatlas.model.GeoPrecision;

/**
 * One suggestion of the place lookup, with what an incident placed there takes from it.
 *
 * @param name          the place's name as shown ("Prde (Altun Kupri)", "Altun Qupri")
 * @param matched       the spelling that matched what was typed ("Pirde", "التون كوبري"), as written in the source
 * @param match         how it matched: the whole spelling, its start, the start of a later word in it, or
 *                      another transliteration of it
 * @param province      the governorate in OCHA spelling as the dataset uses it ("Al-Sulaymaniyah"), the
 *                      first-level unit outside Iraq, or null when the place lies in none of the bundled areas
 * @param district      the district (OCHA ADM2) the point lies in, or null outside Iraq
 * @param precision     what the point stands for: {@link GeoPrecision#TOWN} for a town, the area's level for an area
 * @param uncertaintyKm how far the event may be from the point, km (docs/authoring.md says how it is found)
 */
public record PlaceMatch(String name, String matched, MatchType match, PlaceKind kind, double lat, double lon,
                         String province, String district, GeoPrecision precision, double uncertaintyKm) {

    /** How a spelling matched what was typed, best first. */
    public enum MatchType {
        /** The whole spelling, case and accents aside. */
        EXACT,
        /** The start of the spelling. */
        PREFIX,
        /** The start of a later word of the spelling ("kupri" in "Altun Kupri"). */
        WORD,
        /** The same consonants in the same order: another transliteration ("Zakhu" for "Zakho"). */
        SIMILAR
    }

    /**
     * "Altun Qupri (sub-district, Kirkuk) — as “Prde”": a line for a list of suggestions, made safe to show
     * ({@link DisplayText#safe}: the sources are data, and a name could carry a direction override).
     */
    public String describe() {
        String where = province == null ? kind.label() : kind.label() + ", " + province;
        String alias = matched.equalsIgnoreCase(name) ? "" : " \u2014 as \u201c" + matched + "\u201d";
        return DisplayText.safe(name + " (" + where + ")" + alias);
    }
}
