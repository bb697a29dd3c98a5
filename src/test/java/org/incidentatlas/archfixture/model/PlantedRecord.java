package org.incidentatlas.archfixture.model;

/** A model class that holds a JavaFX node: the data floors use no JavaFX. */
public final class PlantedRecord {

    private javafx.scene.Node node;

    public javafx.scene.Node node() {
        return node;
    }
}
