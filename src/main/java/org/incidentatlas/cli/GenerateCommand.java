package org.incidentatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidentatlas.generate.DatasetGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code generate --incidents N [--seed S] --out FILE.json}: a valid synthetic dataset, its articles beside it. */
@Command(name = "generate", sortOptions = false,
        description = "Write a valid synthetic dataset (its articles in a folder beside it).")
final class GenerateCommand implements Callable<Integer> {

    /** A million incidents take about 2 GB to open; ten times that is past any machine this runs on. */
    static final int MAX_INCIDENTS = 10_000_000;

    private final Cli cli;
    @Mixin
    private HelpOption help;
    private int incidents;
    private long seed = 1;
    @Option(names = "--out", order = 4, paramLabel = "FILE.json",
            description = "the dataset to write", required = true)
    private Path outFile;

    GenerateCommand(Cli cli) {
        this.cli = cli;
    }

    @Option(names = "--incidents", order = 2, paramLabel = "N",
            description = "how many incidents, 0 to " + MAX_INCIDENTS,
            required = true)
    void incidents(String value) throws BadArgument {
        incidents = ArgValues.whole("--incidents", value, 0, MAX_INCIDENTS, "incidents");
    }

    @Option(names = "--seed", order = 5, paramLabel = "S",
            description = "the random seed (a whole number; default 1):"
            + " the same seed makes the same file")
    void seed(String value) throws BadArgument {
        seed = ArgValues.wholeLong("--seed", value, Long.MIN_VALUE, Long.MAX_VALUE, "the random seed");
    }

    @Override
    public Integer call() {
        if (cli.cannotWrite(outFile, List.of())) {
            return Cli.PROBLEMS;
        }
        try {
            long t0 = System.nanoTime();
            new DatasetGenerator().generate(incidents, seed, outFile);
            cli.out.printf("wrote %s (%,d incidents, seed %d) in %.1f s%n", outFile, incidents, seed,
                    (System.nanoTime() - t0) / 1e9);
            return Cli.OK;
        } catch (IOException e) {
            cli.err.println("error: cannot write " + outFile + " (" + Cli.reason(e) + ").");
            return Cli.PROBLEMS;
        }
    }
}
