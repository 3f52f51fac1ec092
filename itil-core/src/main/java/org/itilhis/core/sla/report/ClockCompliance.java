package org.itilhis.core.sla.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.itilhis.core.sla.ClockState;

/**
 * How the clocks of one kind (response or resolution) of a group of tickets stand: each clock
 * is counted once, by its {@link ClockState}. {@code breached} counts every clock past its
 * target, whether it stopped late or is still open ({@code breachedOpen} of them are open:
 * not yet stopped, so already a breach). {@code running} and {@code paused} are open clocks
 * still within target: reported, but left out of the ratio because their outcome is not
 * known. {@code cancelled} clocks count neither way. All counts are non-negative.
 */
public record ClockCompliance(int met, int breached, int breachedOpen, int running, int paused, int cancelled) {
    /** No clocks at all. */
    public static final ClockCompliance NONE = new ClockCompliance(0, 0, 0, 0, 0, 0);

    public ClockCompliance {
        checkArgument(met >= 0 && breached >= 0 && breachedOpen >= 0 && running >= 0 && paused >= 0
                && cancelled >= 0, "negative clock count");
        checkArgument(breachedOpen <= breached, "%s open breaches of %s breaches", breachedOpen, breached);
    }

    /** The counts of {@code clocks}. */
    public static ClockCompliance of(Iterable<ClockStanding> clocks) {
        checkNotNull(clocks, "clocks");
        ComplianceTally.Clock tally = new ComplianceTally.Clock();
        clocks.forEach(clock -> tally.add(checkNotNull(clock, "clock")));
        return tally.compliance();
    }

    /**
     * Compliance as a percentage, {@code met / (met + breached) * 100}, rounded half up to one
     * decimal; empty while no clock has been decided either way.
     */
    public Optional<BigDecimal> compliancePercent() {
        int decided = met + breached;
        return decided == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(met * 100L)
                        .divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP));
    }

    /** Every clock counted, in whatever state. */
    public int total() {
        return met + breached + running + paused + cancelled;
    }

    /** The clocks still open within target (running or paused). */
    public int openWithinTarget() {
        return running + paused;
    }

    /** These counts and {@code other}'s, added. */
    public ClockCompliance plus(ClockCompliance other) {
        return new ClockCompliance(met + other.met, breached + other.breached, breachedOpen + other.breachedOpen,
                running + other.running, paused + other.paused, cancelled + other.cancelled);
    }

    /** One line: compliance and every count. */
    public String describe() {
        return compliancePercent().map(p -> p.toPlainString() + "%").orElse("n/a") + " compliant (met " + met
                + ", breached " + breached + " of which open " + breachedOpen + ", running " + running
                + ", paused " + paused + ", cancelled " + cancelled + ")";
    }
}
