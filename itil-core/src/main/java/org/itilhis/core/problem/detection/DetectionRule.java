package org.itilhis.core.problem.detection;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.Instant;

/**
 * One rule of proactive problem detection, as data: {@code threshold} or more incidents that
 * {@code grouping} puts together, raised within {@code window} before now, make a candidate
 * problem ("3 or more incidents on the same CI within 7 days").
 *
 * @param code      how the rule is named in a candidate and a dismissal ({@code same-ci})
 * @param threshold at least 2: one incident is not a pattern
 * @param window    at most a year
 */
public record DetectionRule(String code, Grouping grouping, int threshold, Duration window) {
    public DetectionRule {
        checkNotNull(code, "code");
        checkArgument(code.matches("[a-z][a-z0-9-]{0,63}"), "rule code %s is not lower-case letters, digits and -", code);
        checkNotNull(grouping, "grouping");
        checkArgument(threshold >= 2 && threshold <= 1_000, "threshold %s not within 2..1000", threshold);
        checkNotNull(window, "window");
        checkArgument(!window.isNegative() && !window.isZero() && window.compareTo(Duration.ofDays(366)) <= 0,
                "window %s not within (0, 366 days]", window);
    }

    /** Whether {@code incident} was raised within the window that ends at {@code now}. */
    boolean inWindow(IncidentSignal incident, Instant now) {
        return incident.raisedAt().isAfter(now.minus(window)) && !incident.raisedAt().isAfter(now);
    }

    /** What incidents a rule puts together: each incident has zero or more keys. */
    public enum Grouping {
        /** The same configuration item recorded as affected: a key per item. */
        SAME_CI {
            @Override
            ImmutableSet<String> keysOf(IncidentSignal incident) {
                return incident.cis().stream().map(ci -> "ci:" + ci.value())
                        .collect(ImmutableSet.toImmutableSet());
            }
        },
        /** The same category at the same location; an incident without a location has no key. */
        SAME_CATEGORY_AT_LOCATION {
            @Override
            ImmutableSet<String> keysOf(IncidentSignal incident) {
                return incident.location()
                        .map(location -> ImmutableSet.of("category:" + incident.category().value() + "@"
                                + location.value()))
                        .orElse(ImmutableSet.of());
            }
        };

        abstract ImmutableSet<String> keysOf(IncidentSignal incident);
    }
}
