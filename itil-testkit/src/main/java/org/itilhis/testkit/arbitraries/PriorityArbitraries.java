package org.itilhis.testkit.arbitraries;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.itilhis.core.priority.Impact;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.priority.PriorityFactors;
import org.itilhis.core.priority.PriorityMatrix;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.priority.Urgency;

/**
 * Impact, urgency and criticality, as values of the hospital's default matrix and as the
 * codes commands carry: mostly levels the matrix knows (also lower-case or padded, which
 * the level codes normalise), sometimes well-formed codes the matrix lacks, and rarely
 * malformed ones.
 */
public final class PriorityArbitraries {
    private static final PriorityMatrix DEFAULT = PriorityMatrix.hospitalDefault();
    private static final Arbitrary<String> IMPACT_CODES =
            codes(DEFAULT.impacts().stream().map(Impact::code).toList(), List.of("ONE_WARD", "CAMPUS", "P1"));
    private static final Arbitrary<String> URGENCY_CODES =
            codes(DEFAULT.urgencies().stream().map(Urgency::code).toList(), List.of("URGENT", "LOW", "HIGH"));

    private PriorityArbitraries() {
    }

    /** The impacts of {@link PriorityMatrix#hospitalDefault()}. */
    public static Arbitrary<Impact> impacts() {
        return Arbitraries.of(DEFAULT.impacts());
    }

    /** The urgencies of {@link PriorityMatrix#hospitalDefault()}. */
    public static Arbitrary<Urgency> urgencies() {
        return Arbitraries.of(DEFAULT.urgencies());
    }

    public static Arbitrary<ServiceCriticality> criticalities() {
        return Arbitraries.of(ServiceCriticality.class);
    }

    public static Arbitrary<Priority> priorities() {
        return Arbitraries.of(Priority.class);
    }

    /** Factors over the default matrix; about one in eight is a major incident. */
    public static Arbitrary<PriorityFactors> factors() {
        return Combinators.combine(impacts(), urgencies(), criticalities(), majorFlags()).as(PriorityFactors::new);
    }

    /** The major-incident flag: set about one time in eight. */
    public static Arbitrary<Boolean> majorFlags() {
        return Arbitraries.frequency(Tuple.of(7, false), Tuple.of(1, true));
    }

    /** Impact codes as a command carries them; see the class comment. */
    public static Arbitrary<String> impactCodes() {
        return IMPACT_CODES;
    }

    /** Urgency codes as a command carries them; see the class comment. */
    public static Arbitrary<String> urgencyCodes() {
        return URGENCY_CODES;
    }

    private static Arbitrary<String> codes(List<String> known, List<String> unknown) {
        Arbitrary<String> exact = Arbitraries.of(known);
        Arbitrary<String> sloppy = Arbitraries.of(known).map(code -> " " + code.toLowerCase(Locale.ROOT) + " ");
        Arbitrary<String> malformed = Arbitraries.of("one person", "", "  ", "整个医院", "ONE-PERSON");
        return Arbitraries.frequencyOf(
                Tuple.of(60, exact),
                Tuple.of(4, sloppy),
                Tuple.of(1, Arbitraries.of(unknown)),
                Tuple.of(1, malformed),
                Tuple.of(1, Arbitraries.just(null)));
    }
}
