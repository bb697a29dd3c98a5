package org.incidentatlas.ui;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import org.incidentatlas.dataset.DatasetReader;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.filter.SearchIndex;

/** Reads datasets off the FX thread and hands the result back on it. */
public final class DatasetLoader {

    private final DatasetReader reader = new DatasetReader();
    private final Executor background;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);

    public DatasetLoader(Executor background) {
        this.background = background;
    }

    /** The background executor, for other work that must stay off the FX thread (exports). */
    public Executor executor() {
        return background;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 0 to 1 while a read runs. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    /** Background work that reports progress (0 to 1) and may fail. */
    @FunctionalInterface
    public interface Work<T> {
        T run(java.util.function.DoubleConsumer progress) throws Exception;
    }

    /**
     * Runs other long work (an import) in the background with the same progress bar; {@code done} or
     * {@code failed} runs on the FX thread.
     */
    public <T> void run(Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        busy.set(true);
        progress.set(0);
        background.execute(() -> {
            try {
                T result = work.run(f -> Platform.runLater(() -> progress.set(f)));
                Platform.runLater(() -> {
                    busy.set(false);
                    done.accept(result);
                });
            } catch (Exception | OutOfMemoryError e) {
                // the work reports what it foresees itself; this is the last guard against a crash
                Platform.runLater(() -> {
                    busy.set(false);
                    failed.accept(e);
                });
            }
        });
    }

    /** Reads {@code file} and indexes it for search in the background; {@code done} runs on the FX thread. */
    public void load(Path file, Consumer<LoadedDataset> done) {
        run(progress -> {
            ReadResult read = reader.read(file, progress);
            return new LoadedDataset(read, read.ok() ? SearchIndex.build(read.dataset().incidents()) : null);
        }, done, e -> done.accept(new LoadedDataset(ReadResults.unexpected(file, e), null)));
    }
}
