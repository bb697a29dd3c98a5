package org.incidentatlas.app;

import java.util.List;
import org.incidentatlas.filter.Aliases;
import org.incidentatlas.filter.TextFold;
import org.incidentatlas.model.AliasTable;
import org.incidentatlas.model.Dataset;

/**
 * Edit > Aliases as commands: add a name under a canonical name (a new canonical name too), take one away, say
 * two names are different. Each is one undoable edit of the dataset's own alias entries (saved with it; the
 * bundled table is never changed), after which the lists and the search follow.
 */
public final class AliasEdits {

    /** One group as the dialog shows it; {@code own} the names the dataset's entries add. */
    public record Entry(String canonical, List<String> names, List<String> own) { }

    private final Workbench bench;
    private final Editing editing;

    AliasEdits(Workbench bench, Editing editing) {
        this.bench = bench;
        this.editing = editing;
    }

    /** The groups in force of a kind ({@code "actor"} or {@code "province"}), bundled and the dataset's. */
    public List<Entry> entries(String kind) {
        AliasTable own = table();
        return bench.aliasesProperty().get().groups().stream().filter(g -> g.kind().equals(kind))
                .map(g -> new Entry(g.canonical(), g.spelled(), ownNames(own, kind, g))).toList();
    }

    /** The pairs the dataset says are different. */
    public List<List<String>> distinct() {
        return table().distinct();
    }

    /** Adds {@code name} under {@code canonical} (a name of a group, or a new canonical name). */
    public void addName(String kind, String canonical, String name) {
        String c = canonical == null ? "" : canonical.strip();
        String n = name == null ? "" : name.strip();
        if (c.isEmpty() || n.isEmpty()) {
            bench.say("Give both the canonical name and the name to add.");
            return;
        }
        AliasTable t = table();
        if (t.areDistinct(c, n)) {
            t = t.withoutDistinct(c, n); // adding them together is taking back "these are different"
        }
        editing.setAliases(t.withVariant(kind, c, n), "Aliases: " + n + " is " + c);
    }

    /**
     * Takes {@code name} out of {@code canonical}'s group: a name the dataset added is removed; a bundled one
     * is recorded as different from the canonical name, which keeps it apart (the bundled table is not edited).
     */
    public void removeName(String kind, String canonical, String name) {
        AliasTable t = table();
        boolean own = t.of(kind).getOrDefault(canonical, List.of()).contains(name) || name.equals(canonical)
                && t.of(kind).containsKey(canonical);
        AliasTable next = own ? t.withoutVariant(kind, canonical, name) : t.withDistinct(canonical, name);
        editing.setAliases(next, "Aliases: " + name + " is not " + canonical);
    }

    /** Says {@code a} and {@code b} are different: no alias, bundled or the dataset's, makes them one. */
    public void markDifferent(String a, String b) {
        String x = a == null ? "" : a.strip();
        String y = b == null ? "" : b.strip();
        if (x.isEmpty() || y.isEmpty() || TextFold.fold(x).equals(TextFold.fold(y))) {
            bench.say("Give two different names to keep apart.");
            return;
        }
        AliasTable t = table();
        for (String kind : List.of("actor", "province")) {
            // an entry of the dataset's that names both would say the opposite: the second name leaves it
            for (var e : t.of(kind).entrySet()) {
                List<String> all = new java.util.ArrayList<>(e.getValue());
                all.add(e.getKey());
                if (containsFolded(all, x) && containsFolded(all, y)) {
                    String leaves = TextFold.fold(e.getKey()).equals(TextFold.fold(y)) ? x : y;
                    String spelled = all.stream().filter(n -> TextFold.fold(n).equals(TextFold.fold(leaves)))
                            .findFirst().orElse(leaves);
                    t = t.withoutVariant(kind, e.getKey(), spelled);
                    break;
                }
            }
        }
        editing.setAliases(t.withDistinct(x, y), "Aliases: " + x + " and " + y + " are different");
    }

    private static boolean containsFolded(List<String> names, String name) {
        return names.stream().anyMatch(n -> TextFold.fold(n).trim().equals(TextFold.fold(name).trim()));
    }

    /** Takes back "these two are different". */
    public void unmarkDifferent(String a, String b) {
        editing.setAliases(table().withoutDistinct(a, b), "Aliases: " + a + " and " + b + " may be one");
    }

    private AliasTable table() {
        Dataset d = bench.datasetProperty().get();
        return d == null ? AliasTable.EMPTY : d.aliases();
    }

    private static List<String> ownNames(AliasTable own, String kind, Aliases.Group g) {
        return own.of(kind).entrySet().stream()
                .filter(e -> g.names().contains(TextFold.fold(e.getKey()).trim()))
                .flatMap(e -> e.getValue().stream()).toList();
    }
}
