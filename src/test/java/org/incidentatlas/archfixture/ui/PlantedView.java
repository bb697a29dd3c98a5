package org.incidentatlas.archfixture.ui;

/** A window class whose sub-package's pane calls back into it: a cycle between ui and ui.panes. */
public final class PlantedView {

    public String title() {
        return new org.incidentatlas.archfixture.ui.panes.PlantedPane().name();
    }

    public static String owner() {
        return "view";
    }
}
