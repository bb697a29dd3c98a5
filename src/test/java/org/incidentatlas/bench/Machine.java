package org.incidentatlas.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the figures were measured on, and how to start another JVM like this one. */
final class Machine {

    private Machine() {
    }

    static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    static double ramGiB() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return os.getTotalMemorySize() / (double) (1L << 30);
    }

    /** The 1, 5 and 15 minute load averages, "1.00 2.72 2.93" (empty where unknown). */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return l < 0 ? "" : String.format(Locale.ROOT, "%.2f", l);
        }
    }

    /** The java binary running this JVM. */
    static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The three lines of {@code java -version}, joined with " / ". */
    static String javaVersion() {
        try {
            Process p = new ProcessBuilder(javaBinary(), "-version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return out.lines().map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.joining(" / "));
        } catch (IOException | InterruptedException e) {
            return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        }
    }

    /**
     * The class path this code was loaded from: under {@code exec:java} the project's test class path (the exec
     * plugin's class loader), else {@code java.class.path}.
     */
    static String classPath() {
        List<String> parts = new ArrayList<>();
        for (ClassLoader l = Machine.class.getClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader u) {
                for (URL url : u.getURLs()) {
                    try {
                        parts.add(Path.of(url.toURI()).toString());
                    } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                        // not a file: not for a class path
                    }
                }
                break;
            }
        }
        return parts.isEmpty() ? System.getProperty("java.class.path") : String.join(java.io.File.pathSeparator, parts);
    }

    static long maxHeapMiB() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }
}
