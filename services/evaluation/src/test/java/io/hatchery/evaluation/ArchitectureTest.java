package io.hatchery.evaluation;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.hatchery.testing.ArchitectureRules;

@AnalyzeClasses(packages = "io.hatchery.evaluation", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = ArchitectureRules.DOMAIN_IS_PLAIN_JAVA;

    @ArchTest
    static final ArchRule domainDependsOnNothingOuter = ArchitectureRules.DOMAIN_DOES_NOT_DEPEND_ON_OUTER_LAYERS;
}
