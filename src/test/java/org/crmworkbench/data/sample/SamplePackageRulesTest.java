package org.crmworkbench.data.sample;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The generator stays plain Java: no user interface, no database, no static mutable state. */
class SamplePackageRulesTest {
    private static final JavaClasses GENERATOR = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.crmworkbench.data.sample");

    @Test
    void noJavaFxAndNoJdbc() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("javafx..", "java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..")
                .check(GENERATOR);
    }

    @Test
    void staticFieldsAreFinal() {
        fields().that().areStatic().should().beFinal().check(GENERATOR);
    }
}
