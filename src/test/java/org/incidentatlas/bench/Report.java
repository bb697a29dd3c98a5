package org.incidentatlas.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The results table: one row per measure, one column per dataset size, and the target with a verdict. To add a
 * measure, declare its row with {@link #row} (in {@link Benchmark#rows}) and {@link #put} a cell for each size.
 */
final class Report {

    static final String BEGIN = "<!-- bench:begin -->";
    static final String END = "<!-- bench:end -->";

    /** One measure. {@code targetSize} is the size the target is judged at (0: no target). */
    record Row(String key, String label, String target, int targetSize) { }

    /** A figure; {@code met} is null where no target applies. */
    record Cell(String text, Boolean met) { }

    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final Map<String, Map<Integer, Cell>> cells = new LinkedHashMap<>();
    private final TreeMap<Integer, String> sizes = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();
    private final StringBuilder log = new StringBuilder();
    private final long started = System.nanoTime();

    void row(String key, String label, String target, int targetSize) {
        rows.put(key, new Row(key, label, target, targetSize));
    }

    void size(int n, String label) {
        sizes.put(n, label);
    }

    void put(String key, int size, String text) {
        put(key, size, text, null);
    }

    /** Puts a figure; {@code met} counts only in the row's target size. */
    void put(String key, int size, String text, Boolean met) {
        if (!rows.containsKey(key)) {
            throw new IllegalArgumentException("no row " + key);
        }
        cells.computeIfAbsent(key, k -> new TreeMap<>()).put(size, new Cell(text, met));
        System.out.printf(Locale.ROOT, "    %-14s %,10d  %s%s%n", key, size, text.replace("**", ""),
                met == null ? "" : met ? "  [target met]" : "  [target MISSED]");
    }

    /** A line under the table (once, however often it is noted). */
    void note(String text) {
        if (!notes.contains(text)) {
            notes.add(text);
        }
    }

    /** Prints a line and keeps it for the raw output block. */
    void say(String line) {
        String stamped = String.format(Locale.ROOT, "[%5.0f s] %s", (System.nanoTime() - started) / 1e9, line);
        System.out.println(stamped);
        log.append(stamped).append('\n');
    }

    /** The verdict of a row: met, missed, or no figure at its target size. */
    String verdict(Row r) {
        if (r.targetSize() == 0) {
            return "";
        }
        Cell c = cells.getOrDefault(r.key(), Map.of()).get(r.targetSize());
        if (c == null || c.met() == null) {
            return "not measured";
        }
        return c.met() ? "met" : "**missed**";
    }

    String markdown(List<String> header) {
        StringBuilder md = new StringBuilder();
        header.forEach(h -> md.append(h).append('\n'));
        md.append('\n').append("| measure |");
        sizes.values().forEach(s -> md.append(' ').append(s).append(" |"));
        md.append(" target | |\n|---|");
        sizes.keySet().forEach(s -> md.append("---|"));
        md.append("---|---|\n");
        for (Row r : rows.values()) {
            Map<Integer, Cell> row = cells.getOrDefault(r.key(), Map.of());
            if (row.isEmpty()) {
                continue;
            }
            md.append("| ").append(r.label()).append(" |");
            for (Integer n : sizes.keySet()) {
                Cell c = row.get(n);
                md.append(' ').append(c == null ? "—" : c.text()).append(" |");
            }
            md.append(' ').append(r.target().isEmpty() ? "—" : r.target()).append(" | ").append(verdict(r)).append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append('\n');
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        md.append("\n<details><summary>Output of this run (per-filter figures, heap steps tried)</summary>\n\n```\n")
                .append(log).append("```\n\n</details>\n");
        return md.toString();
    }

    /**
     * Writes the table between the markers of {@code doc}; without markers, puts a new section (markers included)
     * after the document's title, before its other sections.
     */
    static void writeInto(Path doc, String section, String body) throws IOException {
        String text = Files.exists(doc) ? Files.readString(doc, StandardCharsets.UTF_8) : "# Benchmarks\n";
        String block = BEGIN + "\n" + body + END;
        int b = text.indexOf(BEGIN);
        int e = text.indexOf(END);
        String out;
        if (b >= 0 && e > b) {
            out = text.substring(0, b) + block + text.substring(e + END.length());
        } else {
            int firstSection = text.indexOf("\n## ");
            String add = "## " + section + "\n\n" + block + "\n\n";
            out = firstSection < 0 ? text + "\n" + add : text.substring(0, firstSection + 1) + add
                    + text.substring(firstSection + 1);
        }
        Files.writeString(doc, out, StandardCharsets.UTF_8);
    }
}
