package org.clearance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The loader reads files into the domain; it knows nothing of the command line, databases or the web. */
@AnalyzeClasses(packages = "org.clearance", importOptions = ImportOption.DoNotIncludeTests.class)
class LoaderArchitectureTest {

    @ArchTest
    static final ArchRule loader_has_no_interface_or_database_code = noClasses()
            .that().resideInAnyPackage("org.clearance.yaml..", "org.clearance.rulepack..", "org.clearance.spec..",
                    "org.clearance.catalog..", "org.clearance.shipment..", "org.clearance.overlay..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "java.sql..", "io.javalin..", "org.clearance.cli..")
            .because("readers produce domain values; interfaces and storage live in their own modules");

    @ArchTest
    static final ArchRule only_the_overlay_reader_uses_cel = noClasses()
            .that().resideOutsideOfPackage("org.clearance.overlay..")
            .should().dependOnClassesThat().resideInAPackage("dev.cel..")
            .because("CEL is an implementation detail of company overlays");
}
