package org.incidentatlas.ui.filters;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.incidentatlas.filter.TextFold;

/**
 * A list of values with how many incidents have each and a check box per value; nothing checked means "all".
 * Long lists get a search box.
 */
final class CheckList extends VBox {

    /** One value of the list. */
    static final class Item {
        final String value;
        final int count;
        final BooleanProperty checked = new SimpleBooleanProperty();

        Item(String value, int count) {
            this.value = value;
            this.count = count;
        }

        @Override
        public String toString() {
            return value + "  (" + String.format("%,d", count) + ")";
        }
    }

    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final FilteredList<Item> shown = new FilteredList<>(items);
    private final ListView<Item> list = new ListView<>(shown);
    private final TextField search = new TextField();
    private final Consumer<Set<String>> onChange;
    private boolean updating;

    CheckList(String id, String searchPrompt, Consumer<Set<String>> onChange) {
        this.onChange = onChange;
        setId(id);
        list.setId(id + "List");
        list.setCellFactory(CheckBoxListCell.forListView(item -> item.checked));
        list.setPrefHeight(130);
        list.setMinHeight(60);
        search.setId(id + "Search");
        search.setPromptText(searchPrompt);
        search.textProperty().addListener((obs, old, t) -> {
            String f = TextFold.fold(t).trim();
            shown.setPredicate(f.isEmpty() ? null : item -> TextFold.fold(item.value).contains(f));
        });
        search.setVisible(false);
        search.setManaged(false);
        setSpacing(4);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(search, list);
    }

    /** Shows these values with their counts, most frequent first; checked values that remain stay checked. */
    void setValues(Map<String, Integer> counts, Set<String> checked) {
        updating = true;
        items.setAll(counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> {
                    Item item = new Item(e.getKey(), e.getValue());
                    item.checked.set(checked.contains(e.getKey()));
                    item.checked.addListener((obs, was, is) -> changed());
                    return item;
                })
                .toList());
        boolean long_ = items.size() > 12;
        search.setVisible(long_);
        search.setManaged(long_);
        updating = false;
    }

    /** Checks exactly these values (for "clear all" or a filter set elsewhere). */
    void setChecked(Set<String> checked) {
        updating = true;
        items.forEach(i -> i.checked.set(checked.contains(i.value)));
        updating = false;
    }

    Set<String> checked() {
        Set<String> out = new LinkedHashSet<>();
        items.stream().filter(i -> i.checked.get()).sorted(Comparator.comparing(i -> i.value)).forEach(i -> out.add(i.value));
        return out;
    }

    private void changed() {
        if (!updating) {
            onChange.accept(checked());
        }
    }
}
