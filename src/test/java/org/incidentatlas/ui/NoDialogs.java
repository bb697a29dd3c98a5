package org.incidentatlas.ui;

import java.util.List;
import java.util.Optional;
import org.incidentatlas.app.DialogService;
import org.incidentatlas.dataset.Problem;

/** For the benchmark: every file dialog is cancelled, every question answered no, every message dropped. */
final class NoDialogs implements DialogService {

    @Override
    public Optional<Chosen> chooseOpen(FileRequest request) {
        return Optional.empty();
    }

    @Override
    public Optional<Chosen> chooseSave(FileRequest request) {
        return Optional.empty();
    }

    @Override
    public boolean confirm(String title, String question, String yes, String no) {
        return false;
    }

    @Override
    public void showProblems(String headline, List<Problem> problems) {
        throw new IllegalStateException("the benchmark's dataset has problems: " + headline);
    }

    @Override
    public void show(Level level, String title, String headline, String text) {
    }
}
