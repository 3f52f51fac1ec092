package org.itilhis.adapters.dingtalk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;

/**
 * Keeps the DingTalk adapter an adapter: it plugs into the ports and the core and uses the JDK (its
 * HTTP client and, for signatures, {@code javax.crypto}), Jackson, Guava and SLF4J, and nothing
 * else, so never another adapter (the WeCom robot least of all), an application service, the test
 * kit, the examples or the benchmarks (ARCHITECTURE.md, STYLE.md section 9). Analyses main
 * classes only; {@code ArchitectureRulesCatchViolationsTest} proves each rule on planted
 * violations.
 */
@AnalyzeClasses(packages = "org.itilhis.adapters.dingtalk", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** An allowlist: what the adapter may use, rather than a list of what it may not. */
    @ArchTest
    static final ArchRule dingtalk_adapter_depends_on_ports_core_and_its_libraries_only = classes()
            .that().resideInAPackage("org.itilhis.adapters.dingtalk..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "org.itilhis.adapters.dingtalk..", "org.itilhis.core..", "org.itilhis.ports.common..",
                    "org.itilhis.ports..in..", "org.itilhis.ports..out..",
                    "java..", "javax.crypto..", "com.google.common..", "com.fasterxml.jackson..", "org.slf4j..")
            .because("adapters depend inward on the ports and the core and never on each other "
                    + "or on the services behind the ports");

    /** Said on its own as well: the two group robots are separate modules that a hospital picks one of. */
    @ArchTest
    static final ArchRule dingtalk_adapter_never_uses_the_wecom_adapter = noClasses()
            .that().resideInAPackage("org.itilhis.adapters.dingtalk..")
            .should().dependOnClassesThat().resideInAPackage("org.itilhis.adapters.wecom..")
            .because("a hospital deploys the DingTalk robot without the WeCom one, and the other way round");

    /** Jackson may change: embedders configure the adapter with strings and the JDK's types. */
    @ArchTest
    static final ArchRule public_api_takes_and_gives_no_jackson_types = noClasses()
            .that().resideInAPackage("org.itilhis.adapters.dingtalk..").and().arePublic()
            .should(PublicApiRules.exposeJacksonTypes())
            .because("Jackson stays an implementation detail of the adapter");

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
