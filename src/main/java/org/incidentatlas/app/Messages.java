package org.incidentatlas.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.dataset.Problem;
import org.incidentatlas.dataset.ReadResult;

/** Wording shared by the workbench's messages. */
final class Messages {

    private Messages() {
    }

    /** "NoSuchFileException: /x/y.csv": what failed, for a message a person reads. */
    static String reason(Throwable e) {
        Throwable t = e.getCause() != null && (e instanceof CompletionException
                || e instanceof ExecutionException) ? e.getCause() : e;
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    static String plural(int n, String one) {
        return String.format("%,d %s%s", n, one, n == 1 ? "" : "s");
    }

    /**
     * "8,283 warnings: 4,324 quotes not verifiable (no stored text), 3,959 records without a quote": imported
     * data has many warnings, and most are expected; the link says which.
     */
    static String warnings(ReadResult r) {
        if (r == null || r.warningCount() == 0) {
            return "";
        }
        int unverified = r.count(Problem.Code.QUOTE_UNVERIFIED);
        int noQuote = r.count(Problem.Code.NO_QUOTE);
        int other = r.warningCount() - unverified - noQuote;
        List<String> parts = new ArrayList<>();
        if (unverified > 0) {
            parts.add(String.format("%,d quote%s not verifiable (no stored text)", unverified, unverified == 1 ? "" : "s"));
        }
        if (noQuote > 0) {
            parts.add(String.format("%,d record%s without a quote", noQuote, noQuote == 1 ? "" : "s"));
        }
        if (other > 0) {
            parts.add(String.format("%,d other", other));
        }
        return plural(r.warningCount(), "warning") + ": " + String.join(", ", parts);
    }

    /** "today at 14:05", or the date and time, of a file's last change; "at an unknown time" when unreadable. */
    static String modified(Path file) {
        try {
            LocalDateTime t = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
            String time = t.format(DateTimeFormatter.ofPattern("HH:mm"));
            return t.toLocalDate().equals(LocalDate.now()) ? "today at " + time
                    : t.toLocalDate() + " at " + time;
        } catch (IOException e) {
            return "at an unknown time";
        }
    }
}
