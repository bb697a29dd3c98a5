package org.incidentatlas.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.incidentatlas.app.Workbench;

/** "4 of 6 incidents — …", the warnings link, what was last done, a filter input's problem, and progress. */
final class StatusBar {

    private StatusBar() {
    }

    static HBox create(Workbench bench, Window owner) {
        Label status = new Label();
        status.setId("statusText");
        status.textProperty().bind(bench.statusProperty());
        status.setMinWidth(Region.USE_PREF_SIZE); // the count is what the bar is for: other texts give way first
        Hyperlink warnings = new Hyperlink();
        warnings.setId("warningsLink");
        warnings.textProperty().bind(bench.warningsTextProperty());
        warnings.visibleProperty().bind(bench.warningsTextProperty().isNotEmpty());
        warnings.setOnAction(e -> ProblemsDialog.create(owner, "The dataset opened with warnings.",
                bench.warningsProperty().get()).show());
        Label problem = new Label();
        problem.setId("filterProblem");
        problem.getStyleClass().add("filter-problem");
        problem.textProperty().bind(bench.filterProblemProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("loadProgress");
        progress.progressProperty().bind(bench.progressProperty());
        progress.visibleProperty().bind(bench.busyProperty());
        progress.setPrefWidth(160);
        Hyperlink since = new Hyperlink();
        since.setId("comparisonLink");
        since.textProperty().bind(bench.comparisons().statusProperty());
        since.visibleProperty().bind(bench.comparisons().statusProperty().isNotEmpty());
        since.setOnAction(e -> ChangesDialog.show(owner, bench));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label message = new Label();
        message.setId("messageText");
        message.textProperty().bind(bench.messageProperty());
        HBox bar = new HBox(8, status, since, warnings, problem, grow, message, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 8, 3, 8));
        bar.setId("statusBar");
        return bar;
    }
}
