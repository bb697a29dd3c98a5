package org.incidentatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidentatlas.dataset.OutputGuard;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What {@code export-geojson} and {@code export-kml} share with {@code export-csv}: the dataset, the output (never
 * over the dataset or its articles), the same filter flags, the table's order, and the line saying what was written.
 */
abstract class MapExportCommand implements Callable<Integer> {

    final Cli cli;
    @Mixin
    private HelpOption help;
    @Option(names = "--dataset", order = 1, paramLabel = "FILE", description = "the dataset to read", required = true)
    private Path dataset;
    @Option(names = "--out", order = 4, paramLabel = "FILE", description = "the file to write", required = true)
    private Path outFile;
    @Mixin
    private FilterArgs filters;

    MapExportCommand(Cli cli) {
        this.cli = cli;
    }

    /** Writes the rows that pass the filter. */
    abstract void write(Dataset d, IncidentFilter f, List<Incident> rows, Path target) throws IOException;

    @Override
    public final Integer call() {
        if (cli.cannotWrite(outFile, filters.inputs(dataset))) {
            return Cli.PROBLEMS;
        }
        Dataset d = cli.readOrSay(dataset);
        if (d == null || cli.cannotWrite(outFile, OutputGuard.inputsOf(d))) {
            return Cli.PROBLEMS;
        }
        try {
            IncidentFilter f = filters.toFilter(d);
            List<Incident> rows = FilterArgs.select(d, f);
            write(d, f, rows, outFile);
            cli.out.printf("wrote %s: %,d of %,d incidents (%s)%n", outFile, rows.size(), d.incidents().size(), f.describe());
            return Cli.OK;
        } catch (BadArgument e) {
            return cli.badValue(e);
        } catch (IOException e) {
            return cli.writeFailed(outFile, e);
        }
    }
}
