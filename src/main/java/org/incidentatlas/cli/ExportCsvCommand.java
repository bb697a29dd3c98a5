package org.incidentatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidentatlas.dataset.OutputGuard;
import org.incidentatlas.export.CsvExporter;
import org.incidentatlas.filter.NearestCenters;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export-csv}: the incidents that pass the filters, as CSV, in the table's order (date, then id). */
@Command(name = "export-csv", sortOptions = false,
        description = "The incidents that pass the filters, as CSV (date, then id).")
final class ExportCsvCommand implements Callable<Integer> {

    private final Cli cli;
    @Mixin
    private HelpOption help;
    @Option(names = "--dataset", order = 1, paramLabel = "FILE", description = "the dataset to read", required = true)
    private Path dataset;
    @Option(names = "--out", order = 4, paramLabel = "FILE.csv", description = "the CSV to write", required = true)
    private Path outFile;
    @Option(names = "--excel", order = 6, description = "begin with a byte-order mark, so that Excel reads UTF-8")
    private boolean excel;
    @Mixin
    private FilterArgs filters;

    ExportCsvCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        if (cli.cannotWrite(outFile, filters.inputs(dataset))) {
            return Cli.PROBLEMS;
        }
        Dataset d = cli.readOrSay(dataset);
        if (d == null || cli.cannotWrite(outFile, OutputGuard.inputsOf(d))) {
            return Cli.PROBLEMS;
        }
        try {
            d = filters.withCentres(d);
            IncidentFilter f = filters.toFilter(d);
            List<Incident> rows = FilterArgs.select(d, f);
            new CsvExporter(d.articlesById(), new NearestCenters(d.centers())).write(rows, outFile, excel);
            cli.out.printf("wrote %s: %,d of %,d incidents (%s)%n", outFile, rows.size(), d.incidents().size(), f.describe());
            return Cli.OK;
        } catch (BadArgument e) {
            return cli.badValue(e);
        } catch (IOException e) {
            return cli.writeFailed(outFile, e);
        }
    }
}
