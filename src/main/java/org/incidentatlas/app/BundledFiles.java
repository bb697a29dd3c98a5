package org.incidentatlas.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where the files that ship with the app are: the bundled dataset with its articles, the attributions, the UCDP
 * extract. The one place that knows the two layouts: the source tree ({@code assets/} at the project's top), and
 * the installed application image, where the packaging puts the same {@code assets/} folder beside the app's
 * jars ({@code lib/app/} under the image, docs/install-windows-macos.md and README's Install section).
 * The basemap, the schema and the gazetteer are class-path resources and need none of this.
 */
public final class BundledFiles {

    /** Set by the installed launcher to its app folder ({@code $APPDIR} in jpackage's java-options). */
    public static final String APP_DIR_PROPERTY = "incidentatlas.appDir";

    /** Set by Maven (javafx:run, the tests) to the source tree. */
    public static final String PROJECT_DIR_PROPERTY = "incidentatlas.projectDir";

    /** Set by every jpackage launcher to the launcher's own file: {@code IMAGE/bin/NAME}. */
    static final String JPACKAGE_APP_PATH = "jpackage.app-path";

    private static final Path DATASET = Path.of("assets", "data", "incident-atlas.json");

    private final Path root;

    BundledFiles(UnaryOperator<String> properties, Path workingDir) {
        this.root = findRoot(properties, workingDir);
    }

    /** The bundled files of this run of the app, found from the system properties. */
    public static BundledFiles ofThisRun() {
        return new BundledFiles(System::getProperty, Path.of("").toAbsolutePath());
    }

    /** The folder that holds {@code assets/}. */
    public Path root() {
        return root;
    }

    /** The bundled dataset; its articles are in {@code articles/} beside it. */
    public Path dataset() {
        return root.resolve(DATASET);
    }

    /**
     * The installed image first (it must not pick up a source tree that happens to be the working folder),
     * then the source tree Maven names, then the working folder (a developer's {@code java -jar} in the tree).
     * A property naming a folder without {@code assets/} is passed over, so a wrong one cannot hide the others.
     */
    private static Path findRoot(UnaryOperator<String> properties, Path workingDir) {
        String appDir = properties.apply(APP_DIR_PROPERTY);
        if (appDir != null && hasAssets(Path.of(appDir))) {
            return Path.of(appDir).toAbsolutePath();
        }
        String launcher = properties.apply(JPACKAGE_APP_PATH);
        if (launcher != null) {
            Path bin = Path.of(launcher).toAbsolutePath().getParent();
            Path image = bin == null ? null : bin.getParent();
            if (image != null && hasAssets(image.resolve("lib/app"))) {
                return image.resolve("lib/app");
            }
        }
        String projectDir = properties.apply(PROJECT_DIR_PROPERTY);
        if (projectDir != null && hasAssets(Path.of(projectDir))) {
            return Path.of(projectDir).toAbsolutePath();
        }
        return workingDir;
    }

    private static boolean hasAssets(Path dir) {
        return Files.isRegularFile(dir.resolve(DATASET));
    }
}
