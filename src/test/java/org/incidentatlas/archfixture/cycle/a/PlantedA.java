package org.incidentatlas.archfixture.cycle.a;

/** Half of a package cycle: a needs b. */
public final class PlantedA {

    public int size() {
        return new org.incidentatlas.archfixture.cycle.b.PlantedB().size() + 1;
    }

    public static int base() {
        return 1;
    }
}
