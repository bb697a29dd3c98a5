package org.incidentatlas.map;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.incidentatlas.model.DateText;
import org.incidentatlas.model.Incident;

/**
 * The list that opens over the map when a stack of incidents at one point is clicked: one line per incident
 * (date, type, title); picking one selects it. Esc, a click elsewhere on the map, a pan or a zoom close it.
 */
final class StackList extends VBox {

    private final Label header = new Label();
    private final ListView<Incident> list = new ListView<>();

    StackList(Consumer<Incident> select) {
        setId("mapStackList");
        setManaged(false);
        setVisible(false);
        setSpacing(3);
        setPadding(new Insets(5));
        setStyle("-fx-background-color: rgba(255,255,255,0.97); -fx-border-color: #888; -fx-font-size: 11.5px;");
        header.setStyle("-fx-font-weight: bold;");
        list.setPrefSize(340, 200);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Incident item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DateText.of(item) + " \u00b7 " + item.type() + " \u00b7 " + item.title());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                select.accept(now);
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                hide();
                e.consume();
            }
        });
        getChildren().addAll(header, list);
    }

    /** Opens the list of {@code incidents} near (x, y) of the map, kept inside a map {@code w} by {@code h}. */
    void show(List<Incident> incidents, double x, double y, double w, double h) {
        header.setText(String.format("%,d incidents at this point", incidents.size()));
        list.getSelectionModel().clearSelection();
        list.getItems().setAll(incidents);
        list.setPrefHeight(Math.min(220, 26 + 24 * incidents.size()));
        autosize();
        double pw = prefWidth(-1);
        double ph = prefHeight(pw);
        resize(pw, ph);
        relocate(Math.max(2, Math.min(w - pw - 2, x + 12)), Math.max(2, Math.min(h - ph - 2, y + 12)));
        setVisible(true);
        toFront();
        list.requestFocus();
    }

    void hide() {
        setVisible(false);
    }

    List<Incident> items() {
        return List.copyOf(list.getItems());
    }

    ListView<Incident> listView() {
        return list;
    }

    @Override
    protected double computeMaxWidth(double height) {
        return Region.USE_PREF_SIZE;
    }
}
