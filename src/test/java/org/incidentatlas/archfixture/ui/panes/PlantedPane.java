package org.incidentatlas.archfixture.ui.panes;

/** Calls back into its parent package: see {@link org.incidentatlas.archfixture.ui.PlantedView}. */
public final class PlantedPane {

    public String name() {
        return "pane of " + org.incidentatlas.archfixture.ui.PlantedView.owner();
    }
}
