package org.incidentatlas;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers pointing inward ({@link ArchitectureRules}), checked with ArchUnit on the compiled classes of
 * the application; and proves that each rule bites by checking it on planted violations
 * ({@code org.incidentatlas.archfixture}, written with inline fully qualified names), where it must fail.
 */
class ArchitectureTest {

    private static final String FIXTURE = "org.incidentatlas.archfixture";

    private static JavaClasses app;
    private static JavaClasses planted;
    private static final ArchitectureRules APP_RULES = new ArchitectureRules("org.incidentatlas");
    private static final ArchitectureRules PLANTED_RULES = new ArchitectureRules(FIXTURE);

    @BeforeAll
    static void importClasses() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.incidentatlas");
        planted = new ClassFileImporter().importPackages(FIXTURE);
    }

    @Test
    void theCheckSeesEveryFloorOfTheApplicationAndNoTestClass() {
        Set<String> packages = app.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        for (String floor : List.of("", ".model", ".dataset", ".filter", ".importer", ".export", ".generate", ".map",
                ".map.geo", ".map.basemap", ".map.density", ".trend", ".briefing", ".ui", ".cli")) {
            assertTrue(packages.contains("org.incidentatlas" + floor), "no classes found in org.incidentatlas" + floor);
        }
        assertTrue(app.stream().noneMatch(c -> c.getPackageName().startsWith(FIXTURE)), "the planted classes are tests");
        assertTrue(app.stream().noneMatch(c -> c.getSimpleName().endsWith("Test")), "only the application's classes");
    }

    @Test
    void dataFloorsUseNoJavaFx() {
        APP_RULES.dataFloorsUseNoJavaFx().check(app);
        bites(ArchitectureRules::dataFloorsUseNoJavaFx, "PlantedRecord", "javafx.scene.Node");
    }

    @Test
    void briefingCoreUsesNoScene() {
        APP_RULES.briefingCoreUsesNoScene().check(app);
        bites(ArchitectureRules::briefingCoreUsesNoScene, "archfixture.briefing.PageSize", "javafx.scene.paint.Color");
    }

    @Test
    void appUsesNoSceneOrStage() {
        APP_RULES.appUsesNoSceneOrStage().check(app);
        bites(ArchitectureRules::appUsesNoSceneOrStage, "PlantedWorkbench", "javafx.stage.Stage");
    }

    @Test
    void floorsPointInward() {
        APP_RULES.floorsPointInward().check(app);
        bites(ArchitectureRules::floorsPointInward, "PlantedReader", "archfixture.ui.PlantedView");
    }

    @Test
    void noPackageCycles() {
        APP_RULES.noPackageCycles().check(app);
        bites(ArchitectureRules::noPackageCycles, "PlantedA", "PlantedB");
    }

    @Test
    void theWindowsCycleRuleBites() {
        bites(ArchitectureRules::noCyclesInTheWindow, "PlantedView", "PlantedPane");
    }

    /**
     * {@code ui} uses its sub-packages, never the other way: the views in {@code ui.filters} and {@code ui.sources}
     * take the application layer's Workbench, not anything of {@code ui}. {@link #theWindowsCycleRuleBites} shows
     * that a cycle would be caught.
     */
    @Test
    void noCyclesInTheWindow() {
        APP_RULES.noCyclesInTheWindow().check(app);
    }

    /** The rule, checked on the planted classes, fails and names the planted violation. */
    private static void bites(Function<ArchitectureRules, ArchRule> rule, String... named) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.apply(PLANTED_RULES).check(planted),
                "the rule must fail on the planted violation");
        for (String n : named) {
            assertTrue(failure.getMessage().contains(n), "the failure names " + n + ":\n" + failure.getMessage());
        }
    }
}
