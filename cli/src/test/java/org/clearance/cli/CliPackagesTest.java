package org.clearance.cli;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Main and the screening commands import shared option and error types (org.clearance.cli.options, BadInput in
 * org.clearance.app), never each other (issue 10): no two packages of the CLI and the application layer import each
 * other, directly or round a circle.
 */
@AnalyzeClasses(packages = {"org.clearance.cli", "org.clearance.app"}, importOptions = ImportOption.DoNotIncludeTests.class)
class CliPackagesTest {

    @ArchTest
    static final ArchRule no_two_packages_import_each_other = slices().matching("org.clearance.(**)").should()
            .beFreeOfCycles();
}
