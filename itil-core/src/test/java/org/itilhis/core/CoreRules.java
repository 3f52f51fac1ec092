package org.itilhis.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.itilhis.core.shared.DomainEvent;

/**
 * The architecture rules of {@code itil-core}, kept apart from {@link ArchitectureTest} so
 * that {@code ArchitectureRulesCatchViolationsTest} can run the very same rule objects on
 * planted violations. Each rule applies to whatever classes it is evaluated on.
 */
public final class CoreRules {

    /**
     * The allowlist of packages core may use. Notes on what is (not) needed:
     * <ul>
     *   <li>records, enums, sealed types, lambdas and string concatenation compile to
     *       {@code java.lang.Record}, {@code java.lang.Enum}, {@code java.lang.runtime.ObjectMethods}
     *       and {@code java.lang.invoke.*} (bootstrap methods), all inside {@code java.lang..},
     *       so {@code java.lang.invoke} needs no entry of its own; primitive and array types
     *       do not count as a foreign package;</li>
     *   <li>{@code java.text..} is there for {@code MessageFormat} in the bilingual message
     *       catalogue;</li>
     *   <li>{@code java.util..} also admits {@code java.util.logging}, which the general
     *       coding rules forbid separately;</li>
     *   <li>{@code java.io} is deliberately absent: domain exceptions inherit
     *       {@code Serializable} from {@code Throwable} without naming it. The one exception
     *       is reading a data file bundled in the core jar (mainland China's holiday
     *       arrangements, {@code calendar.ChinaMainland}): exactly {@code InputStream},
     *       {@code IOException} and {@code UncheckedIOException} are admitted, no files,
     *       readers or writers.</li>
     *   <li>{@code java.net.URI} alone of {@code java.net}: a value (a group robot's webhook
     *       address, {@code notification.GroupRobot}), parsed and compared, never opened.</li>
     * </ul>
     */
    public static final ArchRule CORE_IS_PLAIN_JAVA_AND_GUAVA = classes()
            .that().resideInAPackage("org.itilhis.core..")
            .should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage(
                    "org.itilhis.core..",
                    "java.lang..", "java.util..", "java.time..", "java.math..", "java.text..",
                    "com.google.common..")
                    .or(JavaClass.Predicates.belongToAnyOf(
                            InputStream.class, IOException.class, UncheckedIOException.class, java.net.URI.class)))
            .because("the domain is a plain library on the JDK and Guava (ARCHITECTURE.md): "
                    + "no JDBC, no networking, no I/O, no frameworks");

    /** Static factories of {@code java.time} and {@code java.lang} that read the machine's clock. */
    private static final Set<String> NOW_OWNERS = Set.of(
            "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime",
            "java.time.LocalTime", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
            "java.time.OffsetTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

    private static final DescribedPredicate<JavaCall<?>> READ_THE_SYSTEM_CLOCK =
            new DescribedPredicate<>("reads the system clock") {
                @Override
                public boolean test(JavaCall<?> call) {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getTarget().getName();
                    List<String> parameters = HasName.Utils.namesOf(call.getTarget().getRawParameterTypes());
                    if (NOW_OWNERS.contains(owner) && name.equals("now")) {
                        // now() and now(ZoneId) read the system clock; now(Clock) is the sanctioned way.
                        return !parameters.equals(List.of(Clock.class.getName()));
                    }
                    return switch (owner) {
                        case "java.time.Clock" -> name.startsWith("system");
                        case "java.time.InstantSource" -> name.equals("system");
                        case "java.lang.System" -> name.equals("currentTimeMillis") || name.equals("nanoTime");
                        case "java.util.Date", "java.util.GregorianCalendar" ->
                                name.equals("<init>") && parameters.isEmpty();
                        case "java.util.Calendar" -> name.equals("getInstance");
                        default -> false;
                    };
                }
            };

    public static final ArchRule CORE_DOES_NOT_READ_THE_CLOCK = noClasses()
            .that().resideInAPackage("org.itilhis.core..")
            .should().callCodeUnitWhere(READ_THE_SYSTEM_CLOCK)
            .as("no classes in org.itilhis.core should read the system clock "
                    + "(Instant.now(), LocalDate.now(), Clock.system*(), System.currentTimeMillis(), "
                    + "System.nanoTime(), new Date(), ...)")
            .because("time comes in as an argument or a java.time.Clock, so that the domain is "
                    + "deterministic under test");

    /**
     * Events are immutable values carrying identifiers and values only. Concrete classes are
     * what is checked: a sealed event interface (or, unwisely, an abstract base class) is
     * fine, and any concrete subclass of an abstract base is caught here because records
     * cannot extend classes.
     */
    public static final ArchRule DOMAIN_EVENTS_ARE_RECORDS = classes()
            .that().implement(DomainEvent.class)
            .and().areNotInterfaces()
            .and().doNotHaveModifier(JavaModifier.ABSTRACT)
            .should().beRecords()
            .because("domain events are immutable values (STYLE.md section 6)");

    private CoreRules() {
    }
}
