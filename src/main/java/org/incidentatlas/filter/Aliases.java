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

    /** One canonical name with its folded variants; {@code exact} the folded names matched only whole. */
    public record Group(String kind, String canonical, Set<String> names, Set<String> exact) {
        public Group {
            names = Set.copyOf(names);
            exact = Set.copyOf(exact);
        }
    }

    private final List<Group> groups;

    public Aliases(List<Group> groups) {
        this.groups = List.copyOf(groups);
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
            names.add(TextFold.fold(r.get("canonical")).trim());
            for (String v : r.get("variants").split(";")) {
                String f = TextFold.fold(v).trim();
                if (!f.isEmpty()) {
                    names.add(f);
                }
            }
            Set<String> exact = new LinkedHashSet<>();
            for (String v : r.get("exact_only").split(";")) {
                String f = TextFold.fold(v).trim();
                if (!f.isEmpty()) {
                    exact.add(f);
                }
            }
            out.add(new Group(r.get("kind").trim().toLowerCase(Locale.ROOT), r.get("canonical").trim(), names, exact));
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
        for (Group g : groups) {
            if (!g.kind().equals(kind) || !g.names().contains(a) && !g.exact().contains(a)) {
                continue;
            }
            if (g.exact().contains(d) || g.names().contains(d)) {
                return true;
            }
            for (String n : g.names()) {
                if (holdsWords(d, n)) {
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
