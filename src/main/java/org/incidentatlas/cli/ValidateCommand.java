package org.incidentatlas.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code validate DATASET}: every problem, one a line; exit 0 when clean, 1 when not. */
@Command(name = "validate", sortOptions = false,
        description = "Check a dataset; lists every problem. Exit 0 when clean, 1 when not.")
final class ValidateCommand implements Callable<Integer> {

    private final Cli cli;
    @Mixin
    private HelpOption help;
    @Parameters(arity = "1", paramLabel = "DATASET", description = "the dataset file (.json)")
    private Path dataset;

    ValidateCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        ReadResult r = new DatasetReader().read(dataset);
        r.problems().forEach(cli.out::println);
        cli.out.printf("%s: %,d error(s), %,d warning(s)%s%n", dataset, r.errorCount(), r.warningCount(),
                r.ok() ? String.format("; %,d articles, %,d centres, %,d incidents", r.dataset().articles().size(),
                        r.dataset().centers().size(), r.dataset().incidents().size()) : "");
        return r.ok() ? Cli.OK : Cli.PROBLEMS;
    }
}
