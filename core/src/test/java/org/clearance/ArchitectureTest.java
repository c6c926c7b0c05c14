package org.clearance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The core is the domain: no I/O frameworks, and its feature packages stand on the law primitives, not on each other's internals. */
@AnalyzeClasses(packages = "org.clearance", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_uses_no_framework = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("com.fasterxml..", "java.sql..", "javax.sql..", "io.javalin..", "org.apache.spark..",
                    "picocli..", "org.flywaydb..", "org.jdbi..", "dev.cel..", "java.net.http..")
            .because("core holds the domain; readers, databases and interfaces live in other modules");

    @ArchTest
    static final ArchRule core_does_no_file_io = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.nio.file..", "java.io.File")
            .because("core computes; the loader reads");

    @ArchTest
    static final ArchRule law_knows_nothing_of_features = noClasses().that().resideInAPackage("org.clearance.law..")
            .should().dependOnClassesThat().resideInAnyPackage("org.clearance.classification..",
                    "org.clearance.determination..")
            .because("the law primitives are shared by every feature");

    @ArchTest
    static final ArchRule no_package_cycles = slices().matching("org.clearance.(*)..").should().beFreeOfCycles();
}
