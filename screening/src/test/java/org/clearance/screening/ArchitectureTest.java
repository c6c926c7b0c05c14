package org.clearance.screening;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Matching stays framework-free: no database, no migration tool, no JSON library. */
@AnalyzeClasses(packages = "org.clearance.screening", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule matching_never_touches_jdbc_flyway_or_jackson = noClasses()
            .that().resideInAPackage("org.clearance.screening..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..",
                    "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule the_model_does_not_know_how_it_is_matched = noClasses()
            .that().resideInAPackage("org.clearance.screening.list..")
            .should().dependOnClassesThat().resideInAnyPackage("org.clearance.screening.match..",
                    "org.clearance.screening.parse..");
}
