package io.hatchery.console;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.hatchery.testing.ArchitectureRules;

@AnalyzeClasses(packagesOf = ConsoleApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests hatcheryRules = ArchTests.in(ArchitectureRules.class);
}
