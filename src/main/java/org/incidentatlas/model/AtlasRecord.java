package org.incidentatlas.model;

import java.util.List;

/** What the map, the table and the quote pane can select: an incident or a centre. */
public sealed interface AtlasRecord permits Incident, Center {

    String id();

    /** The name a person reads: an incident's title or a centre's name. */
    String label();

    double lat();

    double lon();

    GeoPrecision geoPrecision();

    Double uncertaintyKm();

    String province();

    List<Quote> quotes();

    String notes();
}
