package org.incidentatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledFilesTest {

    @TempDir
    Path tmp;

    private final Map<String, String> props = new HashMap<>();

    private BundledFiles find() {
        return new BundledFiles(props::get, tmp.resolve("cwd"));
    }

    /** A folder laid out as the source tree or the image's app folder: assets/data/incident-atlas.json. */
    private Path withAssets(String name) throws IOException {
        Path root = tmp.resolve(name);
        Files.createDirectories(root.resolve("assets/data"));
        Files.writeString(root.resolve("assets/data/incident-atlas.json"), "{}");
        return root;
    }

    @Test
    void theInstalledImageIsFoundFromTheLauncherProperty() throws IOException {
        Path app = withAssets("image/lib/app");
        props.put(BundledFiles.APP_DIR_PROPERTY, app.toString());
        props.put(BundledFiles.PROJECT_DIR_PROPERTY, withAssets("src-tree").toString());
        assertEquals(app.resolve("assets/data/incident-atlas.json"), find().dataset());
    }

    @Test
    void anImageWithoutTheAppDirPropertyIsFoundFromJpackagesLauncherPath() throws IOException {
        Path app = withAssets("image/lib/app");
        props.put(BundledFiles.JPACKAGE_APP_PATH, tmp.resolve("image/bin/incident-atlas").toString());
        assertEquals(app, find().root());
    }

    @Test
    void theSourceTreeIsFoundFromMavensProperty() throws IOException {
        Path tree = withAssets("src-tree");
        props.put(BundledFiles.PROJECT_DIR_PROPERTY, tree.toString());
        assertEquals(tree.resolve("assets/data/incident-atlas.json"), find().dataset());
    }

    @Test
    void aPropertyNamingAFolderWithoutAssetsIsPassedOver() throws IOException {
        Path tree = withAssets("src-tree");
        props.put(BundledFiles.APP_DIR_PROPERTY, tmp.resolve("nothing-here").toString());
        props.put(BundledFiles.JPACKAGE_APP_PATH, "incident-atlas");
        props.put(BundledFiles.PROJECT_DIR_PROPERTY, tree.toString());
        assertEquals(tree, find().root());
    }

    @Test
    void withNoPropertyTheWorkingFolderIsUsed() {
        assertEquals(tmp.resolve("cwd/assets/data/incident-atlas.json"), find().dataset());
    }
}
