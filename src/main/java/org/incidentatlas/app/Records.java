package org.incidentatlas.app;

import java.util.List;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Incident;
import org.incidentatlas.model.Quote;

/** Copies of records with one thing changed (the records are immutable and have many fields). */
final class Records {

    private Records() {
    }

    static Incident withId(Incident i, String id, String title) {
        return new Incident(id, title, i.type(), i.dateStart(), i.dateEnd(), i.datePrecision(), i.place(),
                i.province(), i.lat(), i.lon(), i.geoPrecision(), i.uncertaintyKm(), i.actors(), i.killed(),
                i.injured(), i.summary(), i.quotes(), i.tags(), i.notes());
    }

    /**
     * {@code r} as the analyst leaves it: an incident carries the saved marker "edited by the analyst", so that an
     * update from a newer export keeps it in a later session too (docs/updates-and-diffs.md).
     */
    static AtlasRecord byAnalyst(AtlasRecord r) {
        return r instanceof Incident i ? i.withAnalystEdited(true) : r;
    }

    static Center withId(Center c, String id, String name) {
        return new Center(id, name, c.kind(), c.lat(), c.lon(), c.geoPrecision(), c.uncertaintyKm(), c.province(),
                c.status(), c.quotes(), c.notes());
    }

    static AtlasRecord withQuotes(AtlasRecord r, List<Quote> quotes) {
        if (r instanceof Incident i) {
            // the origin and the analyst's marker stay: a quote added to an imported event keeps its source id
            return new Incident(i.id(), i.title(), i.type(), i.dateStart(), i.dateEnd(), i.datePrecision(), i.place(),
                    i.province(), i.lat(), i.lon(), i.geoPrecision(), i.uncertaintyKm(), i.actors(), i.killed(),
                    i.injured(), i.summary(), quotes, i.tags(), i.notes(), i.country(), i.sourceId(), i.analystEdited());
        }
        Center c = (Center) r;
        return new Center(c.id(), c.name(), c.kind(), c.lat(), c.lon(), c.geoPrecision(), c.uncertaintyKm(),
                c.province(), c.status(), quotes, c.notes());
    }
}
