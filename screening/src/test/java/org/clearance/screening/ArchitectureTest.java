package org.clearance.screening;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Matching stays framework-free: no database, no migration tool, no JSON library. */
class ArchitectureTest {

    private static final JavaClasses SCREENING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.clearance.screening");

    @Test
    void matching_never_touches_jdbc_flyway_or_jackson() {
        noClasses().that().resideInAPackage("org.clearance.screening..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..",
                        "com.fasterxml.jackson..")
                .check(SCREENING);
    }

    @Test
    void the_list_model_does_not_know_how_it_is_parsed_or_matched() {
        noClasses().that().resideInAPackage("org.clearance.screening.list..")
                .should().dependOnClassesThat().resideInAnyPackage("org.clearance.screening.match..",
                        "org.clearance.screening.parse..")
                .check(SCREENING);
    }

    @Test
    void the_rules_see_the_screening_classes() {
        org.assertj.core.api.Assertions.assertThat(SCREENING.contain("org.clearance.screening.match.Screener")).isTrue();
    }
}
