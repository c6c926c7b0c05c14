package org.clearance.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The server decides nothing itself: the engines are reached through org.clearance.app, as the CLI reaches them. */
@AnalyzeClasses(packages = "org.clearance.server")
class ServerArchitectureTest {

    @ArchTest
    static final ArchRule the_server_decides_nothing_itself = noClasses().that().resideInAPackage("org.clearance.server..")
            .should().dependOnClassesThat().haveNameMatching("org\\.clearance\\.("
                    + "determination\\.Determiner|classification\\.Classifier|shipment\\.ShipmentBuilder"
                    + "|ledger\\.parties\\.(PartyScreening|PartyStore)|ledger\\.lists\\.ListStore"
                    + "|screening\\.match\\.Screener|screening\\.parse\\.ListParsers|overlay\\.OverlayLoader"
                    + "|rulepack\\.RulePackLoader|shipment\\.HitsReader)(\\$.*)?|org\\.clearance\\.ledger\\.parties\\.Rescreen")
            .because("use cases live in org.clearance.app: the server decides exactly as the CLI does");

    @ArchTest
    static final ArchRule only_the_cli_knows_picocli = noClasses().that().resideInAPackage("org.clearance.server..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");
}
