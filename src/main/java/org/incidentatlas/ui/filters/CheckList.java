package org.incidentatlas.ui.filters;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Tooltip;
import org.incidentatlas.filter.ListGroups;
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
 * A list of values with how many incidents each would keep and a check box per value; nothing checked means
 * "all". The values stay in the order of their totals in the dataset; their counts follow the other filters
 * (see {@link org.incidentatlas.filter.ListCounts}) and a value that would keep nothing is greyed. Long lists
 * get a search box.
 */
final class CheckList extends VBox {

    /** One value of the list. */
    static final class Item {
        final String value;
        /** Incidents the value keeps, given the other filters (its total when there are none). FX thread. */
        int count;
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

    private static final PseudoClass NOTHING = PseudoClass.getPseudoClass("nothing");

    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private final FilteredList<Item> shown = new FilteredList<>(items);
    private final ListView<Item> list = new ListView<>(shown);
    private final TextField search = new TextField();
    private final Consumer<Set<String>> onChange;
    private boolean updating;
    /** Where the entries come from when names are grouped by the alias table (actors, provinces); else null. */
    private Supplier<ListGroups> grouping;
    /** The groups of the values shown; null while the list shows the names themselves. */
    private ListGroups groups;

    CheckList(String id, String searchPrompt, Consumer<Set<String>> onChange) {
        this.onChange = onChange;
        setId(id);
        list.setId(id + "List");
        list.setCellFactory(v -> new CheckBoxListCell<>(item -> item.checked) {
            @Override
            public void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(NOTHING, !empty && item != null && item.count == 0);
                setTooltip(empty || item == null ? null : tooltip(item));
            }
        });
        list.setPrefHeight(130);
        list.setMinHeight(60);
        search.setId(id + "Search");
        search.setPromptText(searchPrompt);
        Label none = new Label();
        none.setWrapText(true);
        none.getStyleClass().add("hint");
        list.setPlaceholder(none);
        search.textProperty().addListener((obs, old, t) -> {
            String f = TextFold.fold(t).trim();
            shown.setPredicate(f.isEmpty() ? null : item -> TextFold.fold(item.value).contains(f));
            none.setText(f.isEmpty() ? "" : "Nothing here matches \u201c" + t.strip() + "\u201d.");
        });
        search.setVisible(false);
        search.setManaged(false);
        setSpacing(4);
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().addAll(search, list);
    }

    /**
     * Shows one entry per canonical name of the alias table (the counts summed over its names, its names on
     * hover, ticking it keeping them all) from the next {@link #setValues} on.
     */
    void groupBy(Supplier<ListGroups> groups) {
        this.grouping = groups;
    }

    private Tooltip tooltip(Item item) {
        List<String> names = groups == null ? List.of(item.value) : groups.variants(item.value);
        if (names.size() == 1 && names.get(0).equals(item.value)) {
            return null;
        }
        return new Tooltip(item.value + " \u2014 in this dataset as: " + String.join(", ", names));
    }

    /** Shows these values with their counts, most frequent first; checked values that remain stay checked. */
    void setValues(Map<String, Integer> byName, Set<String> checkedNames) {
        setValues(byName, Map.of(), checkedNames);
    }

    /** As {@link #setValues(Map, Set)}, an incident naming several names of one entry counted once for it. */
    void setValues(Map<String, Integer> byName, Map<List<String>, Integer> namedTogether, Set<String> checkedNames) {
        groups = grouping == null ? null : grouping.get();
        Map<String, Integer> counts = groups == null ? byName : groups.counts(byName, namedTogether);
        Set<String> checked = groups == null ? checkedNames : groups.collapse(checkedNames);
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

    /** Shows these counts (values not in the map keep nothing: 0); the order stays as it is. */
    void setCounts(Map<String, Integer> byName) {
        setCounts(byName, Map.of());
    }

    /** As {@link #setCounts(Map)}, an incident naming several names of one entry counted once for it. */
    void setCounts(Map<String, Integer> byName, Map<List<String>, Integer> namedTogether) {
        Map<String, Integer> counts = groups == null ? byName : groups.counts(byName, namedTogether);
        boolean changed = false;
        for (Item i : items) {
            int n = counts.getOrDefault(i.value, 0);
            changed |= n != i.count;
            i.count = n;
        }
        if (changed) {
            list.refresh();
        }
    }

    /** Empties the search box above the list, so every value shows again. */
    void clearSearch() {
        search.clear();
    }

    /** Checks exactly these values (for "clear all" or a filter set elsewhere). */
    void setChecked(Set<String> checkedNames) {
        Set<String> checked = groups == null ? checkedNames : groups.collapse(checkedNames);
        updating = true;
        items.forEach(i -> i.checked.set(checked.contains(i.value)));
        updating = false;
    }

    /** The names ticked: each ticked entry's names in the dataset, when the list is grouped. */
    Set<String> checked() {
        Set<String> out = new LinkedHashSet<>();
        items.stream().filter(i -> i.checked.get()).sorted(Comparator.comparing(i -> i.value)).forEach(i -> out.add(i.value));
        return groups == null ? out : groups.expand(out);
    }

    private void changed() {
        if (!updating) {
            onChange.accept(checked());
        }
    }
}
