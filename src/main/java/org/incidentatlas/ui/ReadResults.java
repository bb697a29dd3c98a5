package org.incidentatlas.ui;

import java.nio.file.Path;
import java.util.List;
import org.incidentatlas.dataset.Problem;
import org.incidentatlas.dataset.ReadResult;

/** Turns a failure the reader did not foresee into a problem a person can act on, instead of a stack trace. */
final class ReadResults {

    private ReadResults() {
    }

    static ReadResult unexpected(Path file, Throwable e) {
        return new ReadResult(null, List.of(new Problem(Problem.Severity.ERROR, Problem.Code.FILE_UNREADABLE,
                file, 0, 0, null, null, "the file could not be read (" + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ").",
                "Check the file; if it looks right, report this with the file attached.")));
    }
}
