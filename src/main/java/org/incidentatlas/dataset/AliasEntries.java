package org.incidentatlas.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.incidentatlas.model.AliasTable;

/**
 * The top-level {@code aliases} of a dataset, read into an {@link AliasTable} once the schema has passed it, with
 * the checks the schema cannot make: one name under two canonical names of one kind, a name said to be
 * different from itself, and two names said to be different that the same entry makes one.
 */
final class AliasEntries {

    private AliasEntries() {
    }

    /** The table in {@code node} (null or missing: none); problems at {@code line}:{@code column}, the object's start. */
    static AliasTable read(JsonNode node, int line, int column, ProblemList problems) {
        if (node == null || !node.isObject()) {
            return AliasTable.EMPTY;
        }
        Map<String, List<String>> actors = groups(node.get("actors"), "actors", line, column, problems);
        Map<String, List<String>> provinces = groups(node.get("provinces"), "provinces", line, column, problems);
        List<List<String>> distinct = new ArrayList<>();
        JsonNode pairs = node.get("distinct");
        for (int i = 0; pairs != null && i < pairs.size(); i++) {
            String a = pairs.get(i).path(0).asText().strip();
            String b = pairs.get(i).path(1).asText().strip();
            String field = "aliases.distinct[" + i + "]";
            if (fold(a).equals(fold(b))) {
                problems.error(Problem.Code.ALIAS_CONFLICT, line, column, "top level", field,
                        "\"" + a + "\" is said to be different from itself.", "Remove this pair, or name two names.");
            } else if (sameEntry(actors, a, b) || sameEntry(provinces, a, b)) {
                problems.error(Problem.Code.ALIAS_CONFLICT, line, column, "top level", field,
                        "\"" + a + "\" and \"" + b + "\" are said to be different, but one entry of \"aliases\" makes them one.",
                        "Either take one of them out of that entry, or remove this pair.");
            } else {
                distinct.add(List.of(a, b));
            }
        }
        return new AliasTable(actors, provinces, distinct);
    }

    private static Map<String, List<String>> groups(JsonNode node, String field, int line, int column, ProblemList problems) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (node == null) {
            return out;
        }
        Map<String, String> seen = new HashMap<>();
        node.fields().forEachRemaining(e -> {
            String canonical = e.getKey().strip();
            List<String> names = new ArrayList<>();
            List<String> all = new ArrayList<>();
            all.add(canonical);
            e.getValue().forEach(v -> {
                names.add(v.asText().strip());
                all.add(v.asText().strip());
            });
            for (String n : all) {
                String was = seen.putIfAbsent(fold(n), canonical);
                if (was != null && !was.equals(canonical)) {
                    problems.error(Problem.Code.ALIAS_CONFLICT, line, column, "top level", "aliases." + field + "." + canonical,
                            "\"" + n + "\" is a name of both \"" + was + "\" and \"" + canonical + "\".",
                            "Keep it under one of the two, or say they are different in \"aliases\".\"distinct\".");
                }
            }
            out.put(canonical, names);
        });
        return out;
    }

    private static boolean sameEntry(Map<String, List<String>> groups, String a, String b) {
        for (Map.Entry<String, List<String>> e : groups.entrySet()) {
            List<String> names = new ArrayList<>(e.getValue());
            names.add(e.getKey());
            List<String> folded = names.stream().map(AliasEntries::fold).toList();
            if (folded.contains(fold(a)) && folded.contains(fold(b))) {
                return true;
            }
        }
        return false;
    }

    /** Case and accents aside, as the filter compares names (the filter's own fold is a floor above). */
    private static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).trim();
    }
}
