package org.clearance.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The application layer is called with plain values by the CLI, a server and a Spark job: it knows none of them.
 * The wire formats (org.clearance.app.json) know only the domain, not the use cases.
 */
@AnalyzeClasses(packages = "org.clearance", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule app_knows_no_interface = noClasses().that().resideInAPackage("org.clearance.app..")
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "org.clearance.cli..", "io.javalin..",
                    "org.apache.spark..")
            .because("the CLI, the server and the Spark job call the use cases, not the other way round");

    @ArchTest
    static final ArchRule wire_formats_do_not_call_use_cases = noClasses().that().resideInAPackage("org.clearance.app.json..")
            .should().dependOnClassesThat().resideInAPackage("org.clearance.app");
}
