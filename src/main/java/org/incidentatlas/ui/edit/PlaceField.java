package org.incidentatlas.ui.edit;

import org.incidentatlas.places.PlaceMatch;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Side;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * The place box: as the analyst types, the offline lookup's matches drop down under it (the gazetteer, the
 * basemap's places, the admin areas, by any of their spellings); picking one fills the location fields.
 * Typing on without picking keeps the name as typed (the point is then placed another way).
 */
final class PlaceField {

    private final TextField field = new TextField();
    private final ContextMenu menu = new ContextMenu();
    private final Function<String, List<PlaceMatch>> lookup;
    private final Consumer<PlaceMatch> picked;
    private boolean filling;

    PlaceField(Function<String, List<PlaceMatch>> lookup, Consumer<PlaceMatch> picked) {
        this.lookup = lookup;
        this.picked = picked;
        field.setId("formPlace");
        field.setPromptText("type a place: suggestions from the offline gazetteer");
        menu.setId("placeSuggestions");
        field.textProperty().addListener((obs, old, now) -> {
            if (!filling && field.isFocused()) {
                suggest(now);
            }
        });
        field.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                menu.hide();
            }
        });
    }

    TextField field() {
        return field;
    }

    /** Sets the text without offering suggestions (a draft being shown). */
    void setText(String text) {
        filling = true;
        try {
            field.setText(text);
        } finally {
            filling = false;
        }
    }

    private void suggest(String typed) {
        if (typed == null || typed.strip().length() < 2) {
            menu.hide();
            return;
        }
        List<PlaceMatch> found = lookup.apply(typed.strip());
        menu.getItems().clear();
        for (PlaceMatch c : found) {
            Label l = new Label(c.describe());
            l.setPrefWidth(Math.max(260, field.getWidth()));
            CustomMenuItem item = new CustomMenuItem(l, true);
            item.setId("placeSuggestion");
            item.setOnAction(e -> {
                setText(c.name());
                field.positionCaret(c.name().length());
                picked.accept(c);
            });
            menu.getItems().add(item);
        }
        if (found.isEmpty()) {
            menu.hide();
        } else if (!menu.isShowing() && field.getScene() != null) {
            menu.show(field, Side.BOTTOM, 0, 0);
        }
    }
}
