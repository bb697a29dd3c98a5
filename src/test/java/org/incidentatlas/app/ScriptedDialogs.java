package org.incidentatlas.app;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.incidentatlas.dataset.Problem;

/**
 * The analyst's answers, written down before the test: each file dialog and question takes the next answer of
 * its kind, and a question with no answer left fails the test. What was asked and shown is kept to check.
 */
final class ScriptedDialogs implements DialogService {

    /** A message the workbench showed. */
    record Shown(Level level, String title, String headline, String text) { }

    private final Deque<Optional<Chosen>> files = new ArrayDeque<>();
    private final Deque<Boolean> answers = new ArrayDeque<>();
    private final Deque<Integer> choices = new ArrayDeque<>();
    final List<FileRequest> fileRequests = new ArrayList<>();
    final List<String> questions = new ArrayList<>();
    final List<String> problemHeadlines = new ArrayList<>();
    final List<List<Problem>> problems = new ArrayList<>();
    final List<Shown> shown = new ArrayList<>();

    ScriptedDialogs file(Path p) {
        return file(p, 0);
    }

    ScriptedDialogs file(Path p, int type) {
        files.add(Optional.of(new Chosen(p, type)));
        return this;
    }

    ScriptedDialogs cancel() {
        files.add(Optional.empty());
        return this;
    }

    /** The answer, by its index, to the next question with several answers. */
    ScriptedDialogs choice(int index) {
        choices.add(index);
        return this;
    }

    ScriptedDialogs answer(boolean yes) {
        answers.add(yes);
        return this;
    }

    @Override
    public Optional<Chosen> chooseOpen(FileRequest request) {
        return nextFile(request);
    }

    @Override
    public Optional<Chosen> chooseSave(FileRequest request) {
        return nextFile(request);
    }

    private Optional<Chosen> nextFile(FileRequest request) {
        fileRequests.add(request);
        if (files.isEmpty()) {
            throw new AssertionError("a file dialog nobody scripted: " + request);
        }
        return files.poll();
    }

    @Override
    public boolean confirm(String title, String question, String yes, String no) {
        questions.add(question);
        if (answers.isEmpty()) {
            throw new AssertionError("a question nobody scripted: " + question);
        }
        return answers.poll();
    }

    @Override
    public int choose(String title, String question, List<String> options) {
        questions.add(question);
        if (choices.isEmpty()) {
            throw new AssertionError("a question nobody scripted: " + question);
        }
        return choices.poll();
    }

    @Override
    public void showProblems(String headline, List<Problem> list) {
        problemHeadlines.add(headline);
        problems.add(list);
    }

    @Override
    public void show(Level level, String title, String headline, String text) {
        shown.add(new Shown(level, title, headline, text));
    }

    Shown lastShown() {
        if (shown.isEmpty()) {
            throw new AssertionError("nothing was shown");
        }
        return shown.get(shown.size() - 1);
    }
}
