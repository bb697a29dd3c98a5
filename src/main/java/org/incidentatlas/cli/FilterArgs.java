package org.incidentatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.incidentatlas.app.Comparisons;
import org.incidentatlas.app.ReferenceCenters;
import org.incidentatlas.changes.DatasetDiff;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.OutputGuard;
import org.incidentatlas.dataset.Problem;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.filter.Aliases;
import org.incidentatlas.filter.FilteredRows;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.TextFold;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.filter.SearchIndex;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import picocli.CommandLine.Option;

/**
 * The command line's filter flags, which mirror the window's filters: {@code --text}, {@code --from},
 * {@code --to}, {@code --type}, {@code --province}, {@code --actor} (the last three repeatable),
 * {@code --min-killed} with {@code --killed-figure low|best|high}, {@code --country} (repeatable),
 * {@code --near CENTER_ID --km N}, {@code --new-since OLD.json} or {@code --new-or-changed-since OLD.json} (the
 * incidents new, or new or changed, since an earlier version, as {@code diff} finds them). A picocli mixin of the commands that filter; each
 * value is checked as it is read, the names against the dataset once it is open.
 */
final class FilterArgs {

    /** The most "at least N killed" takes, as the window's field. */
    static final int MAX_KILLED = 1_000_000;
    /** Half the Earth's circumference: farther than this is everywhere. */
    static final double MAX_KM = 20_000;

    @Option(names = "--text", order = 13, paramLabel = "T", description = "free text: titles, places, actors, quotes"
            + " (accent- and case-insensitive, gazetteer spellings)")
    private String text = "";
    private LocalDate from;
    private LocalDate to;
    @Option(names = "--type", order = 16, paramLabel = "T", description = "an incident type; repeatable")
    private List<String> types = new ArrayList<>();
    @Option(names = "--province", order = 17, paramLabel = "P", description = "a province; repeatable")
    private List<String> provinces = new ArrayList<>();
    @Option(names = "--actor", order = 18, paramLabel = "A", description = "an actor; repeatable")
    private List<String> actors = new ArrayList<>();
    @Option(names = "--country", order = 22, paramLabel = "C",
            description = "a country, as the imported source names it; repeatable")
    private List<String> countries = new ArrayList<>();
    private Integer minKilled;
    private Casualties.Figure killedFigure = Casualties.Figure.LOW;
    @Option(names = "--near", order = 20, paramLabel = "CENTER_ID",
            description = "within --km of this coordination centre")
    private String near;
    private Double km;
    private ReferenceCenters.Choice centres = ReferenceCenters.Choice.AUTO;
    @Option(names = "--new-since", order = 24, paramLabel = "OLD.json",
            description = "only the incidents new since this earlier version of the dataset (matched as diff matches)")
    private Path newSince;
    @Option(names = "--new-or-changed-since", order = 25, paramLabel = "OLD.json",
            description = "only the incidents new or changed since this earlier version of the dataset")
    private Path changedSince;
    /** The diff with the earlier version, once {@link #toFilter} has read it; null without either flag. */
    private DatasetDiff since;
    private LocalDate sinceDay;

    @Option(names = {"--centres", "--centers"}, order = 22, paramLabel = "auto|bundled|own",
            description = "the coordination centres to measure against: the dataset's own, else the bundled JCCs"
            + " when its incidents are in their region (auto, the default); the dataset's and the bundled ones"
            + " (bundled); the dataset's own only (own)")
    void centres(String value) throws BadArgument {
        ReferenceCenters.Choice c = ReferenceCenters.Choice.parse(value);
        if (c == null) {
            throw new BadArgument("--centres takes auto, bundled or own, not \"" + value + "\"");
        }
        centres = c;
    }

    /**
     * The dataset with the centres {@code --centres} asks for in place of its own (in memory only), so that
     * {@code --near}, the nearest-centre columns and the briefing's centres work on imported data too.
     */
    Dataset withCentres(Dataset d) {
        List<Center> chosen = ReferenceCenters.ofThisRun().forDataset(d, centres);
        return chosen.equals(d.centers()) ? d : ReferenceCenters.attach(d, chosen);
    }

    @Option(names = "--from", order = 14, paramLabel = "YYYY-MM-DD", description = "on or after this day")
    void from(String value) throws BadArgument {
        from = ArgValues.date("--from", value);
    }

    @Option(names = "--to", order = 15, paramLabel = "YYYY-MM-DD", description = "on or before this day")
    void to(String value) throws BadArgument {
        to = ArgValues.date("--to", value);
    }

    @Option(names = "--min-killed", order = 19, paramLabel = "N",
            description = "at least N killed (by --killed-figure, the low figure unless told), 0 to "
            + MAX_KILLED)
    void minKilled(String value) throws BadArgument {
        minKilled = ArgValues.whole("--min-killed", value, 0, MAX_KILLED, "people killed");
    }

    @Option(names = "--killed-figure", order = 23, paramLabel = "low|best|high",
            description = "which figure --min-killed compares: low (the default), best (the source's best estimate,"
            + " low where none is given) or high (an open-ended figure reaches any N)")
    void killedFigure(String value) throws BadArgument {
        try {
            killedFigure = Casualties.Figure.fromKey(value);
        } catch (IllegalArgumentException e) {
            throw new BadArgument("--killed-figure takes low, best or high, not \"" + value + "\"");
        }
    }

