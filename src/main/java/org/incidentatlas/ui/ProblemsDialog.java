package org.incidentatlas.ui;

import javafx.event.ActionEvent;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.incidentatlas.dataset.Problem;

/** Lists a dataset's problems, each with where it is and what to do, as plain selectable text. */
final class ProblemsDialog {

    private ProblemsDialog() {
    }

    static Alert create(Window owner, String headline, List<Problem> problems) {
        boolean errors = problems.stream().anyMatch(Problem::isError);
        Alert alert = new Alert(errors ? Alert.AlertType.ERROR : Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(errors ? "Dataset not opened" : "Dataset warnings");
        alert.setHeaderText(headline);
        TextArea list = new TextArea(problems.stream().map(ProblemsDialog::describe).collect(Collectors.joining("\n\n")));
        list.setId("problemList");
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefSize(760, 320);
        VBox.setVgrow(list, Priority.ALWAYS);
        alert.getDialogPane().setContent(new VBox(list));
        alert.getDialogPane().setId("problemsDialog");
        ButtonType copy = new ButtonType("Copy list", ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().add(copy);
        alert.getDialogPane().lookupButton(copy).addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent c = new ClipboardContent();
            c.putString(list.getText());
            Clipboard.getSystemClipboard().setContent(c);
            e.consume();
        });
        alert.setResizable(true);
        return alert;
    }

    static String describe(Problem p) {
        return (p.isError() ? "Error" : "Warning") + " at " + p.where() + "\n  " + capitalise(p.message())
                + (p.hint() == null ? "" : "\n  " + p.hint());
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
