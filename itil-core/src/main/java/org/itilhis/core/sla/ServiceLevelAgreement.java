package org.itilhis.core.sla;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Map;
import org.itilhis.core.priority.Priority;
import org.itilhis.core.ticket.HoldReason;

/**
 * A service level agreement as data: for every {@link Priority} a response and a resolution
 * target, the warning thresholds (percentages of a target at which the desk is warned) and
 * the {@link HoldReason}s that pause the resolution clock. ITIL lets a clock stop only while
 * the service provider cannot act: waiting for the caller or for a vendor pauses by default,
 * waiting for a change does not (the change is IT's own work).
 *
 * <p>Invariants, checked when built ({@link IllegalArgumentException} otherwise): the name
 * is not blank, every priority has targets, and the thresholds are strictly between 0 and
 * 100 and strictly increasing.
 *
 * @param warningPercents e.g. {@code [50, 75]}
 */
public record ServiceLevelAgreement(String name, ImmutableSortedMap<Priority, SlaTargets> targets,
                                    ImmutableList<Integer> warningPercents, ImmutableSet<HoldReason> pausingReasons) {
    /** Awaiting the caller and awaiting a vendor pause; awaiting a change does not. */
    public static final ImmutableSet<HoldReason> DEFAULT_PAUSING_REASONS =
            Sets.immutableEnumSet(HoldReason.AWAITING_CALLER, HoldReason.AWAITING_VENDOR);

    public ServiceLevelAgreement {
        checkNotNull(name, "name");
        name = name.strip();
        checkArgument(!name.isEmpty(), "SLA name is blank");
        checkNotNull(targets, "targets");
        checkArgument(targets.keySet().containsAll(EnumSet.allOf(Priority.class)),
                "SLA '%s' has no targets for %s", name, Sets.difference(EnumSet.allOf(Priority.class), targets.keySet()));
        checkThresholds(name, checkNotNull(warningPercents, "warningPercents"));
        pausingReasons = Sets.immutableEnumSet(checkNotNull(pausingReasons, "pausingReasons"));
    }

    /**
     * An SLA with the given targets and thresholds and the {@link #DEFAULT_PAUSING_REASONS}.
     *
     * @throws IllegalArgumentException as the class comment says
     */
    public static ServiceLevelAgreement of(String name, Map<Priority, SlaTargets> targets,
                                           Iterable<Integer> warningPercents) {
        return new ServiceLevelAgreement(name, ImmutableSortedMap.copyOf(targets),
                ImmutableList.copyOf(warningPercents), DEFAULT_PAUSING_REASONS);
    }

    /** This SLA with {@code reasons} pausing the clock instead. */
    public ServiceLevelAgreement withPausingReasons(Iterable<HoldReason> reasons) {
        return new ServiceLevelAgreement(name, targets, warningPercents, ImmutableSet.copyOf(reasons));
    }

    /** The targets of {@code priority}; never absent. */
    public SlaTargets targetsFor(Priority priority) {
        return targets.get(checkNotNull(priority, "priority"));
    }

    /** Whether a hold for {@code reason} pauses the resolution clock. */
    public boolean pauses(HoldReason reason) {
        return pausingReasons.contains(reason);
    }

    /** A printable summary, one line per priority, then thresholds and pausing reasons. */
    public String describe() {
        StringBuilder text = new StringBuilder("SLA ").append(name).append('\n');
        targets.forEach((priority, t) -> text.append("  ").append(priority).append(": respond within ")
                .append(Explanations.duration(t.response())).append(", resolve within ")
                .append(Explanations.duration(t.resolution())).append(", update the caller every ")
                .append(Explanations.duration(t.keepInLoop())).append('\n'));
        text.append("  warn at ").append(warningPercents).append("% of a target\n");
        return text.append("  paused while on hold for ").append(pausingReasons).append('\n').toString();
    }

    private static void checkThresholds(String name, ImmutableList<Integer> percents) {
        int previous = 0;
        for (Integer percent : percents) {
            checkNotNull(percent, "warning threshold");
            checkArgument(percent > previous && percent < 100,
                    "SLA '%s': warning thresholds must be strictly between 0 and 100 and increasing: %s", name, percents);
            previous = percent;
        }
    }
}
