package org.incidentatlas.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.incidentatlas.app.DialogService;
import org.incidentatlas.dataset.Problem;

/**
 * The application's questions as JavaFX dialogs, over the window that has the focus (the briefing dialog's own
 * questions sit over it), else the main window. The one place that builds file choosers and alerts.
 */
final class FxDialogService implements DialogService {

    private final Stage main;

    FxDialogService(Stage main) {
        this.main = main;
    }

    private Window owner() {
        return Window.getWindows().stream().filter(w -> w.isShowing() && w.isFocused()).findFirst().orElse(main);
    }

    @Override
    public Optional<Chosen> chooseOpen(FileRequest request) {
        FileChooser chooser = chooser(request);
        File f = chooser.showOpenDialog(owner());
        return f == null ? Optional.empty() : Optional.of(new Chosen(f.toPath(), typeIndex(chooser)));
    }

    @Override
    public Optional<Chosen> chooseSave(FileRequest request) {
        FileChooser chooser = chooser(request);
        if (request.suggestedName() != null) {
            chooser.setInitialFileName(request.suggestedName());
        }
        File f = chooser.showSaveDialog(owner());
        return f == null ? Optional.empty() : Optional.of(new Chosen(f.toPath(), typeIndex(chooser)));
    }

    @Override
    public boolean confirm(String title, String question, String yes, String no) {
        ButtonType yesButton = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType noButton = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, question, yesButton, noButton);
        a.initOwner(owner());
        a.setTitle(title);
        a.setHeaderText(null);
        a.getDialogPane().setId("confirmDialog");
        return a.showAndWait().filter(yesButton::equals).isPresent();
    }

    @Override
    public int choose(String title, String question, List<String> answers) {
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            buttons.add(new ButtonType(answers.get(i), i == 0 ? ButtonBar.ButtonData.YES
                    : i == answers.size() - 1 ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.NO));
        }
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, question, buttons.toArray(ButtonType[]::new));
        a.initOwner(owner());
        a.setTitle(title);
        a.setHeaderText(null);
        a.getDialogPane().setId("chooseDialog");
        return a.showAndWait().map(buttons::indexOf).filter(i -> i >= 0).orElse(answers.size() - 1);
    }

    @Override
    public void showProblems(String headline, List<Problem> problems) {
        ProblemsDialog.create(owner(), headline, problems).show();
    }

    @Override
    public void show(Level level, String title, String headline, String text) {
        Alert a = new Alert(switch (level) {
            case INFORMATION -> Alert.AlertType.INFORMATION;
            case WARNING -> Alert.AlertType.WARNING;
            case ERROR -> Alert.AlertType.ERROR;
        });
        a.initOwner(owner());
        a.setTitle(title);
        a.setHeaderText(headline);
        TextArea body = new TextArea(text);
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefSize(680, text.length() > 400 ? 300 : 140);
        body.setId("messageBody");
        a.getDialogPane().setContent(body);
        a.getDialogPane().setId("messageDialog");
        a.setResizable(true);
        a.show();
    }

    private static FileChooser chooser(FileRequest request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        for (FileType t : request.types()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(), t.patterns()));
        }
        Path folder = request.folder();
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private static int typeIndex(FileChooser chooser) {
        return Math.max(0, chooser.getExtensionFilters().indexOf(chooser.getSelectedExtensionFilter()));
    }
}
