package org.incidentatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The intended architecture, as ArchUnit rules over compiled classes, for the packages under {@code root}. The
 * same rules are checked on the application ({@code org.incidentatlas}) and, to prove that they bite, on planted
 * violations in the test tree ({@code org.incidentatlas.archfixture}). Working on byte code, they see a
 * dependency however it is written: an import, a fully qualified name inline, a static call.
 *
 * <p>The floors, from the outside in: {@code Main} (chooses the window or a command) &rarr; {@code ui} (the window)
 * and {@code cli} (the commands) beside it &rarr; {@code app} (the window-free application layer) &rarr; the
 * features {@code map}, {@code briefing}, {@code export}, {@code changes}, {@code importer}, {@code generate},
 * {@code places} &rarr; {@code filter}
 * &rarr; {@code dataset} &rarr; {@code model}. A floor uses only the floors inside it (features may use each other).
 */
final class ArchitectureRules {

    private final String root;

    ArchitectureRules(String root) {
        this.root = root;
    }

    private String pkg(String name) {
        return root + "." + name + "..";
    }

    /**
     * The data floors import no JavaFX and no Gluon at all, so they run and test without a window or a toolkit.
     * The map is a view component and may use JavaFX; its geometry and basemap drawing may not.
     */
    ArchRule dataFloorsUseNoJavaFx() {
        return noClasses().that().resideInAnyPackage(pkg("model"), pkg("dataset"), pkg("filter"), pkg("importer"),
                        pkg("export"), pkg("changes"), pkg("generate"), pkg("map.geo"), pkg("map.basemap"),
                        pkg("map.density"), pkg("trend"), pkg("places"))
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..")
                .as("model, dataset, filter, importer, export, changes, generate, map.geo, map.basemap, map.density,"
                        + " trend and places use no JavaFX");
    }

    /**
     * The briefing's core, what a page is asked for ({@code BriefingRequest}) and its size ({@code PageSize}),
     * builds no scene: the window and the command line make requests without drawing. Its page and composer draw
     * with JavaFX, like the map.
     */
    ArchRule briefingCoreUsesNoScene() {
        return noClasses().that().haveNameMatching(root.replace(".", "\\.") + "\\.briefing\\.(BriefingRequest|PageSize)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .as("the briefing's core (BriefingRequest, PageSize) uses no javafx.scene or javafx.stage");
    }

    /** The application layer holds state and commands, not views: tests drive it without a window. */
    ArchRule appUsesNoSceneOrStage() {
        return noClasses().that().resideInAPackage(pkg("app"))
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .as("the application layer uses no javafx.scene or javafx.stage")
                // the lead is writing the package; until it lands there is nothing to check
                .allowEmptyShould(true);
    }

    /** Each floor is used only by the floors outside it. */
    ArchRule floorsPointInward() {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                // each may be absent: the application layer is being written; the fixture plants only a few
                .withOptionalLayers(true)
                .layer("Main").definedBy(root)
                .layer("Ui").definedBy(pkg("ui"))
                .layer("Cli").definedBy(pkg("cli"))
                .layer("App").definedBy(pkg("app"))
                .layer("Features").definedBy(pkg("map"), pkg("briefing"), pkg("export"), pkg("changes"), pkg("importer"),
                        pkg("generate"), pkg("places"), pkg("trend"))
                .layer("Filter").definedBy(pkg("filter"))
                .layer("Dataset").definedBy(pkg("dataset"))
                .layer("Model").definedBy(pkg("model"))
                .whereLayer("Main").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("Cli").mayOnlyBeAccessedByLayers("Main")
                .whereLayer("App").mayOnlyBeAccessedByLayers("Ui", "Cli", "Main")
                .whereLayer("Features").mayOnlyBeAccessedByLayers("App", "Ui", "Cli", "Main")
                .whereLayer("Filter").mayOnlyBeAccessedByLayers("Features", "App", "Ui", "Cli", "Main")
                .whereLayer("Dataset").mayOnlyBeAccessedByLayers("Filter", "Features", "App", "Ui", "Cli", "Main")
                .as("the floors point inward: Main -> ui, cli -> app -> map, briefing, export, importer, generate, places"
                        + " -> filter -> dataset -> model");
    }

    /** No two packages need each other (the window's packages count as one here: see the next rule). */
    ArchRule noPackageCycles() {
        return slices().assignedFrom(byPackage(true)).should().beFreeOfCycles()
                .as("no cycles between packages (ui and its sub-packages taken as one)");
    }

    /** No two of the window's packages ({@code ui}, {@code ui.filters}, {@code ui.sources}...) need each other. */
    ArchRule noCyclesInTheWindow() {
        return slices().assignedFrom(byPackage(false)).should().beFreeOfCycles()
                .as("no cycles between ui and its sub-packages");
    }

    /** A slice per package under the root; {@code ui} and below as one slice, or each package of it as its own. */
    private SliceAssignment byPackage(boolean windowAsOne) {
        String ui = root + ".ui";
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                String p = c.getPackageName();
                if (!p.equals(root) && !p.startsWith(root + ".")) {
                    return SliceIdentifier.ignore();
                }
                boolean inWindow = p.equals(ui) || p.startsWith(ui + ".");
                if (windowAsOne) {
                    return SliceIdentifier.of(inWindow ? ui : p);
                }
                return inWindow ? SliceIdentifier.of(p) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return windowAsOne ? "packages under " + root + ", the window's as one" : "the packages of " + ui;
            }
        };
    }
}
