package org.incidentatlas.ui;

import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.incidentatlas.filter.IncidentFilter;
import org.incidentatlas.filter.ListCounts;
import org.incidentatlas.filter.PlaceVariants;
import org.incidentatlas.filter.SearchIndex;
import org.incidentatlas.model.AtlasRecord;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;
import org.incidentatlas.model.Incident;

/**
 * The state every view shares: the open dataset, the filter, the one filtered and sorted list of incidents
 * (which feeds the table, the map, the counts and the exports) and the one selection.
 */
public final class Workbench {


    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<IncidentFilter> filter = new SimpleObjectProperty<>(IncidentFilter.NONE);
    private final ObjectProperty<AtlasRecord> selection = new SimpleObjectProperty<>();
    private final ObservableList<Incident> all = FXCollections.observableArrayList();
    private final FilteredList<Incident> filtered = new FilteredList<>(all);
    private final SortedList<Incident> sorted = new SortedList<>(filtered, Incident.BY_DATE_THEN_ID);
    private final ObservableList<Center> allCenters = FXCollections.observableArrayList();
    private final FilteredList<Center> centers = new FilteredList<>(allCenters);
    private final PlaceVariants places;
    private SearchIndex index = SearchIndex.onDemand();

    public Workbench(PlaceVariants places) {
        this.places = places;
        filter.addListener((obs, old, f) -> apply(f == null ? IncidentFilter.NONE : f));
    }

    /**
     * Shows a dataset: the filter stays as it is, the selection is cleared. The lists are filled before the
     * dataset property changes, so its listeners see the new content.
     */
    public void show(Dataset d, SearchIndex searchIndex) {
        selection.set(null);
        index = searchIndex;
        all.setAll(d.incidents().stream().sorted(Incident.BY_DATE_THEN_ID).toList());
        allCenters.setAll(d.centers());
        apply(filter.get());
        dataset.set(d);
    }

    private void apply(IncidentFilter f) {
        Predicate<Incident> p = f.toPredicate(index, places);
        filtered.setPredicate(p::test);
        centers.setPredicate(f.toCenterPredicate(places)::test);
        AtlasRecord s = selection.get();
        if (s instanceof Incident i && !p.test(i) || s instanceof Center c && !centers.contains(c)) {
            selection.set(null);
        }
    }

    /**
     * Counts for the type, actor and province lists under filter {@code f}: takes what it needs now (FX thread)
     * and returns the count to run on another thread. Null when no dataset is shown.
     */
    public java.util.function.Function<java.util.function.BooleanSupplier, ListCounts> listCounter(IncidentFilter f) {
        Dataset d = dataset.get();
        if (d == null) {
            return null;
        }
        SearchIndex idx = index;
        return cancelled -> ListCounts.count(d.incidents(), f, idx, places, cancelled);
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    public ObjectProperty<IncidentFilter> filterProperty() {
        return filter;
    }

    public ObjectProperty<AtlasRecord> selectionProperty() {
        return selection;
    }

    /** What passes the filter, in the table's order: the list every view and export reads. */
    public SortedList<Incident> incidents() {
        return sorted;
    }

    /** Every incident of the dataset, in the default order (the histogram's background). */
    public ObservableList<Incident> allIncidents() {
        return FXCollections.unmodifiableObservableList(all);
    }

    /** The centres the place-related filters keep. */
    public ObservableList<Center> centers() {
        return centers;
    }

    public ObservableList<Center> allCenters() {
        return FXCollections.unmodifiableObservableList(allCenters);
    }

    /** "4 of 6 incidents — types: attack, clash". */
    public StringBinding statusText() {
        return Bindings.createStringBinding(() -> {
            Dataset d = dataset.get();
            if (d == null) {
                return "No dataset open.";
            }
            IncidentFilter f = filter.get();
            String centres = centers.size() == allCenters.size() ? ""
                    : String.format(", %,d of %,d centres", centers.size(), allCenters.size());
            return String.format("%,d of %,d incidents", filtered.size(), all.size()) + centres
                    + (f.isEmpty() ? "" : " \u2014 " + f.describe());
        }, dataset, filter, filtered, centers);
    }
}
