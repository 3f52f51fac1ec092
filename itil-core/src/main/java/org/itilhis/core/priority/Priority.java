package org.itilhis.core.priority;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * The ITIL priority of an incident: how soon the service desk must act on it, from
 * {@link #P1} (drop everything) to {@link #P5} (when time allows). Priority drives response
 * and resolution targets and the order of the queue; it is derived by a
 * {@link PriorityPolicy} or set by a {@link PriorityOverride}, never typed in freely.
 *
 * <p>A higher priority has a smaller {@link #rank()}: P1 is higher than P2.
 */
public enum Priority {
    /** Critical: the whole hospital or patient care is at stake. */
    P1,
    /** High. */
    P2,
    /** Medium. */
    P3,
    /** Low. */
    P4,
    /** Planning: no clinical effect, handled when time allows. */
    P5;

    private static final Priority[] BY_ORDINAL = values();

    /** 1 for P1 through 5 for P5. */
    public int rank() {
        return ordinal() + 1;
    }

    /** Whether this priority must be handled before {@code other}; P1 is higher than P2. */
    public boolean isHigherThan(Priority other) {
        checkNotNull(other, "other");
        return ordinal() < other.ordinal();
    }

    /**
     * This priority moved {@code steps} levels toward P1, stopping at P1.
     *
     * @throws IllegalArgumentException if {@code steps} is negative
     */
    public Priority raisedBy(int steps) {
        checkArgument(steps >= 0, "steps must not be negative: %s", steps);
        return BY_ORDINAL[Math.max(0, ordinal() - steps)];
    }

    /** P1, the priority of major incidents and patient-safety events. */
    public static Priority highest() {
        return P1;
    }

    /**
     * The priority of the given rank.
     *
     * @throws IllegalArgumentException unless {@code rank} is 1 to 5
     */
    public static Priority ofRank(int rank) {
        checkArgument(rank >= 1 && rank <= BY_ORDINAL.length, "priority rank must be 1 to 5: %s", rank);
        return BY_ORDINAL[rank - 1];
    }

    /**
     * Reads {@code "P2"}, {@code "p2"} or {@code "2"}, ignoring surrounding blanks.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static Priority parse(String text) {
        checkNotNull(text, "text");
        String normalised = text.strip().toUpperCase(Locale.ROOT);
        String digits = normalised.startsWith("P") ? normalised.substring(1) : normalised;
        checkArgument(digits.length() == 1 && digits.charAt(0) >= '1' && digits.charAt(0) <= '5',
                "not a priority (expected P1 to P5 or 1 to 5): '%s'", text);
        return ofRank(digits.charAt(0) - '0');
    }
}
