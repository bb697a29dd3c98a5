package org.incidentatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import org.incidentatlas.generate.DatasetGenerator;
import org.incidentatlas.ui.BenchViews;

/**
 * The benchmark of docs/BENCHMARKS.md (issues 4 and 6), headless, as one command:
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.mainClass=org.incidentatlas.bench.Benchmark -Dexec.classpathScope=test \
 *     -Dexec.args="--sizes 10000,100000,1000000"
 * </pre>
 * For each size it generates a dataset into {@code target/bench/} (kept, by size and seed, for the next run),
 * times loading, filtering, the table and the map, the CSV export and the briefing PNG in this JVM with warm-up
 * runs and medians, measures the heap in fresh JVMs, and writes the table between the markers of
 * docs/BENCHMARKS.md. Options: {@code --seed N} (7), {@code --no-heap} (skip the fresh-JVM heap figures, the
 * slowest part), {@code --no-doc} (print only), {@code --only PHASE,...} (some of {@value #PHASES}, for a profile;
 * implies {@code --no-doc}).
 */
public final class Benchmark {

    static final String COMMAND = "./mvnw -q test-compile exec:java -Dexec.mainClass=org.incidentatlas.bench.Benchmark "
            + "-Dexec.classpathScope=test -Dexec.args=\"--sizes 10000,100000,1000000\"";

    /** -Xmx values tried when looking for the smallest heap that does the job, in MiB. */
    private static final int[] HEAPS = {64, 96, 128, 192, 256, 384, 512, 768, 1024, 1536, 2048, 2560, 3072, 4096, 6144};

    static final String PHASES = "load,broken,export,filter,table,main,paint,picture,edit,heap";

    private Benchmark() {
    }