    @Option(names = "--km", order = 21, paramLabel = "N",
            description = "kilometres for --near, 0 to 20000, decimals allowed")
    void km(String value) throws BadArgument {
        km = ArgValues.decimal("--km", value, 0, MAX_KM, "kilometres");
    }

    /** The filter, checked against what the dataset holds (an unknown type or province is a mistake). */
    IncidentFilter toFilter(Dataset d) throws BadArgument {
        Aliases aliases = Aliases.bundled().with(d.aliases());
        Set<String> typeNames = known("type", new LinkedHashSet<>(types), d.incidents().stream().map(Incident::type).toList(),
                aliases);
        Set<String> provinceNames = known("province", new LinkedHashSet<>(provinces),
                d.incidents().stream().map(Incident::province).filter(p -> p != null).toList(), aliases);
        Set<String> countryNames = known("country", new LinkedHashSet<>(countries),
                d.incidents().stream().map(Incident::country).filter(c -> c != null).toList(), aliases);
        Set<String> actorNames = known("actor", new LinkedHashSet<>(actors),
                d.incidents().stream().flatMap(i -> i.actors().stream()).toList(), aliases);
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
                .withActors(actorNames).withMinKilled(minKilled).withNear(n).withCountries(countryNames)
                .withKilledFigure(killedFigure).withSince(since(d));
    }

    /** The earlier version named by --new-since or --new-or-changed-since, or null. */
    Path sinceFile() {
        return newSince != null ? newSince : changedSince;
    }

    /** The dataset and the earlier version compared with, as inputs no output may overwrite. */
    List<OutputGuard.Input> inputs(Path dataset) {
        List<OutputGuard.Input> out = new ArrayList<>(Cli.datasetInput(dataset));
        if (sinceFile() != null) {
            out.add(new OutputGuard.Input(sinceFile(), "the earlier version compared with"));
        }
        return out;
    }

    /** "Only new since": the earlier version read (refused with its first error) and compared with {@code d}. */
    private IncidentFilter.Since since(Dataset d) throws BadArgument {
        if (newSince != null && changedSince != null) {
            throw new BadArgument("--new-since and --new-or-changed-since: give one of them");
        }
        Path old = sinceFile();
        if (old == null) {
            return null;
        }
        String flag = newSince != null ? "--new-since" : "--new-or-changed-since";
        ReadResult r = new DatasetReader().read(old);
        if (!r.ok()) {
            Problem first = r.errors().get(0);
            throw new BadArgument(flag + ": " + old + " cannot be compared with: " + r.errorCount() + " error(s), the"
                    + " first: " + first.where() + ": " + first.message() + " Run \"validate " + old + "\" for all");
        }
        try {
            sinceDay = Comparisons.day(old);
        } catch (IOException e) {
            throw new BadArgument(flag + ": " + old + " cannot be read: " + e.getMessage());
        }
        since = DatasetDiff.of(r.dataset().incidents(), d.incidents());
        boolean changedToo = changedSince != null;
        return new IncidentFilter.Since(changedToo, old.getFileName() + " (" + Comparisons.SHOWN.format(sinceDay) + ")",
                since.newIds(changedToo));
    }

    /** What a briefing of {@code shown} says of the earlier version ("7 new since 12 Nov 2026"); null without one. */
    String changesLine(List<Incident> shown) {
        return since == null ? null : since.briefingLine(shown, sinceDay);
    }

    /** What passes {@code f}, in the table's default order (date, then id). */
    static List<Incident> select(Dataset d, IncidentFilter f) {
        return FilteredRows.of(d, f, places(d)).incidents();
    }

    /** The centres {@code f} keeps (the filters that apply to a place), as the window's map shows them. */
    static List<Center> selectCentres(Dataset d, IncidentFilter f) {
        return FilteredRows.of(d, f, places(d)).centers();
    }

    /** The test the rows of a filter over {@code d} pass, as {@link #select} filters with (null: everything). */
    static Function<IncidentFilter, Predicate<Incident>> keeps(Dataset d) {
        PlaceVariants places = places(d);
        return f -> FilteredRows.keeps(f, SearchIndex.onDemand(), places);
    }

    /** The search's spellings: the gazetteer's and the alias table's, with the dataset's own aliases. */
    private static PlaceVariants places(Dataset d) {
        return d.aliases().isEmpty() ? PlaceVariants.bundled()
                : PlaceVariants.bundled().withAliases(Aliases.bundled().with(d.aliases()));
    }

    /**
     * The dataset's own names for what was asked: an exact name, else every name that differs from it only in
     * case or accents ("kirkuk" is "Kirkuk", or "Kirkūk" in UCDP data), as the window's search matches.
     */
    private static Set<String> known(String what, Set<String> asked, List<String> present, Aliases aliases)
            throws BadArgument {
        Set<String> all = new TreeSet<>(present);
        Set<String> resolved = new LinkedHashSet<>();
        for (String a : asked) {
            if (all.contains(a)) {
                resolved.add(a);
                continue;
            }
            String folded = TextFold.fold(a).strip();
            // the same name but for case and accents, or one of its aliases (docs/aliases.md): --actor Daesh
            // finds "ISIS militants" and UCDP's "IS", --province Nineveh finds "Nīnawá"
            List<String> alike = all.stream().filter(v -> TextFold.fold(v).strip().equals(folded)
                    || aliases.matches(what, a, v)).toList();
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
}
