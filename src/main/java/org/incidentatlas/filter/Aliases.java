package org.incidentatlas.filter;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.incidentatlas.model.AliasTable;

/**
 * One actor or province under all its names (ISIS, ISIL, Daesh, Islamic State (Iraq) and UCDP's "IS"; Kirkuk,
 * Kirkūk and At-Ta'mim), from the bundled table {@code assets/data/aliases.csv} (documented in docs/aliases.md).
 * The text search takes each group's names as spellings of one another ({@link PlaceVariants#bundled()}); the
 * command line's {@code --actor} and {@code --province} take any name of a group for every name of it in the
 * dataset. A name marked exact-only (UCDP's "IS") is matched only as a whole actor name, never as a search word.
 */
public final class Aliases {

    private static final String RESOURCE = "aliases.csv";
    private static volatile Aliases bundled;

    /**
     * One canonical name with its folded variants; {@code exact} the folded names matched only whole;
     * {@code spelled} every name as the table writes it (canonical first), to show.
     */
    public record Group(String kind, String canonical, Set<String> names, Set<String> exact, List<String> spelled) {
        public Group {
            names = Set.copyOf(names);
            exact = Set.copyOf(exact);
            spelled = List.copyOf(spelled);
        }

        /** A group shown by its folded names. */
        public Group(String kind, String canonical, Set<String> names, Set<String> exact) {
            this(kind, canonical, names, exact, spelledAs(canonical, names, exact));
        }

        private static List<String> spelledAs(String canonical, Set<String> names, Set<String> exact) {
            Set<String> out = new LinkedHashSet<>();
            out.add(canonical);
            out.addAll(names);
            out.addAll(exact);
            return new ArrayList<>(out);
        }
    }

    private final List<Group> groups;
    /** Folded pairs the analyst said are different ("a\u0000b", both orders): never matched to each other. */
    private final Set<String> distinct;

    public Aliases(List<Group> groups) {
        this(groups, Set.of());
    }

    private Aliases(List<Group> groups, Set<String> distinct) {
        this.groups = List.copyOf(groups);
        this.distinct = Set.copyOf(distinct);
    }

    /**
     * This table extended by a dataset's own entries (docs/dataset-format.md, "Aliases"): a canonical name that
     * is already a name of a group adds its names to that group, another starts a group; a name the dataset
     * places under a canonical name leaves any other group of its kind; and of two names said to be different,
     * one leaves the group they shared (the one that is not the group's canonical name; else the second).
     */
    public Aliases with(AliasTable table) {
        if (table.isEmpty()) {
            return this;
        }
        List<Group> out = new ArrayList<>(groups);
        for (String kind : List.of("actor", "province")) {
            table.of(kind).forEach((canonical, names) -> {
                Set<String> added = new LinkedHashSet<>();
                List<String> spelled = new ArrayList<>();
                spelled.add(canonical.strip());
                added.add(TextFold.fold(canonical).trim());
                names.forEach(n -> {
                    if (added.add(TextFold.fold(n).trim())) {
                        spelled.add(n.strip());
                    }
                });
                int into = -1;
                for (int i = 0; i < out.size(); i++) {
                    if (out.get(i).kind().equals(kind) && out.get(i).names().contains(added.iterator().next())) {
                        into = i;
                    }
                }
                for (int i = 0; i < out.size(); i++) {
                    Group g = out.get(i);
                    if (i != into && g.kind().equals(kind)) {
                        out.set(i, without(g, added));
                    }
                }
                if (into >= 0) {
                    Group g = out.get(into);
                    Set<String> all = new LinkedHashSet<>(g.names());
                    List<String> shown = new ArrayList<>(g.spelled());
                    for (int k = 0; k < spelled.size(); k++) {
                        if (all.add(TextFold.fold(spelled.get(k)).trim())) {
                            shown.add(spelled.get(k));
                        }
                    }
                    out.set(into, new Group(kind, g.canonical(), all, g.exact(), shown));
                } else {
                    out.add(new Group(kind, canonical.strip(), added, Set.of(), spelled));
                }
            });
        }
        Set<String> pairs = new LinkedHashSet<>(distinct);
        for (List<String> pair : table.distinct()) {
            String a = TextFold.fold(pair.get(0)).trim();
            String b = TextFold.fold(pair.get(1)).trim();
            pairs.add(a + '\u0000' + b);
            pairs.add(b + '\u0000' + a);
            for (int i = 0; i < out.size(); i++) {
                Group g = out.get(i);
                boolean hasA = g.names().contains(a) || g.exact().contains(a);
                if (hasA && (g.names().contains(b) || g.exact().contains(b))) {
                    String leaves = b.equals(TextFold.fold(g.canonical()).trim()) ? a : b;
                    out.set(i, without(g, Set.of(leaves)));
                }
            }
        }
        out.removeIf(g -> g.names().size() + g.exact().size() < 2);
        return new Aliases(out, pairs);
    }

