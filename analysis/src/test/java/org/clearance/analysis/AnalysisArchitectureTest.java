package org.clearance.analysis;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.clearance", importOptions = ImportOption.DoNotIncludeTests.class)
class AnalysisArchitectureTest {

    /** The analyses sit above core, loader and app: nothing below them knows they exist. */
    @ArchTest
    static final ArchRule only_the_interfaces_know_the_analyses = noClasses()
            .that().resideOutsideOfPackages("org.clearance.analysis..", "org.clearance.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.clearance.analysis..");

    @ArchTest
    static final ArchRule the_analyses_know_no_interface = noClasses().that().resideInAPackage("org.clearance.analysis..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.clearance.cli..");
}
