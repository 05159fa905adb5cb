package org.crmworkbench.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the layers apart: data -> analysis -> present -> ui/cli, and nothing below the faces knows JavaFX. */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.crmworkbench");
    }

    @Test
    void onlyTheWindowKnowsJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.crmworkbench.ui..")
                .and().doNotHaveFullyQualifiedName("org.crmworkbench.Main")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jfree.chart.fx..")
                .check(classes);
    }

    @Test
    void analysisKnowsNoJdbcAndNoStorage() {
        noClasses().that().resideInAnyPackage("org.crmworkbench.analysis..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                        "org.crmworkbench.data..", "org.crmworkbench.ui..", "org.crmworkbench.cli..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void lowerLayersDoNotReachUp() {
        noClasses().that().resideInAnyPackage("org.crmworkbench.data..", "org.crmworkbench.model..",
                        "org.crmworkbench.work..", "org.crmworkbench.i18n..", "org.crmworkbench.home..")
                .should().dependOnClassesThat().resideInAnyPackage("org.crmworkbench.analysis..",
                        "org.crmworkbench.present..", "org.crmworkbench.ui..", "org.crmworkbench.cli..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.crmworkbench.present..")
                .should().dependOnClassesThat().resideInAnyPackage("org.crmworkbench.ui..", "org.crmworkbench.cli..",
                        "java.sql..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void theTwoFacesAreIndependent() {
        noClasses().that().resideInAnyPackage("org.crmworkbench.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.crmworkbench.ui..").check(classes);
        noClasses().that().resideInAnyPackage("org.crmworkbench.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.crmworkbench.cli..").check(classes);
    }

    @Test
    void workflowsKnowNeitherFace() {
        noClasses().that().resideInAnyPackage("org.crmworkbench.workflow..")
                .should().dependOnClassesThat().resideInAnyPackage("org.crmworkbench.ui..", "org.crmworkbench.cli..",
                        "javafx..", "picocli..")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.crmworkbench.data..", "org.crmworkbench.analysis..",
                        "org.crmworkbench.present..")
                .should().dependOnClassesThat().resideInAnyPackage("org.crmworkbench.workflow..")
                .check(classes);
    }

    @Test
    void controllersOnlyBindToTheirViewModels() {
        noClasses().that().resideInAnyPackage("org.crmworkbench.ui..").and().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().resideInAnyPackage("org.crmworkbench.analysis..",
                        "org.crmworkbench.data..", "org.crmworkbench.present..")
                .because("a controller binds the view to its view model; logic, charts and texts live there or in present")
                .check(classes);
    }

    @Test
    void topLevelPackagesHaveNoCycles() {
        slices().matching("org.crmworkbench.(*)..").should().beFreeOfCycles().check(classes);
    }
}
