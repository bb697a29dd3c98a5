package org.incidentatlas.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;

/**
 * The rows a filter keeps: the one piece of code that the window, the command line and the briefing use to turn
 * a dataset and a filter into the incidents (in the table's default order) and centres they show and export.
 */
public final class FilteredRows {

    private FilteredRows() {
    }

    /** What a filter keeps of a dataset: incidents in the default order (date, then id) and centres. */
    public record Rows(List<Incident> incidents, List<Center> centers) {
        public Rows {
            incidents = List.copyOf(incidents);
            centers = List.copyOf(centers);
        }
    }

    /** Every incident of the dataset in the default order; sort once per dataset, then filter that list. */
    public static List<Incident> inDefaultOrder(List<Incident> incidents) {
        return incidents.stream().sorted(Incident.BY_DATE_THEN_ID).toList();
    }

    /**
     * The incidents of {@code ordered} that {@code f} keeps, in the same order; null when {@code cancelled}
     * became true on the way (a newer filter replaced this one).
     */
    public static List<Incident> incidents(List<Incident> ordered, IncidentFilter f, SearchIndex index,
                                           PlaceVariants places, BooleanSupplier cancelled) {
        if (f.isEmpty()) {
            return ordered;
        }
        Predicate<Incident> p = keeps(f, index, places);
        List<Incident> kept = new ArrayList<>();
        int n = 0;
        for (Incident i : ordered) {
            if ((++n & 0x3fff) == 0 && cancelled.getAsBoolean()) {
                return null;
            }
            if (p.test(i)) {
                kept.add(i);
            }
        }
        return kept;
    }

    /**
     * The test the rows pass: null when {@code f} keeps everything (so a live filtered list can skip testing).
     * The window's list filters with this, the command line and the briefing through {@link #incidents}.
     */
    public static Predicate<Incident> keeps(IncidentFilter f, SearchIndex index, PlaceVariants places) {
        return f.isEmpty() ? null : f.toPredicate(index, places);
    }

    /** The centres {@code f} keeps (only the filters that apply to a place), in the dataset's order. */
    public static List<Center> centers(List<Center> centers, IncidentFilter f, PlaceVariants places) {
        if (f.isEmpty()) {
            return centers;
        }
        return centers.stream().filter(f.toCenterPredicate(places)).toList();
    }

    /** Incidents and centres of {@code d} that {@code f} keeps, searched without a prepared index. */
    public static Rows of(Dataset d, IncidentFilter f, PlaceVariants places) {
        return new Rows(incidents(inDefaultOrder(d.incidents()), f, SearchIndex.onDemand(), places, () -> false),
                centers(d.centers(), f, places));
    }
}
