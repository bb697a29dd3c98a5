package org.incidentatlas.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.model.Incident;

/**
 * The incidents of a playback's earlier frames, shown faded under a frame: what the filter keeps from the
 * playback's start to the day before the frame begins, less what the frame itself shows (an incident whose dates
 * reach into the frame is the frame's). The window, the GIF from the window and the command line all ask here, so
 * they fade the same incidents.
 */
public final class EarlierFrames {

    private EarlierFrames() {
    }

    /**
     * The earlier frames' incidents, in the order of {@code ordered}; empty when the frame begins at the start (a
     * cumulative playback has none); null when {@code cancelled} became true on the way.
     *
     * @param filter the frame's filter (its dates are replaced here)
     * @param keeps  the test a filter's rows pass (the window's prepared search; null from it: everything)
     */
    public static List<Incident> of(List<Incident> ordered, IncidentFilter filter, PlaybackPlan plan,
                                    PlaybackPlan.Frame frame, Function<IncidentFilter, Predicate<Incident>> keeps,
                                    BooleanSupplier cancelled) {
        LocalDate end = plan.earlierEnd(frame);
        if (end == null) {
            return List.of();
        }
        Predicate<Incident> before = orAll(keeps.apply(filter.withDates(plan.start(), end)));
        Predicate<Incident> now = orAll(keeps.apply(filter.withDates(frame.from(), frame.to())));
        List<Incident> kept = new ArrayList<>();
        int n = 0;
        for (Incident i : ordered) {
            if ((++n & 0x3fff) == 0 && cancelled.getAsBoolean()) {
                return null;
            }
            if (before.test(i) && !now.test(i)) {
                kept.add(i);
            }
        }
        return kept;
    }

    private static Predicate<Incident> orAll(Predicate<Incident> p) {
        return p == null ? i -> true : p;
    }
}
