package org.incidentatlas.changes;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.generate.DatasetGenerator;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;

/**
 * Times {@link DatasetDiff#of} on two versions of an N-incident generated dataset (docs/BENCHMARKS.md, issue 16):
 * the newer one with 1% of the incidents revised (their deaths), 1% gone and 1% new. Not a test: run with
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=org.incidentatlas.changes.DiffBench
 * -Dexec.classpathScope=test -Dexec.args="100000"}.
 */
public final class DiffBench {

    private DiffBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("diff-bench");
        Dataset d = new DatasetGenerator().generate(n, 16, dir.resolve("a.json"));
        List<Incident> before = d.incidents();
        List<Incident> after = new ArrayList<>(before.size());
        for (int k = 0; k < before.size(); k++) {
            Incident i = before.get(k);
            if (k % 100 == 1) {
                continue; // gone
            }
            if (k % 100 == 2) {
                Casualties more = Casualties.exactly(i.killed() == null ? 1 : i.killed().low() + 1);
                i = new Incident(i.id(), i.title(), i.type(), i.dateStart(), i.dateEnd(), i.datePrecision(), i.place(),
                        i.province(), i.lat(), i.lon(), i.geoPrecision(), i.uncertaintyKm(), i.actors(), more, i.injured(),
                        i.summary(), i.quotes(), i.tags(), i.notes());
            }
            after.add(i);
            if (k % 100 == 3) {
                after.add(new Incident(i.id() + "-new", i.title(), i.type(), i.dateStart(), i.dateEnd(), i.datePrecision(),
                        i.place(), i.province(), i.lat(), i.lon(), i.geoPrecision(), i.uncertaintyKm(), i.actors(),
                        i.killed(), i.injured(), i.summary(), i.quotes(), i.tags(), i.notes()));
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= 5; run++) {
            long t0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            DatasetDiff diff = DatasetDiff.of(before, after);
            System.out.printf("run %d: %,d ms wall, %,d ms CPU: %s%n", run, (System.nanoTime() - t0) / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000, diff.summary());
        }
    }
}
