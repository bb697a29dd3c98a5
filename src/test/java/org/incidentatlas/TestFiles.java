package org.incidentatlas;

import java.nio.file.Path;

/** Where the project's files are, for tests. */
public final class TestFiles {

    private TestFiles() {
    }

    public static Path projectDir() {
        return Path.of(System.getProperty("incidentatlas.projectDir", ".")).toAbsolutePath().normalize();
    }

    public static Path bundledDataset() {
        return projectDir().resolve("assets/data/incident-atlas.json");
    }
}
