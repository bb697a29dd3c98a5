package org.incidentatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidentatlas.dataset.DatasetWriter;
import org.incidentatlas.dataset.OutputGuard;
import org.incidentatlas.importer.ImportException;
import org.incidentatlas.importer.ImportReport;
import org.incidentatlas.importer.ImportResult;
import org.incidentatlas.importer.ImportSource;
import org.incidentatlas.importer.Importer;
import org.incidentatlas.importer.SkipReasons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code import --from ucdp|acled IN.csv --out DATASET.json}: a UCDP GED or ACLED export as a dataset. */
@Command(name = "import", sortOptions = false,
        description = "Import a UCDP GED or ACLED CSV export as a dataset; lists skipped rows.")
final class ImportCommand implements Callable<Integer> {

    private final Cli cli;
    @Mixin
    private HelpOption help;
    private ImportSource from;
    @Parameters(arity = "1", paramLabel = "IN.csv", description = "the CSV export to read")
    private Path in;
    @Option(names = "--out", order = 4, paramLabel = "DATASET.json",
            description = "the dataset to write", required = true)
    private Path outFile;

    ImportCommand(Cli cli) {
        this.cli = cli;
    }

    @Option(names = "--from", order = 3, paramLabel = "ucdp|acled",
            description = "what made the CSV: UCDP GED or ACLED", required = true)
    void from(String value) throws BadArgument {
        from = ImportSource.fromKey(value).orElseThrow(
                () -> new BadArgument("import --from takes ucdp or acled, not \"" + value + "\""));
    }

    @Override
    public Integer call() {
        if (cli.cannotWrite(outFile, List.of(new OutputGuard.Input(in, "the CSV being imported")))) {
            return Cli.PROBLEMS;
        }
        ImportResult result;
        try {
            result = new Importer().importFile(from, in, fraction -> { });
        } catch (ImportException e) {
            cli.err.println("error: " + e.getMessage() + " Nothing was written.");
            return Cli.PROBLEMS;
        }
        ImportReport report = result.report();
        cli.out.println(report.summary());
        SkipReasons.lines(report).forEach(cli.out::println);
        if (!result.anyImported()) {
            cli.err.println("error: no row of " + in + " could be imported. Nothing was written.");
            return Cli.PROBLEMS;
        }
        try {
            new DatasetWriter().write(result.dataset(), outFile);
        } catch (IOException e) {
            return cli.writeFailed(outFile, e);
        }
        cli.out.println("wrote " + outFile);
        return Cli.OK;
    }
}
