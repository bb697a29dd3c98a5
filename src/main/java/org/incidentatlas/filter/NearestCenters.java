package org.incidentatlas.filter;

import java.util.List;
import java.util.Locale;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Geo;
import org.incidentatlas.model.Incident;

/**
 * The coordination centre nearest to each incident, and how far it is (great-circle km): for the table's
 * columns, the sources pane, the CSV's {@code nearest_center}/{@code nearest_center_km} and the briefing's key.
 * The centres are the dataset's own or the reference centres attached to it; a plain scan, since a dataset has a
 * handful of centres (100,000 incidents against 10 centres is a million distances, a few milliseconds).
 */
public final class NearestCenters {

    /** An incident's nearest centre and the distance to it in km. */
    public record Nearest(Center center, double km) {

        /** The distance to one decimal, "12.3", the same in every locale (the CSV's and the key's figure). */
        public String kmText() {
            return NearestCenters.kmText(km);
        }
    }

    /** No centres: every answer is null. */
    public static final NearestCenters NONE = new NearestCenters(List.of());

    private final Center[] centers;

    public NearestCenters(List<Center> centers) {
        this.centers = centers.toArray(Center[]::new);
    }

    public boolean isEmpty() {
        return centers.length == 0;
    }

    /** The nearest centre to the incident's point, or null when there are no centres. */
    public Nearest of(Incident i) {
        return of(i.lat(), i.lon());
    }

    /** The nearest centre to (lat, lon); of two at the same distance, the first in the list. Null when none. */
    public Nearest of(double lat, double lon) {
        Center best = null;
        double bestKm = Double.POSITIVE_INFINITY;
        for (Center c : centers) {
            double km = Geo.distanceKm(lat, lon, c.lat(), c.lon());
            if (km < bestKm) {
                best = c;
                bestKm = km;
            }
        }
        return best == null ? null : new Nearest(best, bestKm);
    }

    /** A distance to one decimal with a point, whatever the locale. */
    public static String kmText(double km) {
        return String.format(Locale.ROOT, "%.1f", km);
    }
}
