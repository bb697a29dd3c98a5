package org.incidentatlas.archfixture.dataset;

/** The reader calling up into the window: an inner floor uses nothing from the floors outside it. */
public final class PlantedReader {

    public String read() {
        return new org.incidentatlas.archfixture.ui.PlantedView().title();
    }
}
