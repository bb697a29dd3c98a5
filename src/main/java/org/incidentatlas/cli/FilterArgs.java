package org.incidentatlas.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.incidentatlas.filter.FilteredRows;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.TextFold;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;

/**
 * The command line's filter flags, which mirror the window's filters: {@code --text}, {@code --from},
 * {@code --to}, {@code --type}, {@code --province}, {@code --actor} (the last three repeatable),
 * {@code --min-killed}, {@code --near CENTER_ID --km N}.
 */
final class FilterArgs {

    /** A flag the user got wrong: one line for stderr. */
    static final class BadArgument extends Exception {
        BadArgument(String message) {
            super(message, null, false, false);
        }
    }

    static final List<String> FLAGS = List.of("--text", "--from", "--to", "--type", "--province", "--actor",
            "--min-killed", "--near", "--km");

    private String text = "";
    private LocalDate from;
    private LocalDate to;
    private final Set<String> types = new LinkedHashSet<>();
    private final Set<String> provinces = new LinkedHashSet<>();
    private final Set<String> actors = new LinkedHashSet<>();
    private Integer minKilled;
    private String near;
    private Double km;

    static boolean isFilterFlag(String flag) {
        return FLAGS.contains(flag);
    }

    /** Takes one flag and its value. */
    void accept(String flag, String value) throws BadArgument {
        switch (flag) {
            case "--text" -> text = value;
            case "--from" -> from = date(flag, value);
            case "--to" -> to = date(flag, value);
            case "--type" -> types.add(value);
            case "--province" -> provinces.add(value);
            case "--actor" -> actors.add(value);
            case "--min-killed" -> minKilled = (int) number(flag, value, 0, Integer.MAX_VALUE);
            case "--near" -> near = value;
            case "--km" -> km = number(flag, value, 0, 40_000);
            default -> throw new BadArgument("unknown option " + flag);
        }
    }

    /** The filter, checked against what the dataset holds (an unknown type or province is a mistake). */
    IncidentFilter toFilter(Dataset d) throws BadArgument {
        Set<String> typeNames = known("type", types, d.incidents().stream().map(Incident::type).toList());
        Set<String> provinceNames = known("province", provinces,
                d.incidents().stream().map(Incident::province).filter(p -> p != null).toList());
        Set<String> actorNames = known("actor", actors, d.incidents().stream().flatMap(i -> i.actors().stream()).toList());
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadArgument("--to " + to + " is before --from " + from);
        }
        IncidentFilter.Near n = null;
        if (near != null || km != null) {
            if (near == null || km == null) {
                throw new BadArgument("--near CENTER_ID and --km N go together");
            }
            Center c = d.centers().stream().filter(x -> x.id().equals(near)).findFirst()
                    .orElseThrow(() -> new BadArgument("--near: no centre has the id \"" + near + "\"; "
                            + (d.centers().isEmpty() ? "this dataset has no centres"
                            : "the centres are: " + String.join(", ", d.centers().stream().map(Center::id).toList()))));
            n = new IncidentFilter.Near(c.id(), c.name(), c.lat(), c.lon(), km);
        }
        return IncidentFilter.NONE.withText(text).withDates(from, to).withTypes(typeNames).withProvinces(provinceNames)
                .withActors(actorNames).withMinKilled(minKilled).withNear(n);
    }

    /** What passes {@code f}, in the table's default order (date, then id). */
    static List<Incident> select(Dataset d, IncidentFilter f) {
        return FilteredRows.of(d, f, PlaceVariants.bundled()).incidents();
    }

    /** The centres {@code f} keeps (the filters that apply to a place), as the window's map shows them. */
    static List<Center> selectCentres(Dataset d, IncidentFilter f) {
        return FilteredRows.of(d, f, PlaceVariants.bundled()).centers();
    }

    /** A whole number from {@code min} to {@code max}; {@code what} says what it counts, for the error. */
    static int whole(String flag, String value, int min, int max, String what) throws BadArgument {
        try {
            int v = Integer.parseInt(value.strip());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new BadArgument(flag + " takes a whole number from " + min + " to " + max + " (" + what + "), not \"" + value + "\"");
    }

    /**
     * The dataset's own names for what was asked: an exact name, else every name that differs from it only in
     * case or accents ("kirkuk" is "Kirkuk", or "Kirkūk" in UCDP data), as the window's search matches.
     */
    private static Set<String> known(String what, Set<String> asked, List<String> present) throws BadArgument {
        Set<String> all = new TreeSet<>(present);
        Set<String> resolved = new LinkedHashSet<>();
        for (String a : asked) {
            if (all.contains(a)) {
                resolved.add(a);
                continue;
            }
            String folded = TextFold.fold(a).strip();
            List<String> alike = all.stream().filter(v -> TextFold.fold(v).strip().equals(folded)).toList();
            if (alike.isEmpty()) {
                String list = all.size() > 30 ? all.size() + " values" : String.join(", ", all);
                String article = "aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ";
                throw new BadArgument("--" + what + ": \"" + a + "\" is not " + article + what + " in this dataset (it has: "
                        + (all.isEmpty() ? "none" : list) + ")");
            }
            resolved.addAll(alike);
        }
        return resolved;
    }

    private static LocalDate date(String flag, String value) throws BadArgument {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                throw new BadArgument(flag + ": there is no such day as " + value);
            }
            throw new BadArgument(flag + " takes a date written YYYY-MM-DD, not \"" + value + "\"");
        }
    }

    private static double number(String flag, String value, double min, double max) throws BadArgument {
        try {
            double v = Double.parseDouble(value);
            if (v < min || v > max || Double.isNaN(v)) {
                throw new BadArgument(flag + " must be between " + (long) min + " and " + (long) max + ", not " + value);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new BadArgument(flag + " takes a number, not \"" + value + "\"");
        }
    }
}
