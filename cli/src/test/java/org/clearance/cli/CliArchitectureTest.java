package org.clearance.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Domain records are not the wire format: JSON is written by the application layer's mappers, and picocli stays in
 * the CLI. The CLI parses options, calls the application layer and prints: it decides nothing itself.
 */
@AnalyzeClasses(packages = "org.clearance", importOptions = ImportOption.DoNotIncludeTests.class)
class CliArchitectureTest {

    @ArchTest
    static final ArchRule only_the_cli_uses_picocli = noClasses().that().resideOutsideOfPackage("org.clearance.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule domain_does_not_know_its_wire_format = noClasses()
            .that().resideInAnyPackage("org.clearance.classification..", "org.clearance.determination..",
                    "org.clearance.law..", "org.clearance.geography..")
            .should().dependOnClassesThat().resideInAnyPackage("org.clearance.cli..", "org.clearance.app..",
                    "com.fasterxml..");

    /**
     * The engines (classifier, determiner, shipment builder, screener, party and list stores, re-screening, loaders)
     * are reached only through org.clearance.app, so that the server and the Spark job decide exactly as the CLI does.
     * Their result records (Classification, Determination, Screened …) may be read to print them.
     */
    @ArchTest
    static final ArchRule the_cli_decides_nothing_itself = noClasses().that().resideInAPackage("org.clearance.cli..")
            .should().dependOnClassesThat().haveNameMatching("org\\.clearance\\.("
                    + "determination\\.Determiner|classification\\.Classifier|shipment\\.ShipmentBuilder"
                    + "|ledger\\.parties\\.(PartyScreening|PartyStore)|ledger\\.lists\\.ListStore"
                    + "|screening\\.match\\.Screener|screening\\.parse\\.ListParsers|overlay\\.OverlayLoader"
                    + "|rulepack\\.RulePackLoader|shipment\\.HitsReader)(\\$.*)?|org\\.clearance\\.ledger\\.parties\\.Rescreen")
            .because("use cases live in org.clearance.app (issue 10)");

    @ArchTest
    static final ArchRule the_cli_writes_no_json_itself = noClasses().that().resideInAPackage("org.clearance.cli..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml..")
            .because("the wire formats live in org.clearance.app.json, shared with the server and the Spark job");
}
