package org.incidentatlas.filter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Spellings of the same place, from the gazetteer ({@code assets/data/gazetteer.csv}): a search for one finds
 * the others, so "Mexmur" or "Makhmur" finds "Makhmour" and "Ninawa" finds "Nineveh". The bundled set adds the
 * alias table's actor and province names ({@link Aliases}): "Daesh" finds "ISIS", "Kirkuk" finds "At-Ta'mim".
 */
public final class PlaceVariants {

    private static final String RESOURCE = "gazetteer.csv";
    private static volatile PlaceVariants bundled;

    /** Folded spelling to all folded spellings of that place (itself included). */
    private final Map<String, Set<String>> groups = new HashMap<>();

    /** The place spellings alone, without any alias table's names, to build {@link #withAliases} from. */
    private final List<Set<String>> placeSpellings;

    public PlaceVariants(List<? extends Set<String>> spellings) {
        this(spellings, null);
    }

    private PlaceVariants(List<? extends Set<String>> places, Aliases aliases) {
        this.placeSpellings = places.stream().map(s -> (Set<String>) new LinkedHashSet<>(s)).toList();
        List<Set<String>> spellings = new ArrayList<>(placeSpellings);
        if (aliases != null) {
            // an actor's or province's names are spellings of one another too (Daesh finds ISIS)
            spellings.addAll(aliases.searchSpellings());
        }
        for (Set<String> group : spellings) {
            Set<String> folded = new LinkedHashSet<>();
            group.forEach(s -> {
                String f = TextFold.fold(s).trim();
                if (!f.isEmpty()) {
                    folded.add(f);
                }
            });
            for (String f : folded) {
                groups.merge(f, folded, (a, b) -> {
                    Set<String> both = new LinkedHashSet<>(a);
                    both.addAll(b);
                    return both;
                });
            }
        }
    }

    /** The gazetteer shipped with the app. */
    public static PlaceVariants bundled() {
        PlaceVariants p = bundled;
        if (p == null) {
            try (InputStream in = PlaceVariants.class.getResourceAsStream(RESOURCE)) {
                List<Set<String>> spellings = new ArrayList<>();
                if (in != null) {
                    spellings.addAll(groupsOf(new InputStreamReader(in, StandardCharsets.UTF_8)));
                }
                p = new PlaceVariants(spellings, Aliases.bundled());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = p;
        }
        return p;
    }

    /** These place spellings with {@code aliases}' names instead of any table's they had (a dataset's own). */
    public PlaceVariants withAliases(Aliases aliases) {
        return new PlaceVariants(placeSpellings, aliases);
    }

    /** Reads a gazetteer CSV with {@code name} and {@code name_variants} ("A; B (note); C") columns. */
    public static PlaceVariants read(Reader csv) throws IOException {
        return new PlaceVariants(groupsOf(csv));
    }

    private static List<Set<String>> groupsOf(Reader csv) throws IOException {
        List<Set<String>> out = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            Set<String> names = new LinkedHashSet<>();
            names.add(stripNotes(r.get("name")));
            for (String v : r.get("name_variants").split(";")) {
                names.add(stripNotes(v));
            }
            out.add(names);
        }
        return out;
    }

    private static String stripNotes(String s) {
        return s.replaceAll("\\([^)]*\\)", "").trim();
    }

    /** The spellings a folded search term stands for: itself, plus its variants when it names a place. */
    public Set<String> alternatives(String foldedTerm) {
        Set<String> g = groups.get(foldedTerm);
        return g == null ? Set.of(foldedTerm) : g;
    }

    public boolean isPlace(String foldedTerm) {
        return groups.containsKey(foldedTerm);
    }
}
