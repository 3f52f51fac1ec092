package org.itilhis.core;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * Keeps {@code itil-core} a pure domain (ARCHITECTURE.md, STYLE.md section 9). Analyses
 * main classes only; the planted violations under {@code archfixture} are test classes and
 * are proven to be caught by {@code ArchitectureRulesCatchViolationsTest}.
 *
 * <p>Core already has classes, so the rules over all of core keep ArchUnit's default of
 * failing when they match nothing: a mistyped package would then fail rather than pass.
 */
@AnalyzeClasses(packages = "org.itilhis.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_is_plain_java_and_guava = CoreRules.CORE_IS_PLAIN_JAVA_AND_GUAVA;

    @ArchTest
    static final ArchRule core_does_not_read_the_clock = CoreRules.CORE_DOES_NOT_READ_THE_CLOCK;

    @ArchTest
    static final ArchRule domain_events_are_records = CoreRules.DOMAIN_EVENTS_ARE_RECORDS;

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
