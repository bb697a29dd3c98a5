package org.incidentatlas.archfixture.app;

/** An application-layer class that takes a Stage: the application layer holds state and commands, not windows. */
public final class PlantedWorkbench {

    public void open(javafx.stage.Stage owner) {
        owner.toFront();
    }
}
