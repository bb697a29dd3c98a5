package org.incidentatlas.app;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Long work off the application thread: runs it on the background executor, reports its progress and hands the
 * result (or the failure) back through the application executor (the FX thread in the window; the same thread
 * in tests). One piece of long work at a time shows in the progress bar.
 */
final class Tasks {

    /** Background work that reports progress (0 to 1) and may fail. */
    @FunctionalInterface
    interface Work<T> {
        T run(DoubleConsumer progress) throws Exception;
    }

    private final Executor background;
    private final Executor app;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private int running;

    Tasks(Executor background, Executor app) {
        this.background = background;
        this.app = app;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Runs {@code work} in the background; {@code done} or {@code failed} runs on the application thread. */
    <T> void run(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        running++;
        busy.set(true);
        progress.set(0);
        background.execute(() -> {
            try {
                T result = work.run(f -> app.execute(() -> progress.set(f)));
                app.execute(() -> {
                    finished();
                    done.accept(result);
                });
            } catch (Exception | Error e) {
                // the work reports what it foresees itself; this is the last guard: an error nobody foresaw (a
                // library that cannot load, memory running out) is said, and the progress bar does not hang
                app.execute(() -> {
                    finished();
                    failed.accept(e);
                });
            }
        });
    }

    /** Quick work in the background with no progress bar (counts): only its result comes back. */
    void quietly(Runnable work) {
        background.execute(work);
    }

    /** Hands something back to the application thread. */
    void later(Runnable r) {
        app.execute(r);
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }
}
