package io.hatchery.exchange;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.hatchery.testing.ArchitectureRules;

@AnalyzeClasses(packagesOf = ExchangeApplication.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests hatcheryRules = ArchTests.in(ArchitectureRules.class);
}
