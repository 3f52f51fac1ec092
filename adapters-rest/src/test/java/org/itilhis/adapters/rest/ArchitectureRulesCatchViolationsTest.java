package org.itilhis.adapters.rest;

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
 * Proves each adapter rule of {@link ArchitectureTest} once: run on the planted violations
 * in {@code org.itilhis.adapters.rest.archfixture} (test classes), the rule reports the
 * offending class and stays quiet about the well-behaved fixture. The classes they depend on
 * are test-only stand-ins in {@code archfixture} subpackages of the other modules' packages,
 * so the proof does not wait for those modules to have classes (most of them are not even on
 * this module's class path). The cycle and general coding rules are the same as in core and
 * ports and are proven there.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final String FIXTURES_PACKAGE = "org.itilhis.adapters.rest.archfixture";
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(FIXTURES_PACKAGE,
            "org.itilhis.adapters.rest.servicedesk.archfixture", "org.itilhis.adapters.rest.servicelevel.archfixture");

    @Test
    void catchesADependencyOnTheJdbcAdapter() {
        assertThat(violationsOf(ArchitectureTest.rest_adapter_does_not_depend_on_the_jdbc_adapter))
                .contains(FIXTURES_PACKAGE + ".JdbcAwareAdapter", "org.itilhis.adapters.jdbc.archfixture.StandInJdbcAdapter")
                .doesNotContain("WellBehavedAdapter");
    }

    @Test
    void catchesAPracticesResourceUsingAPracticeAboveIt() {
        assertThat(violationsOf(ArchitectureTest.practices_use_only_common_and_the_practices_below_them))
                .contains("org.itilhis.adapters.rest.servicedesk.archfixture.ClockAwareResource",
                        "org.itilhis.adapters.rest.servicelevel.archfixture.StandInClockJson")
                .doesNotContain("WellBehavedAdapter");
    }

    @Test
    void catchesADependencyOnAnApplicationService() {
        assertThat(violationsOf(ArchitectureTest.adapter_does_not_depend_on_application_services))
                .contains(FIXTURES_PACKAGE + ".ServiceCallingAdapter", "org.itilhis.ports.service.archfixture.StandInService")
                .doesNotContain("WellBehavedAdapter");
    }

    @Test
    void catchesDependenciesOnTestkitExamplesAndBenchmarks() {
        assertThat(violationsOf(ArchitectureTest.adapter_does_not_depend_on_testkit_examples_or_benchmarks))
                .contains(
                        FIXTURES_PACKAGE + ".DemoBackedAdapter",
                        "org.itilhis.testkit.archfixture.StandInBuilder",
                        "org.itilhis.examples.archfixture.StandInScenario",
                        "org.itilhis.benchmarks.archfixture.StandInBenchmark")
                .doesNotContain("WellBehavedAdapter");
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
