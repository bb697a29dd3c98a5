package org.incidentatlas.dataset;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects problems, keeping the first few of each kind in full and counting the rest, so a file with
 * 100,000 bad records gives a readable report (and bounded memory) rather than 100,000 lines.
 */
final class ProblemList {

    static final int KEEP_PER_CODE = 50;

    private final Path file;
    private final List<Problem> kept = new ArrayList<>();
    private final Map<Problem.Code, Integer> dropped = new EnumMap<>(Problem.Code.class);
    private final Map<Problem.Code, Problem.Severity> droppedSeverity = new EnumMap<>(Problem.Code.class);
    private final Map<Problem.Code, Integer> seen = new EnumMap<>(Problem.Code.class);
    private boolean anyError;
    private int errors;
    private int warnings;

    ProblemList(Path file) {
        this.file = file;
    }

    void error(Problem.Code code, int line, int column, String record, String field, String message, String hint) {
        add(new Problem(Problem.Severity.ERROR, code, file, line, column, record, field, message, hint));
    }

    void warning(Problem.Code code, int line, int column, String record, String field, String message, String hint) {
        add(new Problem(Problem.Severity.WARNING, code, file, line, column, record, field, message, hint));
    }

    private void add(Problem p) {
        anyError |= p.isError();
        if (p.isError()) {
            errors++;
        } else {
            warnings++;
        }
        int n = seen.merge(p.code(), 1, Integer::sum);
        if (n <= KEEP_PER_CODE) {
            kept.add(p);
        } else {
            dropped.merge(p.code(), 1, Integer::sum);
            droppedSeverity.put(p.code(), p.severity());
        }
    }

    /**
     * Whether a problem of this kind would still be listed in full; when not, a caller may spare the work of
     * placing it exactly (it is only counted), which keeps a file with an error in every record linear.
     */
    boolean listsMore(Problem.Code code) {
        return seen.getOrDefault(code, 0) < KEEP_PER_CODE;
    }

    boolean hasErrors() {
        return anyError;
    }

    /** The result, with the real totals beside the (possibly shortened) list. */
    ReadResult result(org.incidentatlas.model.Dataset dataset) {
        return new ReadResult(dataset, toList(), errors, warnings, seen);
    }

    /** Errors first, then warnings, each in file order, then one line per kind that was cut short. */
    List<Problem> toList() {
        List<Problem> out = new ArrayList<>(kept);
        out.sort((a, b) -> a.severity() != b.severity()
                ? a.severity().compareTo(b.severity())
                : Integer.compare(a.line(), b.line()));
        dropped.forEach((code, count) -> out.add(new Problem(droppedSeverity.get(code), Problem.Code.MORE_OF_THE_SAME,
                file, 0, 0, null, null,
                String.format("and %,d more of the same kind (%s) as the %s above, not listed one by one.",
                        count, code.name().toLowerCase().replace('_', ' '), KEEP_PER_CODE),
                "Fix those first, or fix the tool that wrote the file, and check again.")));
        return out;
    }
}
