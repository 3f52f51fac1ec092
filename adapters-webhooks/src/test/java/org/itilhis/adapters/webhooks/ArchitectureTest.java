package org.itilhis.adapters.webhooks;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * Keeps the webhooks adapter an adapter: it plugs into the ports and the core and uses the JDK's
 * HTTP client and cryptography, Jackson, Guava and SLF4J, and nothing else, so never another
 * adapter, an application service, the test kit, the examples or the benchmarks (ARCHITECTURE.md,
 * STYLE.md section 9). Analyses main classes only; {@code ArchitectureRulesCatchViolationsTest}
 * proves the allowlist on planted violations.
 */
@AnalyzeClasses(packages = "org.itilhis.adapters.webhooks", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** An allowlist: what the adapter may use, rather than a list of what it may not. */
    @ArchTest
    static final ArchRule webhooks_adapter_depends_on_ports_core_and_its_libraries_only = classes()
            .that().resideInAPackage("org.itilhis.adapters.webhooks..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.itilhis.adapters.webhooks..", "org.itilhis.core..", "org.itilhis.ports.common..",
                    "org.itilhis.ports..in..", "org.itilhis.ports..out..",
                    "java.lang..", "java.util..", "java.time..", "java.io..", "java.nio..", "java.net..",
                    "java.security..", "javax.crypto..", "com.fasterxml.jackson..", "com.google.common..",
                    "org.slf4j..")
            .because("adapters depend inward on the ports and the core and never on each other "
                    + "or on the services behind the ports");

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
