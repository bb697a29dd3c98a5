package org.incidentatlas.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.DisplayText;

/** The coordination and command centres the filters keep. */
final class CenterTable extends TableView<Center> {

    CenterTable(ObservableList<Center> centers) {
        SortedList<Center> sorted = new SortedList<>(centers);
        sorted.comparatorProperty().bind(comparatorProperty());
        setItems(sorted);
        setId("centerTable");
        getColumns().add(text("Name", Center::name, 300));
        getColumns().add(text("Kind", Center::kind, 190));
        getColumns().add(text("Status", Center::status, 90));
        getColumns().add(text("Province", Center::province, 110));
        getColumns().add(text("Located as", c -> c.geoPrecision().key()
                + (c.uncertaintyKm() == null ? "" : ", \u00b1" + Math.round(c.uncertaintyKm()) + " km"), 130));
        TableColumn<Center, Integer> quotes = new TableColumn<>("Quotes");
        quotes.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().quotes().size()));
        quotes.setPrefWidth(70);
        getColumns().add(quotes);
        setPlaceholder(new Label("No centres pass the filters."));
    }

    private static TableColumn<Center, String> text(String name, Function<Center, String> get, double width) {
        TableColumn<Center, String> c = new TableColumn<>(name);
        // bidirectional controls shown, so that they cannot disguise text
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(DisplayText.safe(get.apply(cell.getValue()) == null ? ""
                : get.apply(cell.getValue()))));
        c.setPrefWidth(width);
        return c;
    }
}
