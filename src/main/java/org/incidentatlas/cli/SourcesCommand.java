package org.incidentatlas.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.incidentatlas.dataset.AtomicFiles;
import org.incidentatlas.dataset.OutputGuard;
import org.incidentatlas.export.SourcesReport;
import org.incidentatlas.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code sources DATASET [--out FILE.md]}: every record with the quotes it rests on, as Markdown. */
@Command(name = "sources", sortOptions = false,
        description = "Every record with the quotes it rests on, as Markdown (stdout unless --out).")
final class SourcesCommand implements Callable<Integer> {

    private final Cli cli;
    @Mixin
    private HelpOption help;
    @Parameters(arity = "1", paramLabel = "DATASET", description = "the dataset file (.json)")
    private String dataset;
    @Option(names = "--out", order = 4, paramLabel = "FILE.md", description = "write the report here instead")
    private Path outFile;

    SourcesCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        Path in = Path.of(dataset);
        if (outFile != null && cli.cannotWrite(outFile, Cli.datasetInput(in))) {
            return Cli.PROBLEMS;
        }
        Dataset d = cli.readOrSay(in);
        if (d == null || outFile != null && cli.cannotWrite(outFile, OutputGuard.inputsOf(d))) {
            return Cli.PROBLEMS;
        }
        // the report names the dataset as it was given
        String md = SourcesReport.markdown(d, dataset);
        if (outFile == null) {
            cli.out.print(md);
            return Cli.OK;
        }
        try {
            AtomicFiles.write(outFile, md.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return cli.writeFailed(outFile, e);
        }
        cli.out.println("wrote " + outFile);
        return Cli.OK;
    }
}
