package org.incidentatlas.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import org.incidentatlas.changes.ChangesCsv;
import org.incidentatlas.changes.DatasetDiff;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.DatasetWriter;
import org.incidentatlas.importer.ImportSource;
import org.incidentatlas.importer.Importer;
import org.incidentatlas.model.Dataset;

/**
 * Issue 16's measures: importing a generated 100,000-row ACLED CSV (the form ACLED exports: one event a row,
 * {@code event_id_cnty}, dates, actors, place, coordinates, notes, fatalities) and diffing two 100,000-incident
 * datasets, the second a re-export with 1% of the events revised, 0.5% deleted and 0.5% added. Run alone:
 *
 * <pre>./mvnw -q test-compile exec:java -Dexec.mainClass=org.incidentatlas.bench.ImportDiffBench
 *     -Dexec.classpathScope=test -Dexec.args="100000"</pre>
 *
 * The CSVs and the two imported datasets stay in target/bench/import-diff for timing the command line too.
 */
public final class ImportDiffBench {

    private static final String HEADER = "event_id_cnty,event_date,time_precision,event_type,sub_event_type,actor1,actor2,"
            + "admin1,location,latitude,longitude,geo_precision,source,notes,fatalities";
    private static final String[] TYPES = {"Battles,Armed clash", "Explosions/Remote violence,Shelling/artillery/missile attack",
        "Violence against civilians,Attack", "Explosions/Remote violence,Remote explosive/landmine/IED", "Protests,Peaceful protest"};
    private static final String[] PROVINCES = {"Erbil", "Kirkuk", "Ninewa", "Baghdad", "Anbar", "Diyala", "Salah al-Din", "Basra"};
    private static final String[] ACTORS = {"Military Forces of Iraq", "ISIS", "Popular Mobilization Forces", "Civilians (Iraq)",
        "Unidentified Armed Group (Iraq)", "Military Forces of Turkey"};
    private static final String[] SOURCES = {"Rudaw", "Shafaq News", "Kurdistan 24", "Xinhua", "Iraqi News Agency"};

    private ImportDiffBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Path.of("target/bench/import-diff");
        Files.createDirectories(dir);
        System.out.printf("ImportDiffBench, %,d rows; %d cores, %.1f GiB RAM, max heap %,d MiB; %s; load average %s%n", n,
                Machine.cores(), Machine.ramGiB(), Machine.maxHeapMiB(), Machine.javaVersion(), Machine.loadAverage());
        Path v1 = dir.resolve("acled-v1.csv");
        Path v2 = dir.resolve("acled-v2.csv");
        writeAcled(v1, n, false);
        writeAcled(v2, n, true);
        System.out.printf("CSV written: %s %,d bytes, %s %,d bytes%n", v1.getFileName(), Files.size(v1), v2.getFileName(), Files.size(v2));

        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        Samples imports = new Samples();
        Samples importCpu = new Samples();
        Dataset first = null;
        for (int r = 0; r < 7; r++) {
            long t = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            Dataset d = new Importer().importFile(ImportSource.ACLED, v1, f -> { }).dataset();
            double ms = (System.nanoTime() - t) / 1e6;
            if (r >= 2) {
                imports.add(ms); // the first two warm the JIT
                importCpu.add((cpu.getCurrentThreadCpuTime() - c) / 1e6);
            }
            first = d;
        }
        System.out.printf("import %,d-row ACLED CSV (Importer.importFile): median %s, p95 %s, n=%d, %,d incidents;"
                + " CPU time of the importing thread median %s%n", n, Samples.ms(imports.median()), Samples.ms(imports.p95()),
                imports.count(), first.incidents().size(), Samples.ms(importCpu.median()));
        Dataset second = new Importer().importFile(ImportSource.ACLED, v2, f -> { }).dataset();
        Path j1 = dir.resolve("acled-v1.json");
        Path j2 = dir.resolve("acled-v2.json");
        new DatasetWriter().write(first, j1);
        new DatasetWriter().write(second, j2);

