package org.incidentatlas.dataset;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;
import org.incidentatlas.model.Dataset;

/**
 * What reading a dataset gave: the dataset when it has no error, and the problems found. Repeats of one kind
 * beyond the first few are summed up in one {@code MORE_OF_THE_SAME} problem; the counts are the real totals.
 *
 * @param dataset      null when any problem is an error
 * @param errorCount   how many errors were found, listed or not
 * @param warningCount how many warnings were found, listed or not
 */
public record ReadResult(Dataset dataset, List<Problem> problems, int errorCount, int warningCount,
                         Map<Problem.Code, Integer> countByCode, UnknownFields unknown) {

    public ReadResult {
        problems = List.copyOf(problems);
        countByCode = Map.copyOf(countByCode);
        unknown = unknown == null ? UnknownFields.NONE : unknown;
    }

    /** A result with no fields beyond the format (made in memory, or by an importer). */
    public ReadResult(Dataset dataset, List<Problem> problems, int errorCount, int warningCount,
                      Map<Problem.Code, Integer> countByCode) {
        this(dataset, problems, errorCount, warningCount, countByCode, UnknownFields.NONE);
    }

    /** This result with the fields of the file the format does not define, which saving writes back. */
    public ReadResult withUnknown(UnknownFields fields) {
        return new ReadResult(dataset, problems, errorCount, warningCount, countByCode, fields);
    }

    /** A result whose problems are all listed. */
    public ReadResult(Dataset dataset, List<Problem> problems) {
        this(dataset, problems, (int) problems.stream().filter(Problem::isError).count(),
                (int) problems.stream().filter(p -> !p.isError()).count(),
                problems.stream().collect(Collectors.toMap(Problem::code, p -> 1, Integer::sum)));
    }

    /** How many problems of this kind were found, listed or not. */
    public int count(Problem.Code code) {
        return countByCode.getOrDefault(code, 0);
    }

    public boolean ok() {
        return dataset != null;
    }

    public Optional<Dataset> datasetIfOk() {
        return Optional.ofNullable(dataset);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
