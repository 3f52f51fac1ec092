package org.itilhis.ports;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.Arrays;
import java.util.Collection;

/**
 * The ArchUnit rule of {@link Practice}'s order, for the packages of any module: the ports
 * here, the adapters through this module's test jar. Under {@code root}, the package of each
 * practice ({@code root.<practice>..}) uses {@code root.common} and the practices it may use,
 * never one above or beside it, and {@code root.common} uses no practice. Classes outside
 * those packages (a module's wiring at {@code root}) may use every practice. A module need
 * not have every package: a rule over a package without classes passes.
 */
public final class PracticeRules {
    private PracticeRules() {
    }

    /** The rule over the packages under {@code root}, for example {@code org.itilhis.adapters.jdbc}. */
    public static ArchRule order(String root) {
        CompositeArchRule rule = CompositeArchRule.of(noClasses()
                .that().resideInAPackage(root + "." + Practice.COMMON + "..")
                .should().dependOnClassesThat().resideInAnyPackage(packages(root, Arrays.asList(Practice.values())))
                .because("what every practice shares depends on no practice (docs/practices.md)")
                .allowEmptyShould(true));
        for (Practice practice : Practice.values()) {
            if (!practice.mayNotUse().isEmpty()) {
                rule = rule.and(noClasses()
                        .that().resideInAPackage(root + "." + practice.packageName() + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(packages(root, practice.mayNotUse()))
                        .because(practice + " uses common and the practices below it only (docs/practices.md)")
                        .allowEmptyShould(true));
            }
        }
        return rule;
    }

    private static String[] packages(String root, Collection<Practice> practices) {
        return practices.stream().map(p -> root + "." + p.packageName() + "..").toArray(String[]::new);
    }
}
