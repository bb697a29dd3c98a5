package org.incidentatlas.ui.filters;

import java.util.function.UnaryOperator;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.geometry.Pos;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.ListCounts;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.GeoBounds;
import org.incidentatlas.model.Incident;
import org.incidentatlas.app.Workbench;

/**
 * The filters, each writing its part of the workbench's one {@link IncidentFilter}; a filter set elsewhere
 * (or cleared) shows in the controls.
 */
public final class FilterPane extends BorderPane {

    private final Workbench bench;
    private final ObservableValue<GeoBounds> mapView;
    /** From this many incidents on, the search waits for a pause in the typing. */
    static final int DEBOUNCE_FROM = 20_000;

    private final TextField text = new TextField();
    private final PauseTransition typingPause = new PauseTransition(Duration.millis(200));
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final DateHistogram histogram;
    private final CheckList types;
    private final CheckList actors;
    private final CheckList provinces;
    private final OriginFilters origin;
    private final Spinner<Integer> minKilled = new Spinner<>(0, 1_000_000, 0);
    private final CheckBox hideCoarsePlace = new CheckBox("Hide records located no better than province");
    private final CheckBox hideCoarseDate = new CheckBox("Hide records dated no better than year");
    private final ComboBox<Center> nearCenter = new ComboBox<>();
    private final Spinner<Integer> nearKm = new Spinner<>(1, 2000, 50, 5);
    private final CheckBox inView = new CheckBox("Only what is in the map view");
    private boolean showing;
    /** @param mapView the map's visible area (null while there is none) */
    public FilterPane(Workbench bench, ObservableValue<GeoBounds> mapView) {
        this.bench = bench;
        this.mapView = mapView;
        setId("filterPane");
        histogram = new DateHistogram((a, b) -> update(f -> f.withDates(a, b)));
        types = new CheckList("filterTypes", "Find a type", s -> update(f -> f.withTypes(s)));
        actors = new CheckList("filterActors", "Find an actor", s -> update(f -> f.withActors(s)));
        provinces = new CheckList("filterProvinces", "Find a province", s -> update(f -> f.withProvinces(s)));
        actors.groupBy(() -> bench.listGroups("actor"));
        provinces.groupBy(() -> bench.listGroups("province"));
        origin = new OriginFilters(bench);
        ids();
        text.setPromptText("Titles, places, actors, quotes (Ctrl+F)");
        // On a large dataset each search runs over every incident: wait for a pause in the typing (or Enter)
        // rather than filter on every keystroke and queue the work.
        typingPause.setOnFinished(e -> update(f -> f.withText(text.getText())));
        text.textProperty().addListener((obs, old, t) -> {
            if (bench.allIncidents().size() < DEBOUNCE_FROM) {
                update(f -> f.withText(t));
            } else {
                typingPause.playFromStart();
            }
        });
        text.setOnAction(e -> {
            typingPause.stop();
            update(f -> f.withText(text.getText()));
        });
        DateInput.install(from);
        DateInput.install(to);
        from.setMaxWidth(Double.MAX_VALUE);
        to.setMaxWidth(Double.MAX_VALUE);
        hideCoarsePlace.setWrapText(true);
        hideCoarseDate.setWrapText(true);
        inView.setWrapText(true);
        from.valueProperty().addListener((obs, old, d) -> update(f -> f.withDates(d, f.to())));
        to.valueProperty().addListener((obs, old, d) -> update(f -> f.withDates(f.from(), d)));
        minKilled.setEditable(true);
        NumberInput.install(minKilled, "Keep incidents whose death figure (low unless chosen below) is at least this (0: no limit)",
                bench::setMinKilled);
        minKilled.valueProperty().addListener((obs, old, n) -> {
            if (!showing) {
                bench.setMinKilled(Integer.toString(n));
            }
        });
        hideCoarsePlace.selectedProperty().addListener((obs, old, on) -> update(f -> f.withCoarsePlace(!on)));
        hideCoarseDate.selectedProperty().addListener((obs, old, on) -> update(f -> f.withCoarseDate(!on)));
        nearCenter.setPromptText("No centre chosen");
        nearCenter.setButtonCell(new CenterCell());
        nearCenter.setCellFactory(v -> new CenterCell());
        nearCenter.valueProperty().addListener((obs, old, c) -> near(Integer.toString(nearKm.getValue())));
        nearKm.setEditable(true);
        NumberInput.install(nearKm, "Distance in kilometres, 1 to 2,000", this::near);
        nearKm.valueProperty().addListener((obs, old, km) -> near(Integer.toString(km)));
        inView.disableProperty().bind(Bindings.createBooleanBinding(() -> mapView.getValue() == null, mapView));
        inView.selectedProperty().addListener((obs, old, on) -> update(f -> f.withView(on ? mapView.getValue() : null)));
        mapView.addListener((obs, old, b) -> {
            if (inView.isSelected()) {
                update(f -> f.withView(b));
            }
        });
        Button clear = new Button("Clear all");
        clear.setId("filterClear");
        clear.setOnAction(e -> clearAll());
        clear.disableProperty().bind(Bindings.createBooleanBinding(
                () -> bench.filterProperty().get().isEmpty(), bench.filterProperty()));
        Label heading = new Label("Filters");
        heading.getStyleClass().add("pane-heading");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(6, heading, grow, clear);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(6, 6, 4, 8));

