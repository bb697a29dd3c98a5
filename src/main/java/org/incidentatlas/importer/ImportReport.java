package org.incidentatlas.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: how many data rows were read, imported and skipped; every skipped row with the physical
 * line it starts on and why; and the warnings (rows imported with something to know about them). Skipped rows
 * are all listed; warnings are kept in full up to {@link #KEEP_PER_KIND} of each kind and counted beyond.
 */
public final class ImportReport {

    /** How many warnings of one kind are kept one by one; the rest are counted. */
    public static final int KEEP_PER_KIND = 100;

    /** A row that was not imported. */
    public record SkippedRow(long line, String reason) {
        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }

    /** What a warning is about, with the phrase the summary counts it by. */
    public enum WarningKind {
        NOT_DATA("tag row(s) skipped (not data, not counted as rows)"),
        NO_SOURCE_TEXT("imported without a quote (the row carries no source text)"),
        FIGURES_CONTRADICT("imported with contradictory death figures (range widened to span them; see notes)");

        private final String phrase;

        WarningKind(String phrase) {
            this.phrase = phrase;
        }

        public String phrase() {
            return phrase;
        }
    }

    /** Something to know about a row that was imported (or, for {@code NOT_DATA}, a row that is not data). */
    public record Warning(long line, String incidentId, WarningKind kind, String message) {
        @Override
        public String toString() {
            return "line " + line + (incidentId == null ? "" : " (" + incidentId + ")") + ": " + message;
        }
    }

    private final ImportSource source;
    private final Path file;
    private final int rowsRead;
    private final int imported;
    private final List<SkippedRow> skipped;
    private final List<Warning> warnings;
    private final Map<WarningKind, Integer> warningCounts;

    private ImportReport(Builder b) {
        this.source = b.source;
        this.file = b.file;
        this.rowsRead = b.rowsRead;
        this.imported = b.imported;
        this.skipped = List.copyOf(b.skipped);
        this.warnings = List.copyOf(b.warnings);
        this.warningCounts = Map.copyOf(b.counts);
    }

    public ImportSource source() {
        return source;
    }

    public Path file() {
        return file;
    }

    /** Data rows read (the header and a tag row are not counted); always {@code imported() + skipped()}. */
    public int rowsRead() {
        return rowsRead;
    }

    public int imported() {
        return imported;
    }

    public int skipped() {
        return skipped.size();
    }

    /** Every row that was not imported, in file order. */
    public List<SkippedRow> skippedRows() {
        return skipped;
    }

    /** The warnings kept one by one (up to {@link #KEEP_PER_KIND} of each kind), in file order. */
    public List<Warning> warnings() {
        return warnings;
    }

    /** How many warnings of a kind there were, kept or not. */
    public int count(WarningKind kind) {
        return warningCounts.getOrDefault(kind, 0);
    }

    /**
     * "ucdp_ged191_iraq.csv (UCDP GED): 7,473 rows read, 7,473 imported, 0 skipped. Warnings: 3,942 imported
     * without a quote (...)."
     */
    public String summary() {
        StringBuilder sb = new StringBuilder(String.format("%s (%s): %,d rows read, %,d imported, %,d skipped.",
                file == null ? "(no file)" : file.getFileName(), source.label(), rowsRead, imported, skipped()));
        List<String> parts = new ArrayList<>();
        for (WarningKind k : WarningKind.values()) {
            if (count(k) > 0) {
                parts.add(String.format("%,d %s", count(k), k.phrase()));
            }
        }
        if (!parts.isEmpty()) {
            sb.append(" Warnings: ").append(String.join("; ", parts)).append('.');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return summary();
    }

    /** Collects a report while an import runs; not thread-safe (one import, one thread). */
    static final class Builder {
        private final ImportSource source;
        private final Path file;
        private int rowsRead;
        private int imported;
        private final List<SkippedRow> skipped = new ArrayList<>();
        private final List<Warning> warnings = new ArrayList<>();
        private final Map<WarningKind, Integer> counts = new EnumMap<>(WarningKind.class);

        Builder(ImportSource source, Path file) {
            this.source = source;
            this.file = file;
        }

        void imported() {
            rowsRead++;
            imported++;
        }

        void skipped(long line, String reason) {
            rowsRead++;
            skipped.add(new SkippedRow(line, reason));
        }

        void warn(long line, String incidentId, WarningKind kind, String message) {
            if (counts.merge(kind, 1, Integer::sum) <= KEEP_PER_KIND) {
                warnings.add(new Warning(line, incidentId, kind, message));
            }
        }

        int rowsRead() {
            return rowsRead;
        }

        ImportReport build() {
            return new ImportReport(this);
        }
    }
}
