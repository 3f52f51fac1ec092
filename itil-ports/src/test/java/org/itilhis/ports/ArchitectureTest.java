package org.itilhis.ports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * Keeps {@code itil-ports} on core plus the validation and logging APIs, and the
 * {@code in}/{@code out}/{@code service} split and the order of the practices honest (ARCHITECTURE.md, STYLE.md section 9).
 * Analyses main classes only; {@code ArchitectureRulesCatchViolationsTest} proves each rule
 * on planted violations.
 */
@AnalyzeClasses(packages = "org.itilhis.ports", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> IMPLEMENT_A_USE_CASE =
            new DescribedPredicate<>("implement an interface whose simple name ends in 'UseCase'") {
                @Override
                public boolean test(JavaClass javaClass) {
                    return javaClass.getAllRawInterfaces().stream()
                            .anyMatch(anInterface -> anInterface.getSimpleName().endsWith("UseCase"));
                }
            };

    /**
     * Commons CSV is allowed because the CMDB import (issue 5) reads hospitals' spreadsheet
     * exports, whose quoted fields hold commas, quotes and line breaks: a real CSV parser, not
     * a split on commas, and one small library without further runtime dependencies in the
     * API the import calls. Only its own package is allowed, not the Commons IO or Codec
     * classes it may pull in transitively. cron-utils is allowed for the same reason in the
     * operations records (issue 18, ADR 0019): the schedules of inspection rounds and backup
     * jobs are cron expressions, parsed and expanded by a well-kept library with no runtime
     * dependency beyond SLF4J, not by a hand-written parser. Mustache (mustache.java) is allowed
     * for the notifications' message templates (issue 19): logic-less templates a hospital may
     * override per event type and language, compiled and checked when stored.
     */
    @ArchTest
    static final ArchRule ports_depend_only_on_core_and_the_validation_and_logging_apis = classes()
            .that().resideInAPackage("org.itilhis.ports..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.itilhis.ports..", "org.itilhis.core..",
                    "java..", "com.google.common..", "jakarta.validation..", "org.slf4j..",
                    "org.apache.commons.csv", "com.cronutils..", "com.github.mustachejava..")
            .because("ports depend only on core, plus the validation and logging APIs, Commons CSV for the"
                    + " CMDB import, cron-utils for the operations schedules and Mustache for the message templates"
                    + " (ARCHITECTURE.md)");

    @ArchTest
    static final ArchRule inbound_ports_do_not_know_outbound_ports_or_services = noClasses()
            .that().resideInAPackage("..ports..in..")
            .should().dependOnClassesThat().resideInAnyPackage("..ports..out..", "..ports..service..")
            .because("the driving side of the hexagon is what callers see; how it is served stays hidden");

    @ArchTest
    static final ArchRule use_cases_are_implemented_by_application_services = classes()
            .that(IMPLEMENT_A_USE_CASE).and().areNotInterfaces()
            .should().resideInAPackage("..ports..service..")
            .andShould().haveSimpleNameEndingWith("Service")
            .because("application services implement the use cases (STYLE.md sections 2 and 7)");

    /**
     * The order of {@link Practice}: each practice's packages use {@code common} and the
     * practices it may use, never one above or beside it; {@code common} uses no practice.
     */
    @ArchTest
    static final ArchRule practices_use_only_common_and_the_practices_below_them = PracticeRules.order("org.itilhis.ports");

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
