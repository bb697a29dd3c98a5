package org.incidentatlas.app;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.StringProperty;
import org.incidentatlas.filter.IncidentFilter;

/**
 * Filter inputs as the analyst types them, checked as the command line checks its flags: a wrong value is said,
 * never silently changed into another.
 */
final class FilterInputs {

    static final int MAX_KM = 2000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private FilterInputs() {
    }

    /** A whole number of people from 0 up; otherwise {@code problem} says why and nothing is returned. */
    static Optional<Integer> minKilled(String typed, StringProperty problem) {
        String s = typed == null ? "" : typed.strip();
        if (s.isEmpty()) {
            problem.set("");
            return Optional.of(0);
        }
        Optional<Long> n = whole(s);
        if (n.isEmpty()) {
            problem.set("\u201cAt least N killed\u201d takes a whole number of people, not \u201c" + s
                    + "\u201d; type 0 for no limit.");
            return Optional.empty();
        }
        if (n.get() < 0) {
            problem.set("\u201cAt least N killed\u201d cannot be " + s + ": type 0 (no limit) or more.");
            return Optional.empty();
        }
        if (n.get() > 1_000_000) {
            problem.set("\u201cAt least N killed\u201d is at most 1,000,000, not " + s + ".");
            return Optional.empty();
        }
        problem.set("");
        return Optional.of(n.get().intValue());
    }

    /** A whole number of kilometres from 1 to {@value #MAX_KM}; otherwise {@code problem} says why. */
    static Optional<Integer> km(String typed, StringProperty problem) {
        String s = typed == null ? "" : typed.strip();
        Optional<Long> n = whole(s);
        if (n.isEmpty() || n.get() < 1 || n.get() > MAX_KM) {
            problem.set("\u201cWithin N km\u201d takes a whole number of kilometres from 1 to 2,000, not \u201c" + s + "\u201d.");
            return Optional.empty();
        }
        problem.set("");
        return Optional.of(n.get().intValue());
    }

    /** What is wrong with a filter as a whole (To before From), or empty. */
    static String problem(IncidentFilter f) {
        if (f.datesReversed()) {
            return "To (" + DAY.format(f.to()) + ") is before From (" + DAY.format(f.from())
                    + "): no incident can pass; change one of them.";
        }
        return "";
    }

    private static Optional<Long> whole(String s) {
        if (!s.matches("[+-]?[0-9]{1,12}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(s));
    }
}
