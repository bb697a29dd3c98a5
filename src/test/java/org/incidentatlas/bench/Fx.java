package org.incidentatlas.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;

/** The JavaFX toolkit, headless as in the tests, and small ways to run work on its thread and wait. */
final class Fx {

    private static boolean started;

    private Fx() {
    }

    /**
     * The pom's surefire {@code headless.argLine}, set before the toolkit starts. One difference: the screen is
     * 1920x1080, so the 1920x1080 map of the briefing row fits (Monocle's framebuffer would clip a larger stage).
     */
    static String[] headlessProperties(Path projectDir) {
        return new String[] {"testfx.robot=glass", "testfx.headless=true", "glass.platform=Monocle",
            "monocle.platform=Headless", "prism.order=sw", "java.awt.headless=true", "headless.geometry=1920x1080-32",
            "javafx.cachedir=" + projectDir.resolve("target/javafx-cache"),
            "incidentatlas.prefs=" + org.incidentatlas.ui.BenchViews.PREFS};
    }

    static synchronized void start(Path projectDir) throws Exception {
        if (started) {
            return;
        }
        for (String p : headlessProperties(projectDir)) {
            int eq = p.indexOf('=');
            System.setProperty(p.substring(0, eq), p.substring(eq + 1));
        }
        CompletableFuture<Void> up = new CompletableFuture<>();
        Platform.startup(() -> up.complete(null));
        up.get(60, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        started = true;
    }

    /** Runs {@code work} on the FX thread and returns its result. */
    static <T> T call(Callable<T> work) throws Exception {
        CompletableFuture<T> out = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                out.complete(work.call());
            } catch (Throwable e) {
                out.completeExceptionally(e);
            }
        });
        try {
            return out.get(10, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception x ? x : e;
        }
    }

    static void run(ThrowingRunnable work) throws Exception {
        call(() -> {
            work.run();
            return null;
        });
    }

    /** Waits, polling on the FX thread, until {@code condition} holds; false on timeout. */
    static boolean waitFor(BooleanSupplier condition, long timeoutMs) throws Exception {
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (System.nanoTime() < end) {
            if (call(condition::getAsBoolean)) {
                return true;
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** Lets a few pulses run (a change's layout and painting) before going on. */
    static void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            Platform.requestNextPulse();
            run(() -> { });
            Thread.sleep(20);
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    static void check(boolean ok, String what) throws TimeoutException {
        if (!ok) {
            throw new TimeoutException(what);
        }
    }
}
