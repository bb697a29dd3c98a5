package org.incidentatlas.map;

import java.util.Set;

/**
 * What a drawn map view actually shows, so a still picture's legend explains only what can be seen in it.
 *
 * @param types    the incident types of the incidents in view
 * @param centres  a centre symbol is in view
 * @param rings    an uncertainty ring is drawn
 * @param wide     a marker carries the dashed "area wider than the view" edge
 * @param stacks   incidents at one point are drawn as one counted marker
 * @param clusters incidents are grouped into clusters
 */
public record ShownMarks(Set<String> types, boolean centres, boolean rings, boolean wide, boolean stacks,
                         boolean clusters) {

    /** Nothing drawn yet. */
    public static final ShownMarks NOTHING = new ShownMarks(Set.of(), false, false, false, false, false);

    public ShownMarks {
        types = Set.copyOf(types);
    }
}