        Samples diffs = new Samples();
        Samples diffCpu = new Samples();
        Samples csv = new Samples();
        Samples whole = new Samples();
        DatasetDiff diff = null;
        Path out = dir.resolve("changes.csv");
        for (int r = 0; r < 13; r++) {
            long t = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            diff = DatasetDiff.of(first.incidents(), second.incidents());
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            ChangesCsv.write(diff, out);
            long t2 = System.nanoTime();
            if (r >= 3) {
                diffs.add((t1 - t) / 1e6);
                diffCpu.add((c1 - c) / 1e6);
                csv.add((t2 - t1) / 1e6);
            }
        }
        for (int r = 0; r < 5; r++) {
            long t = System.nanoTime();
            Dataset a = new DatasetReader().read(j1).dataset();
            Dataset b = new DatasetReader().read(j2).dataset();
            ChangesCsv.write(DatasetDiff.of(a.incidents(), b.incidents()), out);
            if (r >= 1) {
                whole.add((System.nanoTime() - t) / 1e6);
            }
        }
        System.out.printf("diff (DatasetDiff.of, two %,d-incident datasets in memory): median %s, p95 %s, n=%d,"
                + " CPU time median %s; %s%n", n, Samples.ms(diffs.median()), Samples.ms(diffs.p95()), diffs.count(),
                Samples.ms(diffCpu.median()), diff.summary());
        System.out.printf("changes CSV (ChangesCsv.write, %,d changes): median %s, n=%d%n", diff.changes().size(),
                Samples.ms(csv.median()), csv.count());
        System.out.printf("read both JSON files + diff + CSV (what `diff --out` does, warm JVM): median %s, p95 %s, n=%d%n",
                Samples.ms(whole.median()), Samples.ms(whole.p95()), whole.count());
        System.out.printf("load average at the end %s%n", Machine.loadAverage());
    }

    /**
     * Writes {@code n} ACLED rows; with {@code revised}, as a later export: every 100th event has other fatalities
     * and notes, every 200th is gone, and n/200 new events follow, so the file has about {@code n} rows as well.
     */
    static void writeAcled(Path file, int n, boolean revised) throws IOException {
        SplittableRandom rnd = new SplittableRandom(16);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            for (int i = 0; i < n; i++) {
                String row = row(i, rnd, revised && i % 100 == 7);
                if (!(revised && i % 200 == 3)) {
                    w.write(row);
                }
            }
            if (revised) {
                for (int i = n; i < n + n / 200; i++) {
                    w.write(row(i, rnd, false));
                }
            }
        }
    }

    private static String row(int i, SplittableRandom rnd, boolean revise) {
        LocalDate date = LocalDate.of(2016, 1, 1).plusDays(rnd.nextInt(3000));
        String type = TYPES[rnd.nextInt(TYPES.length)];
        String province = PROVINCES[rnd.nextInt(PROVINCES.length)];
        String a1 = ACTORS[rnd.nextInt(ACTORS.length)];
        String a2 = rnd.nextInt(3) == 0 ? "" : ACTORS[rnd.nextInt(ACTORS.length)];
        String place = province + " village " + rnd.nextInt(900);
        double lat = 29.5 + rnd.nextDouble() * 7.5;
        double lon = 39.0 + rnd.nextDouble() * 9.0;
        int killed = rnd.nextInt(10) == 0 ? rnd.nextInt(40) : rnd.nextInt(3);
        String source = SOURCES[rnd.nextInt(SOURCES.length)];
        String notes = "On " + date + ", " + a1 + " clashed with " + (a2.isEmpty() ? "unknown attackers" : a2) + " near "
                + place + " (" + province + "). " + killed + " fatalities reported" + (revise ? "; revised after a later report." : ".");
        return String.format(Locale.ROOT, "IRQ%d,%s,%d,%s,%s,%s,%s,%s,%.4f,%.4f,%d,%s,\"%s\",%d%n", i, date, 1 + rnd.nextInt(2),
                type, a1, a2, province, place, lat, lon, 1 + rnd.nextInt(3), source, notes, revise ? killed + 2 : killed);
    }
}
