package org.itilhis.adapters.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.ports.PracticeRules;

/**
 * Keeps the JDBC adapter an adapter: it plugs into the ports and the core, never into the
 * other adapter, the application services, the testkit, the examples or the benchmarks
 * (ARCHITECTURE.md, STYLE.md section 9). Analyses main classes only;
 * {@code ArchitectureRulesCatchViolationsTest} proves each rule on planted violations.
 */
@AnalyzeClasses(packages = "org.itilhis.adapters.jdbc", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule jdbc_adapter_does_not_depend_on_the_rest_adapter = noClasses()
            .that().resideInAPackage("org.itilhis.adapters.jdbc..")
            .should().dependOnClassesThat().resideInAPackage("org.itilhis.adapters.rest..")
            .because("adapters meet only through the ports; the examples wire them together");

    /**
     * Adapters call the inbound ports and implement the outbound ones; the application
     * services behind the ports stay swappable. Should a wiring class ever need a service,
     * exempt that one class here by name rather than loosening the rule.
     */
    @ArchTest
    static final ArchRule adapter_does_not_depend_on_application_services = noClasses()
            .that().resideInAPackage("org.itilhis.adapters.jdbc..")
            .should().dependOnClassesThat().resideInAPackage("..ports..service..")
            .because("adapters depend on the ports' in and out packages, never on the services that implement them");

    @ArchTest
    static final ArchRule adapter_does_not_depend_on_testkit_examples_or_benchmarks = noClasses()
            .that().resideInAPackage("org.itilhis.adapters.jdbc..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.itilhis.testkit..", "org.itilhis.examples..", "org.itilhis.benchmarks..")
            .because("nothing depends on examples or benchmarks, and only tests depend on the testkit");

    /**
     * JSON is one class's business: snapshots and events are written and read by
     * {@code JsonCodec} and its nested types only, so that the stored format has one owner
     * and Jackson stays an implementation detail of this module.
     */
    @ArchTest
    static final ArchRule jackson_stays_in_the_codec = noClasses()
            .that().resideInAPackage("org.itilhis.adapters.jdbc..")
            .and().haveNameNotMatching(".*\\.JsonCodec(\\$.*)?")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("the stored JSON format has one owner, JsonCodec");

    /** The practices' order of {@link org.itilhis.ports.Practice}, over this adapter's packages. */
    @ArchTest
    static final ArchRule practices_use_only_common_and_the_practices_below_them =
            PracticeRules.order("org.itilhis.adapters.jdbc");

    @ArchTest
    static final ArchRule no_package_cycles = slices().matching("org.itilhis.(**)").should().beFreeOfCycles();

    /** The command line tool {@link VerifyAuditTrail} prints its finding; it alone may. */
    @ArchTest
    static final ArchRule no_standard_streams = noClasses()
            .that().doNotHaveFullyQualifiedName(VerifyAuditTrail.class.getName())
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("a library logs through SLF4J; only the command line tool prints");

    @ArchTest
    static final ArchRule no_generic_exceptions = GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS;

    @ArchTest
    static final ArchRule no_java_util_logging = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

    @ArchTest
    static final ArchRule no_jodatime = GeneralCodingRules.NO_CLASSES_SHOULD_USE_JODATIME;
}
