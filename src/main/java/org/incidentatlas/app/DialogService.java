package org.incidentatlas.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.incidentatlas.dataset.Problem;

/**
 * The questions the application asks the analyst: which file, may it go ahead, what went wrong. The window
 * answers with real dialogs; tests answer from a script. Every method is called on the thread that runs the
 * application's commands (the FX thread in the window) and returns once the analyst has answered.
 */
public interface DialogService {

    /** One kind of file in a file dialog: "CSV, UTF-8 (*.csv)" with the patterns {@code *.csv}. */
    record FileType(String description, List<String> patterns) {
        public FileType {
            patterns = List.copyOf(patterns);
        }

        public static FileType of(String description, String... patterns) {
            return new FileType(description, List.of(patterns));
        }
    }

    /**
     * What a file dialog shows: its title, the folder it starts in (null: the dialog's own choice), the file name
     * it suggests (save only; null for none) and the kinds of file it offers, the first chosen at start.
     */
    record FileRequest(String title, Path folder, String suggestedName, List<FileType> types) {
        public FileRequest {
            types = List.copyOf(types);
        }
    }

    /** The file chosen and which of the request's types was chosen with it (its index). */
    record Chosen(Path path, int type) { }

    /** How serious a message is. */
    enum Level { INFORMATION, WARNING, ERROR }

    /** A file to read; empty when the analyst cancelled. */
    Optional<Chosen> chooseOpen(FileRequest request);

    /** A file to write; empty when the analyst cancelled. */
    Optional<Chosen> chooseSave(FileRequest request);

    /** Asks a yes-or-no question; true for {@code yes}. */
    boolean confirm(String title, String question, String yes, String no);

    /**
     * Asks a question with several answers ("Save", "Don't save", "Cancel"); the index of the one chosen, or the
     * last one's (by convention the answer that changes nothing) when the dialog is closed without an answer.
     */
    default int choose(String title, String question, List<String> answers) {
        return confirm(title, question, answers.get(0), answers.get(answers.size() - 1)) ? 0 : answers.size() - 1;
    }

    /** Lists a dataset's problems, each with where it is and what to do. */
    void showProblems(String headline, List<Problem> problems);

    /** A message with a headline and a longer text (an import report, a failed export). */
    void show(Level level, String title, String headline, String text);
}
