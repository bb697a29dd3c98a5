package org.incidentatlas.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.incidentatlas.cli.Cli;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.DatasetWriter;
import org.incidentatlas.generate.DatasetGenerator;
import org.incidentatlas.model.Dataset;

/**
 * {@code add-article} on a generated dataset, in this JVM (no start-up), for docs/BENCHMARKS.md ("Place lookup
 * (issue 11)"): the whole command, and its two big parts alone, the read and check and the rewrite.
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=org.incidentatlas.bench.AddArticleBench -Dexec.classpathScope=test \
 *     -Dexec.args="100000"
 * </pre>
 * The dataset is generated into {@code target/bench/add-article/} each run (it grows by one article a rep).
 */
public final class AddArticleBench {

    private static final int REPS = 3;

    private AddArticleBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createDirectories(Path.of("target/bench/add-article"));
        Path file = dir.resolve("d-" + n + ".json");
        new DatasetGenerator().generate(n, 7, file);
        Path article = Files.writeString(dir.resolve("story.html"), "<html><head><title>Clash</title>"
                + "<meta property=\"og:site_name\" content=\"Bench Wire\"></head><body><article><p>"
                + "Gunmen attacked a checkpoint near Tuz Khurmatu on Thursday.</p></article></body></html>");
        double[] command = new double[REPS];
        double[] read = new double[REPS];
        double[] write = new double[REPS];
        for (int i = 0; i < REPS; i++) {
            long t = System.nanoTime();
            Dataset d = new DatasetReader().read(file).datasetIfOk().orElseThrow();
            read[i] = (System.nanoTime() - t) / 1e6;
            t = System.nanoTime();
            new DatasetWriter().write(d, dir.resolve("copy.json"));
            write[i] = (System.nanoTime() - t) / 1e6;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
            t = System.nanoTime();
            int code = new Cli(ps, ps).run("add-article", "--dataset", file.toString(), "--file", article.toString(),
                    "--published", "2024-08-0" + (i + 1));
            command[i] = (System.nanoTime() - t) / 1e6;
            if (code != Cli.OK) {
                throw new IllegalStateException(out.toString(StandardCharsets.UTF_8));
            }
        }
        System.out.printf(Locale.ROOT, "machine: %d cores, %.0f GiB, load %s; %,d incidents, %,d bytes%n", Machine.cores(),
                Machine.ramGiB(), Machine.loadAverage(), n, Files.size(file));
        System.out.printf(Locale.ROOT, "add-article (in-process) median %.0f ms %s; read+check median %.0f ms %s; "
                + "DatasetWriter median %.0f ms %s%n", median(command), Arrays.toString(round(command)), median(read),
                Arrays.toString(round(read)), median(write), Arrays.toString(round(write)));
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static long[] round(double[] v) {
        return Arrays.stream(v).mapToLong(Math::round).toArray();
    }
}
