package org.incidentatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.incidentatlas.changes.ChangesCsv;
import org.incidentatlas.changes.DatasetDiff;
import org.incidentatlas.dataset.OutputGuard;
import org.incidentatlas.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diff OLD.json NEW.json [--out changes.csv]}: what is new, changed (which fields) and gone. */
@Command(name = "diff", sortOptions = false,
        description = "Compare two versions of a dataset: new, changed (which fields) and gone incidents.")
final class DiffCommand implements Callable<Integer> {

    /** Changes printed one by one; the summary counts them all, and --out lists them all. */
    private static final int LISTED = 20;

    private final Cli cli;
    @Mixin
    private HelpOption help;
    @Parameters(index = "0", paramLabel = "OLD.json", description = "the earlier version")
    private Path oldFile;
    @Parameters(index = "1", paramLabel = "NEW.json", description = "the later version")
    private Path newFile;
    @Option(names = "--out", paramLabel = "changes.csv", description = "write every change as CSV")
    private Path outFile;

    DiffCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        List<OutputGuard.Input> inputs = new ArrayList<>(Cli.datasetInput(oldFile));
        inputs.addAll(Cli.datasetInput(newFile));
        if (outFile != null && cli.cannotWrite(outFile, inputs)) {
            return Cli.PROBLEMS;
        }
        Dataset before = cli.readOrSay(oldFile);
        Dataset after = before == null ? null : cli.readOrSay(newFile);
        if (after == null) {
            return Cli.PROBLEMS;
        }
        DatasetDiff diff = DatasetDiff.of(before.incidents(), after.incidents());
        cli.out.println(oldFile.getFileName() + " -> " + newFile.getFileName() + ": " + diff.summary() + "."
                + (diff.count(DatasetDiff.Kind.CHANGED) > 0 ? " Fields changed: " + diff.fieldCounts() + "." : ""));
        diff.changes().stream().limit(LISTED).forEach(c -> cli.out.println("  " + c.kind().name().toLowerCase(Locale.ROOT)
                + " " + c.incident().id() + (c.fields().isEmpty() ? "" : " (" + String.join(", ", c.fields()) + ")")));
        if (diff.changes().size() > LISTED) {
            cli.out.printf("  ... and %,d more%s%n", diff.changes().size() - LISTED, outFile == null ? " (--out lists them all)" : "");
        }
        if (outFile != null) {
            try {
                ChangesCsv.write(diff, outFile);
            } catch (IOException e) {
                return cli.writeFailed(outFile, e);
            }
            cli.out.println("wrote " + outFile);
        }
        return Cli.OK;
    }
}
