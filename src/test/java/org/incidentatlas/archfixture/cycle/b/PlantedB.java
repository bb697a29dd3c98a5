package org.incidentatlas.archfixture.cycle.b;

/** The other half: b needs a. */
public final class PlantedB {

    public int size() {
        return org.incidentatlas.archfixture.cycle.a.PlantedA.base();
    }
}