        TitledPane changes = section("Changes", new ChangeFilter(bench).content());
        changes.setId("filterChanges");
        changes.visibleProperty().bind(bench.comparisons().currentProperty().isNotNull());
        changes.managedProperty().bind(changes.visibleProperty());
        VBox box = new VBox(6,
                section("Search", text), changes,
                section("Dates", new VBox(4, labelled("From", from), labelled("To", to), histogram,
                        hint("Drag across the bars to choose a range; double-click to clear."),
                        new PlaybackBar(bench.playback()))),
                section("Types", types), section("Actors", actors), section("Provinces", provinces),
                section("Countries", origin.countries()),
                section("Casualties and precision", new VBox(6, new HBox(6, new Label("At least"), minKilled,
                        new Label("killed")), new HBox(6, new Label("by the"), origin.figure()), hideCoarsePlace,
                        hideCoarseDate)),
                section("Distance", new VBox(4, new HBox(6, new Label("Within"), nearKm, new Label("km of")), nearCenter)),
                section("Map", inView));
        box.setPadding(new Insets(0, 6, 6, 6));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setTop(header);
        setCenter(scroll);
        minKilled.setPrefWidth(90);
        nearKm.setPrefWidth(90);
        nearCenter.setMaxWidth(Double.MAX_VALUE);

