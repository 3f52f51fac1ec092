package org.itilhis.ports.servicedesk.service;

import com.google.common.collect.ImmutableList;
import java.util.function.Function;
import org.itilhis.core.priority.Impact;
import org.itilhis.core.priority.PriorityFactors;
import org.itilhis.core.priority.PriorityPolicy;
import org.itilhis.core.priority.ServiceCriticality;
import org.itilhis.core.priority.Urgency;
import org.itilhis.ports.common.InvalidCommandException.FieldViolation;
import org.itilhis.ports.common.InvalidCommandException;

/**
 * Turns the impact and urgency codes of a command into priority factors the matrix knows; public
 * for the practices above the desk that assess priority with the same policy (problems).
 */
public final class Priorities {
    private Priorities() {
    }

    /** @throws InvalidCommandException naming {@code impact} or {@code urgency} if the matrix lacks the level */
    public static PriorityFactors factors(PriorityPolicy policy, String impactCode, String urgencyCode,
                                   ServiceCriticality criticality, boolean major) {
        ImmutableList.Builder<FieldViolation> violations = ImmutableList.builder();
        Impact impact = level(impactCode, Impact::of, "impact", violations);
        Urgency urgency = level(urgencyCode, Urgency::of, "urgency", violations);
        if (impact != null && !policy.matrix().knows(impact)) {
            violations.add(unknown("impact", impactCode, policy.matrix().impacts()));
        }
        if (urgency != null && !policy.matrix().knows(urgency)) {
            violations.add(unknown("urgency", urgencyCode, policy.matrix().urgencies()));
        }
        ImmutableList<FieldViolation> found = violations.build();
        if (!found.isEmpty()) {
            throw new InvalidCommandException(found);
        }
        return new PriorityFactors(impact, urgency, criticality, major);
    }

    private static <T> T level(String code, Function<String, T> parse, String field,
                               ImmutableList.Builder<FieldViolation> violations) {
        try {
            return parse.apply(code);
        } catch (IllegalArgumentException | NullPointerException malformed) {
            violations.add(new FieldViolation(field, "{itilhis.priority.level}", "is not a level code: " + code));
            return null;
        }
    }

    private static FieldViolation unknown(String field, String code, ImmutableList<?> known) {
        return new FieldViolation(field, "{itilhis.priority.unknown-level}",
                "the priority matrix has no level " + code + "; it knows " + known);
    }
}
