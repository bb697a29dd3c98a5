package org.incidentatlas.ui;

import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.VirtualFlow;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.filter.NearestCenters;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.DateText;
import org.incidentatlas.model.DisplayText;
import org.incidentatlas.model.Incident;

/** The incidents as a sortable table. */
final class IncidentTable extends TableView<Incident> {

    IncidentTable(Workbench bench) {
        super(bench.incidents());
        setId("incidentTable");
        // Sorting is the workbench's (its sorted list, with date-then-id to break ties: a stable order), told of
        // each column sort. TableView's default policy would reject that comparator because it is not the
        // table's own, and quietly undo every column sort; the workbench does the work, so accept.
        comparatorProperty().addListener((obs, old, c) -> bench.sortBy(c));
        setSortPolicy(table -> true);
        TableColumn<Incident, Incident> date = new TableColumn<>("Date");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        date.setComparator(Incident.BY_DATE_THEN_ID);
        date.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Incident item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : DateText.of(item));
            }
        });
        date.setPrefWidth(130);
        getColumns().add(changeColumn(bench));
        getColumns().add(date);
        getColumns().add(text("Type", Incident::type, 110));
        getColumns().add(text("Place", Incident::place, 160));
        getColumns().add(text("Province", Incident::province, 110));
        getColumns().add(text("Actors", i -> String.join("; ", i.actors()), 200));
        getColumns().add(casualties("Killed", Incident::killed));
        getColumns().add(casualties("Injured", Incident::injured));
        TableColumn<Incident, Integer> sources = new TableColumn<>("Sources");
        sources.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().sourceCount()));
        sources.setPrefWidth(70);
        getColumns().add(sources);
        getColumns().add(text("Title", Incident::title, 380));
        nearestColumns(bench);
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }

    /**
     * The nearest coordination centre (the dataset's own or the reference centres attached to it) and its
     * distance, as the CSV's nearest_center and nearest_center_km; sorted by the distance.
     */
    private void nearestColumns(Workbench bench) {
        TableColumn<Incident, String> centre = text("Nearest centre",
                i -> name(bench.centres().nearestProperty().get().of(i)), 200);
        centre.setId("nearestCentreColumn");
        TableColumn<Incident, Double> km = new TableColumn<>("km");
        km.setId("nearestKmColumn");
        km.setCellValueFactory(c -> {
            NearestCenters.Nearest n = bench.centres().nearestProperty().get().of(c.getValue());
            return new ReadOnlyObjectWrapper<>(n == null ? null : n.km());
        });
        km.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        km.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Double item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : NearestCenters.kmText(item));
            }
        });
        km.setPrefWidth(60);
        getColumns().add(centre);
        getColumns().add(km);
        bench.centres().nearestProperty().addListener(o -> refresh());
    }

    /** "new" or "changed" since the comparison (File > Compare); hidden while nothing is compared. */
    private TableColumn<Incident, String> changeColumn(Workbench bench) {
        var current = bench.comparisons().currentProperty();
        TableColumn<Incident, String> c = text("Change", i -> current.get() == null ? ""
                : current.get().kindOf(i).map(k -> k.name().toLowerCase(Locale.ROOT)).orElse(""), 80);
        c.setId("changeColumn");
        c.visibleProperty().bind(current.isNotNull());
        current.addListener(o -> refresh());
        return c;
    }

    private static String name(NearestCenters.Nearest n) {
        return n == null ? "" : n.center().name();
    }

    private static TableColumn<Incident, String> text(String name, Function<Incident, String> get, double width) {
        TableColumn<Incident, String> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> value(get.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static ObservableValue<String> value(String s) {
        return new ReadOnlyStringWrapper(s == null ? "" : DisplayText.safe(s)); // bidi controls cannot disguise text
    }

    /** Sorts unknown ("?") first, then by the low figure; shows "≥1", "2", "?". */
    private static TableColumn<Incident, Casualties> casualties(String name, Function<Incident, Casualties> get) {
        TableColumn<Incident, Casualties> c = new TableColumn<>(name);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(get.apply(cell.getValue())));
        c.setComparator(Comparator.nullsFirst(Comparator.comparingInt(Casualties::low)));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Casualties item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : Casualties.display(item));
            }
        });
        c.setPrefWidth(70);
        return c;
    }

    /**
     * Scrolls to {@code row} unless it is already in view: scrolling lays every visible row out again with its
     * styles, most of an edit's cost at 100,000 rows, and an edited row usually stays where the analyst sees it.
     */
    void reveal(int row) {
        if (lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getFirstVisibleCell() != null
                && flow.getLastVisibleCell() != null && row > flow.getFirstVisibleCell().getIndex()
                && row < flow.getLastVisibleCell().getIndex()) {
            return;
        }
        scrollTo(row);
    }
}
