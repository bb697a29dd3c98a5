package org.incidentatlas.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;

/**
 * Times the ACLED import of a made-up export (docs/BENCHMARKS.md, issue 16): {@code N} rows in ACLED's column
 * layout with the newer columns, day-first dates with slashes (so the whole-column order is decided), notes of
 * realistic length. Not a test: run with
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=org.incidentatlas.importer.AcledImportBench
 * -Dexec.classpathScope=test -Dexec.args="100000"}. It lives beside the importer because the importer's
 * row mapping is package-private; the timing covers the whole public {@link Importer#importFile}.
 */
public final class AcledImportBench {

    private static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
            + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,"
            + "region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,"
            + "fatalities,tags,timestamp,population_best";
    private static final String[] PROVINCES = {"Ninewa", "Kirkuk", "Erbil", "Diyala", "Salah al-Din", "Anbar", "Baghdad"};
    private static final String[] TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Protests"};

    private AcledImportBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("acled-bench");
        Path csv = write(dir.resolve("acled.csv"), n);
        System.out.printf("%,d rows, %,d bytes%n", n, Files.size(csv));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int run = 1; run <= 4; run++) {
            long t0 = System.nanoTime();
            long cpu0 = threads.getCurrentThreadCpuTime();
            ImportResult r = new Importer().importFile(ImportSource.ACLED, csv, x -> { });
            long ms = (System.nanoTime() - t0) / 1_000_000;
            // the importing thread's own CPU time: on a loaded machine the wall time mostly measures the queue
            long cpuMs = (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
            System.out.printf("run %d: %,d ms wall, %,d ms CPU of the importing thread, %,d imported, %,d skipped%n", run,
                    ms, cpuMs, r.report().imported(), r.report().skipped());
        }
        Files.delete(csv);
        Files.delete(dir);
    }

    static Path write(Path file, int n) throws IOException {
        Random rnd = new Random(16);
        LocalDate start = LocalDate.of(2016, 1, 1);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write("\r\n");
            for (int i = 0; i < n; i++) {
                LocalDate d = start.plusDays(rnd.nextInt(3000));
                String province = PROVINCES[rnd.nextInt(PROVINCES.length)];
                String type = TYPES[rnd.nextInt(TYPES.length)];
                double lat = 31 + rnd.nextDouble() * 5;
                double lon = 40 + rnd.nextDouble() * 6;
                w.write(String.join(",", "IRQ" + i, String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()),
                        Integer.toString(d.getYear()), Integer.toString(1 + rnd.nextInt(3)), "Political violence", type,
                        "Armed clash", "Military Forces of Iraq (2022-)", "\"Police Forces of Iraq (2022-); Sahwa\"", "1",
                        "Islamic State (Iraq)", "", "2", "12", "", "368", "Middle East", "Iraq", province, province + " district",
                        "", "Place " + (i % 900), String.format("%.4f", lat), String.format("%.4f", lon),
                        Integer.toString(1 + rnd.nextInt(3)), "\"Rudaw; Kurdistan 24\"", "National",
                        "\"On " + d + ", militants attacked a position near Place " + (i % 900) + " in " + province
                                + ". Casualties were reported by local sources; the figure could not be confirmed.\"",
                        Integer.toString(rnd.nextInt(6)), "", "1718000000", ""));
                w.write("\r\n");
            }
        }
        return file;
    }
}
