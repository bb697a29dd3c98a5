package org.incidentatlas.dataset;

import java.util.List;
import java.util.Optional;
import org.incidentatlas.model.Dataset;

/**
 * What reading a dataset gave: the dataset when it has no error, and every problem found.
 *
 * @param dataset null when any problem is an error
 */
public record ReadResult(Dataset dataset, List<Problem> problems) {

    public ReadResult {
        problems = List.copyOf(problems);
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