        bench.filterProperty().addListener((obs, old, f) -> {
            show(f);
            if (f.isEmpty() && !old.isEmpty()) {
                clearListSearches(); // Clear all, however it was asked for
            }
        });
        bench.countsProperty().addListener((obs, old, c) -> {
            if (c != null) {
                types.setCounts(c.types());
                actors.setCounts(c.actors(), c.actorSets());
                provinces.setCounts(c.provinces());
            }
        });
        bench.datasetProperty().addListener((obs, old, d) -> {
            if (bench.changingByEdit()) {
                edited = true; // the lists follow the totals counted again after the edit; searches stay
            } else {
                edited = false;
                datasetShown(d);
            }
        });
        // Edit > Aliases regroups the lists (the totals, counted again, may be equal and so not say so)
        bench.aliasesProperty().addListener((obs, old, a) -> {
            ListCounts t = bench.totalsProperty().get();
            if (t != null && bench.datasetProperty().get() != null) {
                showLists(t, bench.filterProperty().get());
                ListCounts now = bench.countsProperty().get();
                if (now != null && now != t) {
                    actors.setCounts(now.actors(), now.actorSets());
                    provinces.setCounts(now.provinces());
                }
            }
        });
        bench.totalsProperty().addListener((obs, old, t) -> {
            if (edited && t != null) {
                showLists(t, bench.filterProperty().get());
                origin.showValues(t, bench.filterProperty().get());
            }
        });
        bench.incidents().addListener((ListChangeListener<Incident>) c -> {
            if (!bench.changingByEdit() || !adjusted(c, false)) {
                histogram.setKept(bench.incidents(), bench.filterProperty().get().from(), bench.filterProperty().get().to());
            }
        });
        // an edit changes a few records: their bins are adjusted, not every incident counted again
        bench.allIncidents().addListener((ListChangeListener<Incident>) c -> {
            if (bench.changingByEdit() && !adjusted(c, true)) {
                histogram.setAll(bench.allIncidents());
                histogram.setKept(bench.incidents(), bench.filterProperty().get().from(), bench.filterProperty().get().to());
            }
        });
    }

    private boolean adjusted(ListChangeListener.Change<? extends Incident> c, boolean wholeDataset) {
        while (c.next()) {
            if (!histogram.adjust(c.getRemoved(), c.getAddedSubList(), wholeDataset)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the dataset shown was last changed by an edit (its lists then follow the recounted totals). */
    private boolean edited;

    private void ids() {
        text.setId("filterText");
        from.setId("filterFrom");
        to.setId("filterTo");
        minKilled.setId("filterMinKilled");
        hideCoarsePlace.setId("filterHideCoarsePlace");
        hideCoarseDate.setId("filterHideCoarseDate");
        nearCenter.setId("filterNearCenter");
        nearKm.setId("filterNearKm");
        inView.setId("filterInView");
    }

    /** Puts the cursor in the search box (Ctrl+F). */
    public void focusSearch() {
        text.requestFocus();
        text.selectAll();
    }

    /** "Within N km of" the chosen centre, as typed; false when the workbench refused the distance. */
    private boolean near(String typedKm) {
        return showing || bench.setNear(nearCenter.getValue(), typedKm);
    }

    private void update(UnaryOperator<IncidentFilter> change) {
        if (!showing) {
            bench.changeFilter(change);
        }
    }

    /** Makes the controls say what the filter is. */
    private void show(IncidentFilter f) {
        showing = true;
        typingPause.stop();
        try {
            if (!text.getText().equals(f.text())) {
                text.setText(f.text());
            }
            from.setValue(f.from());
            to.setValue(f.to());
            types.setChecked(f.types());
            actors.setChecked(f.actors());
            provinces.setChecked(f.provinces());
            minKilled.getValueFactory().setValue(f.minKilled() == null ? 0 : f.minKilled());
            hideCoarsePlace.setSelected(!f.coarsePlace());
            hideCoarseDate.setSelected(!f.coarseDate());
            nearCenter.setValue(f.near() == null ? null : bench.allCenters().stream()
                    .filter(c -> c.id().equals(f.near().centerId())).findFirst().orElse(null));
            if (f.near() != null) {
                nearKm.getValueFactory().setValue((int) Math.round(f.near().km()));
            }
            inView.setSelected(f.view() != null);
        } finally {
            showing = false;
        }
    }

    /** Clears every filter, and the search boxes above the lists (Clear all, Ctrl+Shift+L). */
    public void clearAll() {
        bench.clearFilters();
        clearListSearches();
    }

    private void clearListSearches() {
        types.clearSearch();
        actors.clearSearch();
        provinces.clearSearch();
        origin.clearSearch();
    }

    /**
     * The lists ordered by {@code totals} (the counts with no filter), {@code f}'s values ticked. The countries are
     * {@link OriginFilters}'; an edit's recounted totals reach them here.
     */
    private void showLists(ListCounts totals, IncidentFilter f) {
        types.setValues(totals.types(), f.types());
        actors.setValues(totals.actors(), totals.actorSets(), f.actors());
        provinces.setValues(totals.provinces(), f.provinces());
    }

    private void datasetShown(Dataset d) {
        clearListSearches(); // a search typed for the last dataset's names could hide every name of this one
        IncidentFilter f = bench.filterProperty().get();
        // the dataset's totals, which order the lists: the counts with no filter, counted when it opened
        ListCounts totals = bench.totalsProperty().get();
        showLists(totals, f);
        // the controls only follow here: replacing the centre list clears the combo box's value, and that must not
        // read as the analyst clearing the "within N km" filter the dataset came back with
        showing = true;
        try {
            nearCenter.getItems().setAll(d.centers());
        } finally {
            showing = false;
        }
        histogram.setAll(bench.allIncidents());
        histogram.setKept(bench.incidents(), f.from(), f.to());
        show(f);
        ListCounts now = bench.countsProperty().get();
        if (now != null && now != totals) {
            types.setCounts(now.types());
            actors.setCounts(now.actors(), now.actorSets());
            provinces.setCounts(now.provinces());
        }
    }

    private static TitledPane section(String title, Node content) {
        TitledPane p = new TitledPane(title, content);
        p.setAnimated(false);
        return p;
    }

    private static HBox labelled(String label, Node field) {
        Label l = new Label(label);
        l.setMinWidth(36);
        HBox.setHgrow(field, Priority.ALWAYS);
        HBox row = new HBox(6, l, field);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Label hint(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add("hint");
        return l;
    }

    /** Shows a centre by name. */
    private static final class CenterCell extends ListCell<Center> {
        @Override
        protected void updateItem(Center c, boolean empty) {
            super.updateItem(c, empty);
            // an empty button cell would otherwise lose the prompt once a value has been cleared
            setText(empty || c == null ? "No centre chosen" : c.name());
            setTooltip(empty || c == null ? null : new Tooltip(c.name()));
        }
    }

}
