package org.clearance.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Domain records are not the wire format: JSON is written by the CLI's own mappers, and picocli stays in the CLI. */
@AnalyzeClasses(packages = "org.clearance", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {

    @ArchTest
    static final ArchRule only_the_cli_uses_picocli = noClasses().that().resideOutsideOfPackage("org.clearance.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule domain_does_not_know_its_wire_format = noClasses()
            .that().resideInAnyPackage("org.clearance.classification..", "org.clearance.determination..",
                    "org.clearance.law..", "org.clearance.geography..")
            .should().dependOnClassesThat().resideInAnyPackage("org.clearance.cli..", "com.fasterxml..");
}
