package org.itilhis.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.lang.reflect.InvocationTargetException;
import org.itilhis.core.shared.Actor;
import org.junit.jupiter.api.Test;

/**
 * Proves each rule of {@link ArchitectureTest} once: the rule, run on the planted
 * violations in {@code org.itilhis.core.archfixture} (test classes), reports the offending
 * class, and stays quiet about the well-behaved fixtures next to it.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final String FIXTURES_PACKAGE = "org.itilhis.core.archfixture";
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(FIXTURES_PACKAGE);

    @Test
    void coreAllowlistCatchesAJdbcType() {
        assertThat(violationsOf(CoreRules.CORE_IS_PLAIN_JAVA_AND_GUAVA))
                .contains("org.itilhis.core.archfixture.ClockReadingPolicy", "java.sql.Timestamp")
                .doesNotContain("ClockInjectedPolicy", "FixtureEvent$Opened");
    }

    @Test
    void coreAllowlistAdmitsBundledResourcesButCatchesReadingFiles() {
        assertThat(violationsOf(CoreRules.CORE_IS_PLAIN_JAVA_AND_GUAVA))
                .contains("org.itilhis.core.archfixture.FileReadingCalendar", "java.io.FileReader")
                .doesNotContain("BundledResourceCalendar");
    }

    @Test
    void clockRuleCatchesEveryWayOfReadingTheSystemClock() {
        assertThat(violationsOf(CoreRules.CORE_DOES_NOT_READ_THE_CLOCK))
                .contains(
                        "<org.itilhis.core.archfixture.ClockReadingPolicy.deadline()> calls method <java.time.Instant.now()>",
                        "calls method <java.time.LocalDate.now(java.time.ZoneId)>",
                        "calls method <java.time.Clock.systemUTC()>",
                        "calls method <java.lang.System.currentTimeMillis()>",
                        "calls method <java.lang.System.nanoTime()>")
                .doesNotContain("ClockInjectedPolicy");
    }

    @Test
    void eventRuleCatchesEventsThatAreNotRecords() {
        assertThat(violationsOf(CoreRules.DOMAIN_EVENTS_ARE_RECORDS))
                .contains("org.itilhis.core.archfixture.MutableEvent", "org.itilhis.core.archfixture.FixtureEvent$Legacy")
                .doesNotContain("FixtureEvent$Opened", "FixtureEvent$Base>");
    }

    @Test
    void cycleRuleCatchesTwoPackagesThatUseEachOther() {
        assertThat(violationsOf(ArchitectureTest.no_package_cycles))
                .contains("org.itilhis.core.archfixture.cycle.a.Alpha", "org.itilhis.core.archfixture.cycle.b.Beta");
    }

    @Test
    void standardStreamRuleCatchesPrintingToSystemOut() {
        assertThat(violationsOf(ArchitectureTest.no_standard_streams))
                .contains("org.itilhis.core.archfixture.ConsoleNotifier", "java.lang.System.out");
    }

    @Test
    void genericExceptionRuleCatchesThrowingRuntimeException() {
        assertThat(violationsOf(ArchitectureTest.no_generic_exceptions))
                .contains("org.itilhis.core.archfixture.GenericFailure", "java.lang.RuntimeException");
    }

    @Test
    void javaUtilLoggingRuleCatchesAJulLogger() {
        assertThat(violationsOf(ArchitectureTest.no_java_util_logging))
                .contains("sets field <org.itilhis.core.archfixture.JulLogging.LOG>");
    }

    @Test
    void jodaTimeRuleCatchesAJodaTimeDependency() {
        assertThat(violationsOf(ArchitectureTest.no_jodatime))
                .contains("org.itilhis.core.archfixture.JodaTimeUser", "org.joda.time.StandInForJodaTime");
    }

    @Test
    void theRealArchitectureTestSeesMainClassesButNotTheFixtures() throws ReflectiveOperationException {
        JavaClasses analysed = importedAsIn(ArchitectureTest.class);

        assertThat(analysed.contain(Actor.class)).as("main classes are analysed").isTrue();
        assertThat(analysed.stream().map(JavaClass::getName))
                .as("test classes, the planted violations among them, are not analysed")
                .noneMatch(name -> name.startsWith(FIXTURES_PACKAGE) || name.startsWith("org.joda.time"))
                .doesNotContain(ArchitectureTest.class.getName(), CoreRules.class.getName());
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
            importer = importer.withImportOption(newInstance(option));
        }
        return importer.importPackages(analyze.packages());
    }

    private static ImportOption newInstance(Class<? extends ImportOption> option) throws ReflectiveOperationException {
        try {
            return option.getDeclaredConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot create " + option, e);
        }
    }
}