    /** The rows of the table, in order. One more measure: one more line here, and a {@code put} where it is measured. */
    static void rows(Report r) {
        r.row("load", "Load and check: `DatasetReader.read` (parse, fast path or schema, article texts, quote check)",
                "< 2 s at 100k", 100_000);
        r.row("parseValues", "Bare Jackson streaming parse of the same bytes, every value read (`getText`, numbers)", "", 0);
        r.row("parseTokens", "Bare Jackson streaming parse, tokens only (`nextToken`)", "", 0);
        r.row("ratio", "Load ÷ bare parse (every value read)", "≤ 3× at 100k", 100_000);
        r.row("brokenUnclosed", "Report a broken file: one unclosed `[` in the first incident (issue 18)", "< 2 s at 100k",
                100_000);
        r.row("brokenStray", "… a stray `[` before the first incident (the rest of the file becomes one value)",
                "< 2 s at 100k", 100_000);
        r.row("brokenMany", "… nearly every latitude out of range (an error per record; 50 listed, the rest counted)",
                "", 0);
        r.row("index", "Search index (`SearchIndex.build`, which the window runs after the read)", "", 0);
        r.row("loadIndex", "Load and check + search index (what opening a dataset costs, medians added)", "", 0);
        r.row("heapLoad", "Heap for load + index, fresh JVM, default heap: peak in use / retained after", "", 0);
        r.row("heap1g", "Load + index in a fresh JVM with `-Xmx1g`", "loads in < 1 GB heap at 100k", 100_000);
        r.row("heapMinLoad", "Smallest `-Xmx` that loads + indexes (fresh JVM; tried in steps)", "", 0);
        r.row("heapWindow", "Whole window with the dataset shown, fresh JVM, default heap: peak / retained",
                "1M opens with the default heap (¼ of RAM)", 1_000_000);
        r.row("heapMinWindow", "Smallest `-Xmx` that loads it and shows it in the window", "", 0);
        r.row("filter", "Filter alone: `filterProperty().set` → filtered and sorted lists updated (FX thread)", "", 0);
        r.row("tableRefresh", "Table refresh alone: CSS + layout of the pulse after the filter (table in a 1280x800 window)", "", 0);
        r.row("tableFrame", "Filter + table refresh, to the end of that layout; and to the frame painted", "", 0);
        r.row("mainView", "**Filter + refresh of table and map** (whole window 1280x800), FX thread, to the end of the layout"
                + " in which the table shows the new rows and the map layer is redrawn (issue 4)", "median < 50 ms at 100k", 100_000);
        r.row("mainViewFrame", "… the same, to the frame painted (render thread, software pipeline)", "", 0);
        r.row("mainViewChange", "… of which the change itself (lists, map projection, legend, histogram, status)", "", 0);
        r.row("pan", "Map pan/zoom in the window (zooms 5–13 around Kirkuk): pulse with the layer redraw; to frame painted", "", 0);
        r.row("mapPaint", "Incident layer paint alone after a pan/zoom, 1280x520 (MapBench's measure)", "", 0);
        EditBench.rows(r);
        r.row("csv", "CSV export of every row (`CsvExporter`, to a file in target/bench)", "< 1 s at 100k", 100_000);
        r.row("picture", "Briefing PNG (`BriefingComposer`, 1920x1080 slide, every incident): page laid out, map drawn"
                + " with every tile, pixels taken; then `Briefing.writePng`", "", 0);
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>(List.of(10_000, 100_000, 1_000_000));
        long seed = 7;
        boolean doc = true;
        List<String> phases = List.of(PHASES.split(","));
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(args[++i].split(",")).map(s -> Integer.parseInt(s.strip().replace("_", ""))).toList();
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--no-heap" -> phases = phases.stream().filter(p -> !p.equals("heap")).toList();
                case "--no-doc" -> doc = false;
                case "--only" -> {
                    phases = List.of(args[++i].split(","));
                    doc = false;
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--sizes N,N,... --seed N --no-heap --no-doc --only " + PHASES + ")");
            }
        }
        Path project = Path.of("").toAbsolutePath();
        Path dir = Files.createDirectories(project.resolve("target/bench"));
        Report report = new Report();
        rows(report);
        String loadBefore = Machine.loadAverage();
        List<String> header = new ArrayList<>();
        header.add("- Date: " + LocalDate.now() + ". Machine: " + Machine.cores() + " cores, "
                + String.format(Locale.ROOT, "%.1f", Machine.ramGiB()) + " GiB RAM; `java -version`: `" + Machine.javaVersion()
                + "`. Benchmark JVM: default heap, max " + String.format(Locale.ROOT, "%,d", Machine.maxHeapMiB()) + " MiB.");
        header.add("- Command (headless, Monocle software rendering, as the tests; about 10 minutes, the generated datasets"
                + " stay in target/bench for the next run):\n\n  ```sh\n  " + COMMAND + "\n  ```\n");
        report.say("Incident Atlas benchmark, sizes " + sizes + ", seed " + seed + "; load average " + loadBefore);
        Fx.start(project);
        List<String> data = new ArrayList<>();
        for (int n : sizes) {
            report.size(n, String.format(Locale.ROOT, "%,d", n));
            Reps reps = Reps.forSize(n);
            Path file = dataset(n, seed, dir, report);
            data.add(String.format(Locale.ROOT, "%,d: %.0f MB", n, Files.size(file) / 1e6));
            report.say(String.format(Locale.ROOT, "== %,d incidents, %s (%.0f MB); %s; load average %s", n, file.getFileName(),
                    Files.size(file) / 1e6, reps, Machine.loadAverage()));
            LoadBench load = new LoadBench(report, reps, n);
            LoadBench.Loaded loaded = phases.contains("load") ? load.load(file) : LoadBench.loadOnce(file);
            if (phases.contains("broken")) {
                new BrokenFileBench(report, reps, n).run(file);
            }
            if (phases.contains("export")) {
                load.export(loaded.dataset(), dir);
            }
            WindowBench window = new WindowBench(report, reps, n, loaded);
            if (phases.contains("filter")) {
                window.filterOnly();
            }
            if (phases.contains("table")) {
                window.table();
            }
            if (phases.contains("main")) {
                window.mainView();
            }
            if (phases.contains("paint")) {
                window.mapPaint();
            }
            if (phases.contains("picture")) {
                window.briefing(dir);
            }
            if (phases.contains("edit")) {
                new EditBench(report, reps, n, loaded).run(dir);
            }
            loaded = null;
            window = null;
            System.gc();
            if (phases.contains("heap")) {
                heap(report, project, file, n);
            }
        }
        header.add("- Data: `new DatasetGenerator().generate(n, " + seed + ", …)` (incidents clustered around real towns, every "
                + "quote verified against its generated article); JSON file sizes " + String.join(", ", data) + ".");
        header.add("- Load average (1, 5, 15 min) at the start " + loadBefore + ", at the end " + Machine.loadAverage()
                + " (the benchmark's own JVMs included).");
        header.add("- Figures are medians of timed runs after warm-up runs in one JVM (n = timed runs; p95 where"
                + " shown); heap figures come from fresh JVMs. Targets are judged at the size they name.");
        report.note("Window timings: the change is made at the start of a pulse and timed to the end of that pulse's"
                + " layout pass, where the table fills its cells and the map layer redraws its canvas; a check after"
                + " the layout confirms both happened in that pulse. \"Painted\" adds the render thread drawing the frame.");
        report.note("Filters, round after round: " + String.join("; ", WindowBench.FILTERS.keySet()) + ".");
        if (doc) {
            Report.writeInto(project.resolve("docs/BENCHMARKS.md"), "Load, filter, export (issues 4 and 6)",
                    report.markdown(header));
            System.out.println("Written to docs/BENCHMARKS.md");
        }
        BenchViews.forgetSettings();
        Platform.exit();
        System.exit(0);
    }

    /** The dataset for (n, seed), generated once into {@code dir} (with its articles beside it). */
    static Path dataset(int n, long seed, Path dir, Report report) throws Exception {
        Path file = dir.resolve("bench-" + n + "-seed" + seed + ".json");
        if (!Files.isRegularFile(file)) {
            long t = System.nanoTime();
            new DatasetGenerator().generate(n, seed, file); // the articles first, the dataset last (atomically)
            report.say(String.format(Locale.ROOT, "generated %s in %.1f s", file.getFileName(), (System.nanoTime() - t) / 1e9));
        }
        return file;
    }

    /** The heap figures for one size, each from a fresh JVM. */
    private static void heap(Report report, Path project, Path file, int n) throws Exception {
        HeapProbe.Outcome load = HeapProbe.probe(project, file, "load", null, 900);
        long timeout = Math.max(120, (long) (load.seconds() * 10));
        report.say(String.format(Locale.ROOT, "heap, load + index, default heap (max %,d MiB): %s", load.maxMiB(), describe(load)));
        if (load.ok()) {
            report.note(String.format(Locale.ROOT, "The default heap of a fresh JVM here (a quarter of RAM) is %,d MiB.",
                    load.maxMiB()));
        }
        report.put("heapLoad", n, load.ok() ? String.format(Locale.ROOT, "%,d / **%,d MiB**", load.peakMiB(), load.retainedMiB())
                : "fails: " + load.failure());
        HeapProbe.Outcome oneGig = HeapProbe.probe(project, file, "load", "1g", timeout);
        report.say("heap, load + index with -Xmx1g: " + describe(oneGig));
        report.put("heap1g", n, oneGig.ok() ? String.format(Locale.ROOT, "**loads** in %.1f s, peak %,d MiB", oneGig.seconds(),
                oneGig.peakMiB()) : "**fails**: " + oneGig.failure(), n == 100_000 ? oneGig.ok() : null);
        if (load.ok()) {
            report.put("heapMinLoad", n, smallest(project, file, "load", timeout, load.retainedMiB(), report));
        }
        HeapProbe.Outcome window = HeapProbe.probe(project, file, "window", null, 900);
        report.say(String.format(Locale.ROOT, "heap, window, default heap (max %,d MiB): %s", window.maxMiB(), describe(window)));
        report.put("heapWindow", n, window.ok() ? String.format(Locale.ROOT, "%,d / **%,d MiB**",
                window.peakMiB(), window.retainedMiB()) : "**fails**: " + window.failure(),
                n == 1_000_000 ? window.ok() : null);
        if (window.ok()) {
            long windowTimeout = Math.max(120, (long) (window.seconds() * 10));
            report.put("heapMinWindow", n, smallest(project, file, "window", windowTimeout, window.retainedMiB(), report));
        }
    }

    private static String smallest(Path project, Path file, String mode, long timeout, long retainedMiB, Report report)
            throws Exception {
        List<HeapProbe.Outcome> tried = HeapProbe.smallest(project, file, mode, HEAPS, timeout, retainedMiB);
        HeapProbe.Outcome best = tried.isEmpty() || !tried.get(0).ok() ? null : tried.get(0);
        String fails = tried.stream().filter(o -> !o.ok()).map(o -> o.xmx() + " fails").reduce((a, b) -> a + ", " + b).orElse("");
        String text = best == null ? "none of the steps up to " + HEAPS[HEAPS.length - 1] + "m"
                : String.format(Locale.ROOT, "**%s** (%.1f s)%s", best.xmx(), best.seconds(), fails.isEmpty() ? "" : "; " + fails);
        report.say("heap, smallest -Xmx for " + mode + ": " + text.replace("**", ""));
        return text;
    }

    private static String describe(HeapProbe.Outcome o) {
        return o.ok() ? String.format(Locale.ROOT, "ok in %.1f s, peak %,d MiB, retained %,d MiB", o.seconds(), o.peakMiB(),
                o.retainedMiB()) : "FAILS: " + o.failure();
    }
}
