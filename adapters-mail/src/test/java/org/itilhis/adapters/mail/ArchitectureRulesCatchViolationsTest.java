package org.itilhis.adapters.mail;

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
 * in {@code org.itilhis.adapters.mail.archfixture} (test classes), the rule reports the
 * offending class and stays quiet about the well-behaved fixture. The classes they depend on
 * are test-only stand-ins in {@code archfixture} subpackages of the other modules' packages,
 * which are not on this module's class path. The cycle and general coding rules are the same
 * as in core and ports and are proven there.
 */
class ArchitectureRulesCatchViolationsTest {

    private static final String FIXTURES_PACKAGE = "org.itilhis.adapters.mail.archfixture";
    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages(FIXTURES_PACKAGE);

    @Test
    void catchesADependencyOnAnotherAdapterAServiceOrTheTestkit() {
        assertThat(violationsOf(ArchitectureTest.mail_adapter_depends_on_ports_core_and_its_libraries_only))
                .contains(FIXTURES_PACKAGE + ".JdbcAwareMailer", "org.itilhis.adapters.jdbc.archfixture.StandInJdbcAdapter")
                .contains(FIXTURES_PACKAGE + ".ServiceCallingMailer", "org.itilhis.ports.service.archfixture.StandInService")
                .contains(FIXTURES_PACKAGE + ".DemoBackedMailer", "org.itilhis.testkit.archfixture.StandInBuilder")
                .doesNotContain("WellBehavedMailer");
    }

    @Test
    void catchesJakartaMailTypesInThePublicApi() {
        assertThat(violationsOf(ArchitectureTest.public_api_takes_and_gives_no_jakarta_mail_types))
                .contains(FIXTURES_PACKAGE + ".LeakyMailer", "jakarta.mail.Session", "jakarta.mail.internet.MimeMessage")
                .doesNotContain("WellBehavedMailer");
    }

    @Test
    void theRealArchitectureTestDoesNotSeeTheFixtures() throws ReflectiveOperationException {
        JavaClasses analysed = importedAsIn(ArchitectureTest.class);

        assertThat(analysed.stream().map(JavaClass::getName))
                .as("test classes, the planted violations among them, are not analysed")
                .noneMatch(name -> name.contains(".archfixture."))
                .doesNotContain(ArchitectureTest.class.getName())
                .contains(SmtpMessageChannel.class.getName());
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
