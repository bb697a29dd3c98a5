package org.incidentatlas.model;

import java.util.List;

/** A coordination, command, advisory or operations centre. */
public record Center(String id, String name, String kind, double lat, double lon, GeoPrecision geoPrecision,
                     Double uncertaintyKm, String province, String status, List<Quote> quotes, String notes)
        implements AtlasRecord {

    public Center {
        quotes = List.copyOf(quotes);
    }

    @Override
    public String label() {
        return name;
    }
}
