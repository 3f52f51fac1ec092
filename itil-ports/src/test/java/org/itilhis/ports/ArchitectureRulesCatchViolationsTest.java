package org.itilhis.ports;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Proves each rule of {@link ArchitectureTest} once: run on the planted violations in the
 * {@code archfixture} packages (test classes), the rule reports the offending class and
 * stays quiet about the well-behaved fixtures.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(
            "org.itilhis.ports.archfixture",
            "org.itilhis.ports.in.archfixture",
            "org.itilhis.ports.out.archfixture",
            "org.itilhis.ports.service.archfixture",
            "org.itilhis.ports.common.archfixture",
            "org.itilhis.ports.servicedesk.archfixture",
            "org.itilhis.ports.servicelevel.archfixture",
            "org.itilhis.ports.configuration.archfixture");

    @Test
    void allowlistCatchesAnImplementationOfTheValidationApi() {
        assertThat(violationsOf(ArchitectureTest.ports_depend_only_on_core_and_the_validation_and_logging_apis))
                .contains("org.itilhis.ports.archfixture.HibernateBoundCommand", "org.hibernate.validator.constraints.Length")
                .doesNotContain("OutageService", "LeakyOutageQueries");
    }

    @Test
    void allowlistLetsCommonsCsvInButNotTheCommonsIoItBringsAlong() {
        assertThat(violationsOf(ArchitectureTest.ports_depend_only_on_core_and_the_validation_and_logging_apis))
                .contains("org.itilhis.ports.archfixture.CommonsIoBomStripper", "org.apache.commons.io.input.BOMInputStream")
                .doesNotContain("CsvRows");
    }

    @Test
    void inboundPortsMayNotUseOutboundPortsOrServices() {
        assertThat(violationsOf(ArchitectureTest.inbound_ports_do_not_know_outbound_ports_or_services))
                .contains(
                        "org.itilhis.ports.in.archfixture.LeakyOutageQueries.repository()> has return type <org.itilhis.ports.out.archfixture.FixtureRepository>",
                        "org.itilhis.ports.in.archfixture.LeakyOutageQueries.service()> has return type <org.itilhis.ports.service.archfixture.OutageService>");
    }

    @Test
    void useCasesAreImplementedByServicesInTheServicePackage() {
        assertThat(violationsOf(ArchitectureTest.use_cases_are_implemented_by_application_services))
                .contains(
                        "Class <org.itilhis.ports.in.archfixture.OutageReporter> does not reside in a package '..ports..service..'",
                        "Class <org.itilhis.ports.in.archfixture.OutageReporter> does not have simple name ending with 'Service'",
                        "Class <org.itilhis.ports.service.archfixture.OutageHandler> does not have simple name ending with 'Service'")
                .doesNotContain("OutageService>", "ReportMajorOutageUseCase>", "ReportOutageUseCase>");
    }

    @Test
    void practiceOrderCatchesAPracticeUsingOneAboveOrBesideItAndCommonUsingAPractice() {
        assertThat(violationsOf(ArchitectureTest.practices_use_only_common_and_the_practices_below_them))
                .contains(
                        "org.itilhis.ports.servicedesk.archfixture.DeskFixture.itemOfTheCall()> has return type <org.itilhis.ports.configuration.archfixture.CmdbFixture>",
                        "org.itilhis.ports.servicelevel.archfixture.LevelFixture.itemOfTheTicket()> has return type <org.itilhis.ports.configuration.archfixture.CmdbFixture>",
                        "org.itilhis.ports.common.archfixture.CommonFixture.desk()> has return type <org.itilhis.ports.servicedesk.archfixture.DeskFixture>")
                .doesNotContain("LevelFixture.desk()");
    }

    @Test
    void cycleRuleCatchesTwoPackagesThatUseEachOther() {
        assertThat(violationsOf(ArchitectureTest.no_package_cycles))
                .contains("org.itilhis.ports.archfixture.PortsCycleA", "org.itilhis.ports.archfixture.cycle.PortsCycleB");
    }

    @Test
    void generalCodingRulesCatchStandardStreamsAndGenericExceptions() {
        assertThat(violationsOf(ArchitectureTest.no_standard_streams))
                .contains("org.itilhis.ports.archfixture.ConsoleOutput.fail(java.lang.String)> gets field <java.lang.System.err>");
        assertThat(violationsOf(ArchitectureTest.no_generic_exceptions))
                .contains("org.itilhis.ports.archfixture.ConsoleOutput.failGenerically(java.lang.String)> calls constructor <java.lang.RuntimeException")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void theRealArchitectureTestDoesNotSeeTheFixtures() throws ReflectiveOperationException {
        JavaClasses analysed = importedAsIn(ArchitectureTest.class);

        assertThat(analysed.stream().map(JavaClass::getName))
                .as("test classes, the planted violations among them, are not analysed")
                .noneMatch(name -> name.contains(".archfixture."))
                .doesNotContain(ArchitectureTest.class.getName());
    }

    private static String violationsOf(ArchRule rule) {
        EvaluationResult result = rule.evaluate(FIXTURES);
        assertThat(result.hasViolation()).as("'%s' catches a planted violation", rule.getDescription()).isTrue();
        return String.join("\n", result.getFailureReport().getDetails());
    }

    /** Imports what {@code testClass}'s {@link AnalyzeClasses} annotation makes ArchUnit import. */
    private static JavaClasses importedAsIn(Class<?> testClass) throws ReflectiveOperationException {
        AnalyzeClasses analyze = testClass.getAnnotation(AnalyzeClasses.class);
        ClassFileImporter importer = new ClassFileImporter();
        for (Class<? extends ImportOption> option : analyze.importOptions()) {
            importer = importer.withImportOption(option.getDeclaredConstructor().newInstance());
        }
        return importer.importPackages(analyze.packages());
    }
}
