package org.incidentatlas.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The skipped rows of a report grouped by reason, so that a file whose rows all fail for one reason says it
 * once: "4,210 of 4,210 rows: event_date is "31.12.2020", ... (lines 2, 3, 4, ...)". Two rows have the same
 * reason when their messages differ only in the values quoted and the numbers in them.
 */
public final class SkipReasons {

    /** Line numbers listed per reason; the count covers them all. */
    public static final int LINES_SHOWN = 10;

    /** One reason: the first row's message, how many rows it skipped, and their first lines. */
    public record Group(String example, int count, List<Long> firstLines) {
        String lines() {
            String listed = firstLines.stream().map(String::valueOf).collect(Collectors.joining(", "));
            return (count == 1 ? "line " : "lines ") + listed + (count > firstLines.size() ? ", …" : "");
        }
    }

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"");
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9.,]*");

    private SkipReasons() {
    }

    /** The groups, most rows first (ties in file order). */
    public static List<Group> of(ImportReport report) {
        Map<String, List<ImportReport.SkippedRow>> byKey = new LinkedHashMap<>();
        for (ImportReport.SkippedRow s : report.skippedRows()) {
            byKey.computeIfAbsent(key(s.reason()), k -> new ArrayList<>()).add(s);
        }
        List<Group> groups = new ArrayList<>();
        for (List<ImportReport.SkippedRow> rows : byKey.values()) {
            groups.add(new Group(rows.get(0).reason(), rows.size(),
                    rows.stream().limit(LINES_SHOWN).map(ImportReport.SkippedRow::line).toList()));
        }
        groups.sort(Comparator.comparingInt(Group::count).reversed());
        return groups;
    }

    /**
     * The report's skipped rows as text lines: when one reason skipped most rows read, a first line with it, its
     * count of the rows read and its first lines; then every (other) reason, one line each.
     */
    public static List<String> lines(ImportReport report) {
        List<Group> groups = of(report);
        List<String> out = new ArrayList<>();
        if (groups.isEmpty()) {
            return out;
        }
        Group top = groups.get(0);
        int from = 0;
        if (top.count() * 2 > report.rowsRead()) {
            out.add(String.format("%,d of %,d rows: %s (%s)", top.count(), report.rowsRead(), top.example(), top.lines()));
            from = 1;
            if (groups.size() > 1) {
                out.add("Other reasons:");
            }
        } else {
            out.add("Skipped rows, by reason:");
        }
        for (Group g : groups.subList(from, groups.size())) {
            out.add(String.format("  %,d row%s: %s (%s)", g.count(), g.count() == 1 ? "" : "s", g.example(), g.lines()));
        }
        return out;
    }

    static String key(String reason) {
        return NUMBER.matcher(QUOTED.matcher(reason).replaceAll("\"\"")).replaceAll("#");
    }
}
