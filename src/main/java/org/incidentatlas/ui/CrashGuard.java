package org.incidentatlas.ui;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Window;

/**
 * The last guard: an error nobody foresaw is written to a log file and shown as a plain message, never as a
 * stack trace, and the window stays open with its data.
 */
final class CrashGuard {

    private static boolean showing;

    private CrashGuard() {
    }

    /** The log: {@code incidentatlas.errorLog}, else incident-atlas-errors.log in the temporary folder. */
    static Path logFile() {
        String configured = System.getProperty("incidentatlas.errorLog");
        return configured != null ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "incident-atlas-errors.log");
    }

    static void install(Window owner) {
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            Path log = write(thread, e);
            if (Platform.isFxApplicationThread()) {
                show(owner, e, log);
            } else {
                Platform.runLater(() -> show(owner, e, log));
            }
        });
    }

    private static Path write(Thread thread, Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        Path log = logFile();
        try {
            Files.writeString(log, LocalDateTime.now() + " on " + thread.getName() + "\n" + trace + "\n",
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException io) {
            return null;
        }
        return log;
    }

    private static void show(Window owner, Throwable e, Path log) {
        if (showing) {
            return; // one dialog at a time: a failure that repeats on every frame must not flood the screen
        }
        showing = true;
        Alert a = new Alert(Alert.AlertType.ERROR, "Incident Atlas met an error it did not expect ("
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + ").\n\nThe open dataset and your files are unchanged. "
                + (log == null ? "" : "The details are in " + log + "; please send that file with a report."));
        a.setHeaderText("Something went wrong");
        if (owner != null && owner.isShowing()) {
            a.initOwner(owner);
        }
        a.setOnHidden(ev -> showing = false);
        a.show();
    }
}
