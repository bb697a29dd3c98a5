package org.incidentatlas.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.incidentatlas.briefing.BriefingComposer;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * Starts JavaFX for a command that draws (the briefing snapshot) without a display: Monocle's headless
 * platform and software rendering, as the window tests use. The same on every machine, with or without a
 * display, and no window ever opens. A JavaFX that runs already (the tests, a second command) is used as it is.
 */
final class HeadlessFx {

    /**
     * JavaFX's own logger: quietened, because it warns on every start from a plain class path ("Unsupported
     * JavaFX configuration"), which is how the jar runs; the command's stderr is for its one error line.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private HeadlessFx() {
    }

    /** @throws IllegalStateException with a reason when JavaFX cannot be started */
    static void start() {
        // read once, when the toolkit starts; an explicit -D setting wins
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
        JAVAFX_LOG.setLevel(Level.SEVERE);
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            return;
        } catch (RuntimeException | LinkageError e) {
            throw new IllegalStateException("JavaFX could not start without a display (" + e + ")", e);
        }
        try {
            if (!started.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("JavaFX did not start within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while JavaFX was starting", e);
        }
        // No window is ever shown; keep JavaFX running for a later command or test in the same JVM.
        Platform.setImplicitExit(false);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /**
     * Waits here for work started on the FX thread (a briefing page, a PDF's values); the composer has its own
     * limit for the map, so this one only catches a page that never finishes.
     */
    static <T> T await(CompletableFuture<T> made) {
        try {
            return made.get(BriefingComposer.DEFAULT_TIMEOUT.toSeconds() + 60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(BriefingComposer.reason(e), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the page was not drawn in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
