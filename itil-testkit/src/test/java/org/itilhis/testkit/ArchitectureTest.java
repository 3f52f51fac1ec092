package org.itilhis.testkit;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * The rules every module keeps, applied to the testkit's main classes (builders, in-memory
 * adapters, arbitraries, contract tests). Its allowed dependencies (core, ports, jqwik,
 * JUnit, AssertJ) are already fixed by its POM, so there is no package allowlist here. The
 * rules are the same as in core and ports, where {@code ArchitectureRulesCatchViolationsTest}
 * proves them on planted violations.
 */
@AnalyzeClasses(packages = "org.itilhis.testkit", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule no_package_cycles = slices().matching("org.itilhis.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule no_standard_streams = GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

    @ArchTest
    static final ArchRule no_generic_exceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule no_java_util_logging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule no_jodatime = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JODATIME;
}
