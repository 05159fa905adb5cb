package org.crmworkbench.ui.predict;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The Predict workspace's controllers bind and nothing more: what they show comes through their view models, so
 * they depend on no analysis, data or present class (the rule every workspace's controllers follow).
 */
class PredictControllersOnlyBindTest {
    @Test
    void controllersDependOnNoAnalysisDataOrPresentClass() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.crmworkbench.ui.predict");
        noClasses().that().haveSimpleNameEndingWith("Controller").should().dependOnClassesThat()
                .resideInAnyPackage("org.crmworkbench.analysis..", "org.crmworkbench.data..",
                        "org.crmworkbench.present..")
                .check(classes);
    }
}
