package org.itilhis.adapters.mail;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * Keeps the mail adapter an adapter: it plugs into the ports and the core and uses Jakarta Mail
 * (with Eclipse Angus behind it), Guava and SLF4J, and nothing else, so never another adapter, an
 * application service, the test kit, the examples or the benchmarks (ARCHITECTURE.md, STYLE.md
 * section 9). Analyses main classes only; {@code ArchitectureRulesCatchViolationsTest} proves
 * each rule on planted violations.
 */
@AnalyzeClasses(packages = "org.itilhis.adapters.mail", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** An allowlist: what the adapter may use, rather than a list of what it may not. */
    @ArchTest
    static final ArchRule mail_adapter_depends_on_ports_core_and_its_libraries_only = classes()
            .that().resideInAPackage("org.itilhis.adapters.mail..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.itilhis.adapters.mail..", "org.itilhis.core..", "org.itilhis.ports.common..",
                    "org.itilhis.ports..in..", "org.itilhis.ports..out..",
                    "java..", "com.google.common..", "jakarta.mail..", "org.eclipse.angus..", "org.slf4j..")
            .because("adapters depend inward on the ports and the core and never on each other "
                    + "or on the services behind the ports");

    /** Jakarta Mail may change or be replaced: embedders configure the adapter with records of plain settings. */
    @ArchTest
    static final ArchRule public_api_takes_and_gives_no_jakarta_mail_types = noClasses()
            .that().resideInAPackage("org.itilhis.adapters.mail..").and().arePublic()
            .should(PublicApiRules.exposeMailTypes())
            .because("Jakarta Mail stays an implementation detail of the adapter");

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