    private static Group without(Group g, Set<String> names) {
        Set<String> kept = new LinkedHashSet<>(g.names());
        kept.removeAll(names);
        Set<String> exact = new LinkedHashSet<>(g.exact());
        exact.removeAll(names);
        List<String> shown = g.spelled().stream().filter(n -> !names.contains(TextFold.fold(n).trim())).toList();
        return new Group(g.kind(), g.canonical(), kept, exact, shown);
    }

    /** Whether the analyst has said these two names are different (folded, either order). */
    public boolean areDistinct(String a, String b) {
        return distinct.contains(TextFold.fold(a).trim() + '\u0000' + TextFold.fold(b).trim());
    }

    /**
     * The group {@code name} (as the data writes it) belongs to, by the rule of {@link #matches}: one of its
     * names (an exact-only one too), else the first group one of whose names it holds as whole words
     * ("ISIS militants"), unless the analyst said the two are different; null when none.
     */
    public Group groupOf(String kind, String name) {
        String f = TextFold.fold(name).trim();
        for (Group g : groups) {
            if (g.kind().equals(kind) && (g.names().contains(f) || g.exact().contains(f))) {
                return g;
            }
        }
        for (Group g : groups) {
            if (g.kind().equals(kind) && g.names().stream().anyMatch(n -> holdsWords(f, n) && !areDistinct(n, f))) {
                return g;
            }
        }
        return null;
    }

    /** The table shipped with the app. */
    public static Aliases bundled() {
        Aliases a = bundled;
        if (a == null) {
            try (InputStream in = Aliases.class.getResourceAsStream(RESOURCE)) {
                a = in == null ? new Aliases(List.of()) : read(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            bundled = a;
        }
        return a;
    }

    /** Reads a table with {@code kind, canonical, variants, exact_only} columns (names split on ';'). */
    public static Aliases read(Reader csv) throws IOException {
        List<Group> out = new ArrayList<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(csv)) {
            Set<String> names = new LinkedHashSet<>();
            List<String> spelled = new ArrayList<>();
            spelled.add(r.get("canonical").trim());
            names.add(TextFold.fold(r.get("canonical")).trim());
            for (String v : r.get("variants").split(";")) {
                String f = TextFold.fold(v).trim();
                if (!f.isEmpty() && names.add(f)) {
                    spelled.add(v.trim());
                }
            }
            Set<String> exact = new LinkedHashSet<>();
            for (String v : r.get("exact_only").split(";")) {
                String f = TextFold.fold(v).trim();
                if (!f.isEmpty() && exact.add(f) && !names.contains(f)) {
                    spelled.add(v.trim());
                }
            }
            out.add(new Group(r.get("kind").trim().toLowerCase(Locale.ROOT), r.get("canonical").trim(), names, exact,
                    spelled));
        }
        return new Aliases(out);
    }

    public List<Group> groups() {
        return groups;
    }

    /** The groups' names as search spellings (exact-only names left out: as words they mean something else). */
    List<Set<String>> searchSpellings() {
        return groups.stream().map(g -> (Set<String>) new LinkedHashSet<>(g.names())).toList();
    }

    /**
     * Whether {@code datasetName} (an actor or province as the data writes it) is {@code asked} or one of its
     * aliases: the same name, once folded; a name of the asked one's group; or a name holding one of the
     * group's names as whole words ("ISIS militants" and "suspected ISIS fighters" are ISIS).
     */
    public boolean matches(String kind, String asked, String datasetName) {
        String a = TextFold.fold(asked).trim();
        String d = TextFold.fold(datasetName).trim();
        if (a.equals(d)) {
            return true;
        }
        if (areDistinct(a, d)) {
            return false;
        }
        for (Group g : groups) {
            if (!g.kind().equals(kind) || !g.names().contains(a) && !g.exact().contains(a)) {
                continue;
            }
            if (g.exact().contains(d) || g.names().contains(d)) {
                return true;
            }
            for (String n : g.names()) {
                if (holdsWords(d, n) && !areDistinct(n, d)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code text} holds {@code words} bounded by non-letters at both ends. */
    private static boolean holdsWords(String text, String words) {
        for (int at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
            int end = at + words.length();
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
