package org.incidentatlas.ui.filters;

import java.util.function.UnaryOperator;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.incidentatlas.app.Workbench;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.ListCounts;
import org.incidentatlas.model.Casualties;
import org.incidentatlas.model.Dataset;

/**
 * The filters issue 16 added, kept apart from {@link FilterPane}'s own: the country list (for multi-country
 * imports; greyed like the other lists when a country would keep nothing) and which figure "at least N killed"
 * compares. Each follows the workbench's filter, counts and dataset itself; FilterPane only places them.
 */
final class OriginFilters {

    private final Workbench bench;
    private final CheckList countries;
    private final ComboBox<Casualties.Figure> figure = new ComboBox<>();
    private boolean showing;

    OriginFilters(Workbench bench) {
        this.bench = bench;
        countries = new CheckList("filterCountries", "Find a country", s -> update(f -> f.withCountries(s)));
        figure.setId("filterKilledFigure");
        figure.getItems().setAll(Casualties.Figure.values());
        figure.setButtonCell(new FigureCell());
        figure.setCellFactory(v -> new FigureCell());
        figure.setValue(Casualties.Figure.LOW);
        figure.setTooltip(new Tooltip("Which death figure \"at least\" compares: the low figure (the default), the"
                + " source's best estimate (the low where it gives none) or the high (an open-ended figure reaches any)"));
        figure.valueProperty().addListener((obs, old, which) -> update(f -> f.withKilledFigure(which)));
        bench.filterProperty().addListener((obs, old, f) -> show(f));
        bench.countsProperty().addListener((obs, old, c) -> {
            if (c != null) {
                countries.setCounts(c.countries());
            }
        });
        bench.datasetProperty().addListener((obs, old, d) -> {
            if (!bench.changingByEdit()) {
                datasetShown(d); // an edit keeps the search typed; the list follows the recounted totals
            }
        });
    }

    CheckList countries() {
        return countries;
    }

    ComboBox<Casualties.Figure> figure() {
        return figure;
    }

    void clearSearch() {
        countries.clearSearch();
    }

    private void update(UnaryOperator<IncidentFilter> change) {
        if (!showing) {
            bench.changeFilter(change);
        }
    }

    private void show(IncidentFilter f) {
        showing = true;
        try {
            countries.setChecked(f.countries());
            figure.setValue(f.killedFigure());
        } finally {
            showing = false;
        }
    }

    /** The country list ordered by {@code totals} (the counts with no filter), {@code f}'s countries ticked. */
    void showValues(ListCounts totals, IncidentFilter f) {
        countries.setValues(totals.countries(), f.countries());
    }

    private void datasetShown(Dataset d) {
        countries.clearSearch();
        ListCounts totals = bench.totalsProperty().get();
        IncidentFilter f = bench.filterProperty().get();
        showValues(totals, f);
        ListCounts now = bench.countsProperty().get();
        if (now != null && now != totals) {
            countries.setCounts(now.countries());
        }
        show(f);
    }

    private static final class FigureCell extends ListCell<Casualties.Figure> {
        @Override
        protected void updateItem(Casualties.Figure which, boolean empty) {
            super.updateItem(which, empty);
            setText(empty || which == null ? null : switch (which) {
                case LOW -> "low figure";
                case BEST -> "best estimate";
                case HIGH -> "high figure";
            });
        }
    }
}
