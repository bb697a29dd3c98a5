package org.incidentatlas.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.incidentatlas.app.AliasEdits;
import org.incidentatlas.app.Workbench;

/**
 * Edit > Aliases: the alias table in force (bundled and the dataset's own), a name added under a canonical name
 * or taken away, two names said to be different. Each button is one undoable command of {@link AliasEdits};
 * the dialog shows what the table is after it.
 */
final class AliasesDialog {

    private static final String OWN = "  (this dataset)";

    private final Workbench bench;
    private final Stage stage = new Stage();
    private final ChoiceBox<String> kind = new ChoiceBox<>();
    private final TreeView<String> tree = new TreeView<>(new TreeItem<>());
    private final ComboBox<String> canonical = new ComboBox<>();
    private final TextField name = new TextField();
    private final TextField first = new TextField();
    private final TextField second = new TextField();
    private final ListView<String> pairs = new ListView<>();

    AliasesDialog(Stage owner, Workbench bench) {
        this.bench = bench;
        stage.initOwner(owner);
        stage.setTitle("Aliases");
        kind.getItems().setAll("Actors", "Provinces");
        kind.setValue("Actors");
        kind.setId("aliasesKind");
        kind.valueProperty().addListener(o -> fill());
        tree.setShowRoot(false);
        tree.setId("aliasesTree");
        tree.setPrefHeight(300);
        tree.getSelectionModel().selectedItemProperty().addListener((obs, was, item) -> {
            if (item != null) {
                TreeItem<String> group = item.getParent() == tree.getRoot() ? item : item.getParent();
                canonical.setValue(group.getValue());
            }
        });
        canonical.setEditable(true);
        canonical.setId("aliasesCanonical");
        canonical.setPromptText("Canonical name (a new one starts a group)");
        canonical.setMaxWidth(Double.MAX_VALUE);
        name.setId("aliasesName");
        name.setPromptText("Another name of it");
        Button add = button("Add name", "aliasesAdd", () -> edits().addName(kindKey(), canonical.getEditor().getText(),
                name.getText()));
        Button remove = button("Remove selected name", "aliasesRemove", this::removeSelected);
        first.setPromptText("A name");
        second.setPromptText("another name");
        first.setId("aliasesFirst");
        second.setId("aliasesSecond");
        Button different = button("Mark as different", "aliasesDifferent",
                () -> edits().markDifferent(first.getText(), second.getText()));
        pairs.setId("aliasesPairs");
        pairs.setPrefHeight(90);
        Button undo = button("Take back selected pair", "aliasesSame", this::unmarkSelected);
        Button close = button("Close", "aliasesClose", stage::close);
        close.setCancelButton(true);
        Label note = new Label("Changes are edits of this dataset: Undo (Ctrl+Z) takes them back, Save keeps them with"
                + " it. A bundled name is taken away by marking it different from its canonical name.");
        note.setWrapText(true);
        note.getStyleClass().add("hint");
        HBox.setHgrow(canonical, Priority.ALWAYS);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox.setHgrow(first, Priority.ALWAYS);
        HBox.setHgrow(second, Priority.ALWAYS);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        VBox box = new VBox(8, kind, tree, row(canonical, name, add), row(remove), new Label("Names that are different"),
                pairs, row(first, new Label("is not"), second, different), row(undo, grow, close), note);
        box.setPadding(new Insets(14));
        box.setPrefWidth(620);
        box.setId("aliasesDialog");
        stage.setScene(new Scene(box));
        bench.aliasesProperty().addListener(o -> fill());
        fill();
    }

    void show() {
        fill();
        stage.show();
        stage.toFront();
    }

    private AliasEdits edits() {
        return bench.aliasEdits();
    }

    private String kindKey() {
        return "Provinces".equals(kind.getValue()) ? "province" : "actor";
    }

    private void fill() {
        String keep = canonical.getEditor().getText();
        tree.getRoot().getChildren().clear();
        canonical.getItems().clear();
        for (AliasEdits.Entry e : edits().entries(kindKey())) {
            TreeItem<String> group = new TreeItem<>(e.canonical());
            group.setExpanded(true);
            for (String n : e.names().subList(1, e.names().size())) {
                group.getChildren().add(new TreeItem<>(e.own().contains(n) ? n + OWN : n));
            }
            tree.getRoot().getChildren().add(group);
            canonical.getItems().add(e.canonical());
        }
        canonical.getEditor().setText(keep);
        pairs.getItems().setAll(edits().distinct().stream().map(p -> p.get(0) + "  \u2260  " + p.get(1)).toList());
    }

    private void removeSelected() {
        TreeItem<String> item = tree.getSelectionModel().getSelectedItem();
        if (item == null || item.getParent() == tree.getRoot()) {
            bench.say("Select a name under a canonical name to take it away.");
            return;
        }
        String n = item.getValue().endsWith(OWN) ? item.getValue().substring(0, item.getValue().length() - OWN.length())
                : item.getValue();
        edits().removeName(kindKey(), item.getParent().getValue(), n);
    }

    private void unmarkSelected() {
        int i = pairs.getSelectionModel().getSelectedIndex();
        if (i >= 0) {
            List<String> p = edits().distinct().get(i);
            edits().unmarkDifferent(p.get(0), p.get(1));
        }
    }

    private static Button button(String text, String id, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox h = new HBox(8, nodes);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }
}
