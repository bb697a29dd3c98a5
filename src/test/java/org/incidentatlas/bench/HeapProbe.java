package org.incidentatlas.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.filter.SearchIndex;
import org.incidentatlas.ui.BenchViews;
import org.incidentatlas.ui.MainView;
import org.incidentatlas.app.Workbench;

/**
 * Heap figures, each from a fresh JVM: {@link #probe} starts one on this class path and reads the one line its
 * {@link #main} prints. The child loads a dataset as the window does (read and check, then the search index)
 * and, in {@code window} mode, also shows it in the main view headless, applies a filter and clears it.
 * It reports the peak heap in use (the largest heap occupancy seen just before any collection, or at the end)
 * and the heap retained once everything is loaded (in use just after a full collection).
 */
final class HeapProbe {

    private static final String LINE = "HEAPPROBE ";

    /** {@code xmx} null: the JVM's default maximum heap. Sizes in MiB. */
    record Outcome(String xmx, boolean ok, double seconds, long peakMiB, long retainedMiB, long maxMiB, String failure) {
    }

    private HeapProbe() {
    }

    /** Runs one child JVM; a child out of memory or past {@code timeoutSeconds} is a failed outcome. */
    static Outcome probe(Path projectDir, Path dataset, String mode, String xmx, long timeoutSeconds) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Machine.javaBinary()));
        if (xmx != null) {
            cmd.add("-Xmx" + xmx);
        }
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        for (String p : Fx.headlessProperties(projectDir)) {
            cmd.add("-D" + p);
        }
        cmd.addAll(List.of("-cp", Machine.classPath(), HeapProbe.class.getName(), mode, dataset.toString(),
                projectDir.toString()));
        Path out = Files.createTempFile(projectDir.resolve("target/bench"), "heap-probe", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        boolean ended = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor();
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        Files.delete(out);
        String result = lines.stream().filter(l -> l.startsWith(LINE)).reduce((a, b) -> b).orElse(null);
        if (!ended || p.exitValue() != 0 || result == null) {
            String why = !ended ? "not done in " + timeoutSeconds + " s"
                    : lines.stream().anyMatch(l -> l.contains("OutOfMemoryError")) ? "OutOfMemoryError"
                    : "exit " + p.exitValue() + ": " + lines.stream().skip(Math.max(0, lines.size() - 3)).collect(Collectors.joining(" | "));
            return new Outcome(xmx, false, Double.NaN, -1, -1, -1, why);
        }
        Map<String, String> kv = java.util.Arrays.stream(result.substring(LINE.length()).split(" "))
                .map(s -> s.split("=", 2)).collect(Collectors.toMap(a -> a[0], a -> a[1]));
        return new Outcome(xmx, true, Double.parseDouble(kv.get("seconds")), Long.parseLong(kv.get("peak")),
                Long.parseLong(kv.get("retained")), Long.parseLong(kv.get("max")), null);
    }

    /**
     * The smallest of {@code candidatesMiB} (ascending) with which the child succeeds, assuming a larger heap never
     * fails where a smaller one succeeded; {@code known} is an outcome that succeeded (the default heap).
     */
    static List<Outcome> smallest(Path projectDir, Path dataset, String mode, int[] candidatesMiB, long timeoutSeconds,
                                  long atLeastMiB) throws Exception {
        List<Outcome> tried = new ArrayList<>();
        int lo = 0;
        while (lo < candidatesMiB.length - 1 && candidatesMiB[lo + 1] <= atLeastMiB) {
            lo++;
        }
        int hi = candidatesMiB.length - 1; // assumed to succeed
        Outcome best = null;
        while (lo <= hi) {
            int mid = (lo + hi) / 2;
            Outcome o = probe(projectDir, dataset, mode, candidatesMiB[mid] + "m", timeoutSeconds);
            tried.add(o);
            System.out.printf(Locale.ROOT, "    %s -Xmx%dm: %s%n", mode, candidatesMiB[mid],
                    o.ok() ? String.format(Locale.ROOT, "ok in %.1f s", o.seconds()) : "fails (" + o.failure() + ")");
            if (o.ok()) {
                best = o;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        if (best != null) {
            tried.remove(best);
            tried.add(0, best); // the answer first, then the other tries
        }
        return tried;
    }

    /** The child: {@code load|window DATASET PROJECT_DIR}. */
    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path file = Path.of(args[1]);
        PeakTracker peak = new PeakTracker();
        long start = System.nanoTime();
        ReadResult read = new DatasetReader().read(file);
        if (!read.ok()) {
            System.out.println("dataset not ok: " + read.errors().size() + " errors");
            System.exit(2);
        }
        SearchIndex index = SearchIndex.build(read.dataset().incidents());
        Object window = null;
        if (mode.equals("window")) {
            window = showInWindow(read, index, Path.of(args[2]));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long before = heapUsed();
        System.gc();
        long retained = heapUsed(); // at once: the window goes on allocating while it draws
        Thread.sleep(200); // the notifications of the last collections arrive on another thread
        Reference.reachabilityFence(read);
        Reference.reachabilityFence(index);
        Reference.reachabilityFence(window);
        System.out.printf(Locale.ROOT, "%sseconds=%.2f peak=%d retained=%d max=%d%n", LINE, seconds,
                Math.max(peak.peak, before) >> 20, retained >> 20, Runtime.getRuntime().maxMemory() >> 20);
        System.exit(0);
    }

    /** The main view at 1280x800 with the dataset, its map's tiles drawn, one filter applied and cleared. */
    private static Object showInWindow(ReadResult read, SearchIndex index, Path projectDir) throws Exception {
        Fx.start(projectDir);
        Workbench bench = BenchViews.workbench();
        MainView view = Fx.call(() -> {
            Stage stage = new Stage();
            MainView v = BenchViews.mainView(stage, bench);
            Scene scene = new Scene(v, 1280, 800);
            scene.getStylesheets().add(BenchViews.stylesheet());
            stage.setScene(scene);
            stage.show();
            bench.show(read.dataset(), index);
            v.map().zoomToAll();
            return v;
        });
        Fx.waitFor(() -> view.map().tilesComplete(), 60_000);
        Fx.run(() -> bench.setFilter(IncidentFilter.NONE.withTypes(Set.of("attack", "armed clash"))));
        Fx.settle();
        Fx.run(() -> bench.setFilter(IncidentFilter.NONE));
        Fx.settle();
        return view;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(m -> m.getType() == MemoryType.HEAP)
                .mapToLong(m -> m.getUsage().getUsed()).sum();
    }

    /** The largest heap occupancy seen just before a collection. */
    private static final class PeakTracker {
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(m -> m.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        volatile long peak;

        PeakTracker() {
            for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) gc).addNotificationListener((n, h) -> {
                    if (n.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                        long used = 0;
                        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
                            if (heapPools.contains(e.getKey())) {
                                used += e.getValue().getUsed();
                            }
                        }
                        synchronized (this) {
                            peak = Math.max(peak, used);
                        }
                    }
                }, null, null);
            }
        }
    }
}
