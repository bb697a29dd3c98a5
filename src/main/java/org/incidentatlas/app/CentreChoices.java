package org.incidentatlas.app;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.incidentatlas.filter.NearestCenters;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Dataset;

/**
 * The window's coordination centres for the open dataset: its own, or the reference centres attached to it
 * (the bundled JCCs by default for a dataset in their region, see {@link ReferenceCenters}), remembered per
 * dataset; and each incident's nearest centre among them, for the table, the sources pane and the CSV.
 */
public final class CentreChoices {

    private final FilteredState state;
    private final AppSettings settings;
    private final ReferenceCenters reference;
    private final Tasks tasks;
    private final Runnable refilter;
    private final ReadOnlyObjectWrapper<ReferenceCenters.Choice> choice =
            new ReadOnlyObjectWrapper<>(ReferenceCenters.Choice.AUTO);
    private final ReadOnlyObjectWrapper<NearestCenters> nearest = new ReadOnlyObjectWrapper<>(NearestCenters.NONE);
    private Dataset shown;

    CentreChoices(FilteredState state, AppSettings settings, ReferenceCenters reference, Tasks tasks, Runnable refilter) {
        this.state = state;
        this.settings = settings;
        this.reference = reference;
        this.tasks = tasks;
        this.refilter = refilter;
    }

    /** Reads what choosing may need (the bundled centres); on the background thread that opens a dataset. */
    void prepare() {
        reference.bundled();
    }

    /** The dataset now shown: its remembered choice, its centres. Before the filter is applied. */
    void datasetShown(Dataset d) {
        shown = d;
        choice.set(d.file() == null ? ReferenceCenters.Choice.AUTO : settings.referenceCenters(d.file()));
        take(reference.forDataset(d, choice.get()));
    }

    /** Shows the open dataset with {@code c}'s centres, remembers it for the dataset, and filters again. */
    public void choose(ReferenceCenters.Choice c) {
        Dataset d = shown;
        if (d == null || c == null) {
            return;
        }
        tasks.run(progress -> reference.forDataset(d, c), centres -> {
            if (d != shown) {
                return; // another dataset was opened meanwhile
            }
            choice.set(c);
            if (d.file() != null) {
                settings.saveReferenceCenters(d.file(), c);
            }
            take(centres);
            refilter.run();
        }, e -> { });
    }

    private void take(List<Center> centres) {
        state.setAllCenters(centres);
        nearest.set(new NearestCenters(centres));
    }

    public ReadOnlyObjectProperty<ReferenceCenters.Choice> choiceProperty() {
        return choice.getReadOnlyProperty();
    }

    /** Each incident's nearest centre among those shown. */
    public ReadOnlyObjectProperty<NearestCenters> nearestProperty() {
        return nearest.getReadOnlyProperty();
    }

    /** How many of the centres shown are not the dataset's own. */
    public int attached() {
        return shown == null ? 0 : (int) state.allCenters().stream().filter(c -> !shown.centers().contains(c)).count();
    }
}
