package org.incidentatlas.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * Times one change to what a scene shows, as the analyst would see it. The change is made on the FX thread at the
 * start of a pulse (a pre-layout pulse listener), so no time is spent waiting for the 60 Hz pulse timer; the
 * same pulse then runs CSS and layout, which is where the table puts the new rows in its cells and the map layer
 * redraws its canvas. Three times are taken from the moment the change starts:
 * <ul>
 *   <li>{@code change}: the change itself (for a filter: filtered and sorted lists and every listener on them);</li>
 *   <li>{@code layout}: to the end of that pulse's layout pass (post-layout pulse listener): FX-thread work done;</li>
 *   <li>{@code frame}: to the end of painting that frame on the render thread (JavaFX's scene performance
 *   tracker, an internal API; the software pipeline paints into Monocle's headless framebuffer).</li>
 * </ul>
 * Before each change the probe waits until no frame has been painted for a while, so that the first frame
 * finished after the layout is the one that shows the change.
 */
final class PulseProbe {

    /** Times of one change, in ms from its start; {@code shown}: the check after the layout held. */
    record Timing(double change, double layout, double frame, boolean shown) { }

    private final Object lock = new Object();
    private Runnable pending;
    private BooleanSupplier check;
    private boolean shown;
    private long t0;
    private long t1;
    private long t2;
    private boolean awaitingFrame;
    private volatile long lastFrame;
    private CompletableFuture<Timing> result;

    /** Call on the FX thread, with the scene in a showing window. */
    PulseProbe(Scene scene) {
        scene.addPreLayoutPulseListener(this::pre);
        scene.addPostLayoutPulseListener(this::post);
        PerformanceTracker.getSceneTracker(scene).setOnRenderedFrameTask(this::rendered);
    }

    /**
     * Makes {@code change} at the start of the next pulse and waits for its frame. Not on the FX thread.
     *
     * @param shown checked on the FX thread right after the layout: does the scene show the change?
     */
    Timing time(Runnable change, BooleanSupplier shown) throws Exception {
        awaitQuiet();
        CompletableFuture<Timing> r = new CompletableFuture<>();
        synchronized (lock) {
            result = r;
            pending = change;
            check = shown;
        }
        Platform.requestNextPulse();
        try {
            return r.get(5, TimeUnit.MINUTES);
        } finally {
            synchronized (lock) {
                pending = null;
                result = null;
                awaitingFrame = false;
            }
        }
    }

    /** Waits until no frame has been painted for 80 ms (at most 3 s: a blinking caret never stops). */
    private void awaitQuiet() throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < end && System.nanoTime() - lastFrame < TimeUnit.MILLISECONDS.toNanos(80)) {
            Thread.sleep(10);
        }
    }

    private void pre() {
        Runnable change;
        synchronized (lock) {
            change = pending;
            pending = null;
        }
        if (change == null) {
            return;
        }
        long start = System.nanoTime();
        try {
            change.run();
        } catch (RuntimeException e) {
            synchronized (lock) {
                result.completeExceptionally(e);
            }
            return;
        }
        synchronized (lock) {
            t0 = start;
            t1 = System.nanoTime();
            t2 = 0;
        }
    }

    private void post() {
        synchronized (lock) {
            if (result != null && t1 != 0 && t2 == 0) {
                t2 = System.nanoTime();
                shown = check.getAsBoolean();
                awaitingFrame = true;
            }
        }
    }

    private void rendered() {
        long now = System.nanoTime();
        lastFrame = now;
        synchronized (lock) {
            if (awaitingFrame) {
                awaitingFrame = false;
                result.complete(new Timing((t1 - t0) / 1e6, (t2 - t0) / 1e6, (now - t0) / 1e6, shown));
                t1 = 0;
            }
        }
    }
}
