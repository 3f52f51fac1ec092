package org.itilhis.ports.change.in;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.itilhis.core.change.ChangeId;
import org.itilhis.core.change.ExpectedOutage;
import org.itilhis.core.cmdb.CiId;

/**
 * A window to try against the schedule without scheduling anything: for an existing change
 * ({@code change}: its touched items and expected outage are the change's, and it is left out of
 * the others, so moving it is checked against the rest), or for a change not raised yet
 * ({@code change} null: {@code touchedCis} and {@code outage} say what it would touch and do).
 *
 * <p>A change not raised yet has neither id nor number: the result's candidate carries the nil
 * UUID and the number {@code CHG-<year>-999999} of its window's year, which no real change is
 * given in a dry run.
 *
 * @param touchedCis ignored when {@code change} is given
 * @param outage     ignored when {@code change} is given; NONE when null
 */
public record ProposedSchedule(ChangeId change, @Size(max = 200) Set<@NotNull CiId> touchedCis,
                               @NotNull Instant windowStart, @NotNull Instant windowEnd, ExpectedOutage.Kind outage) {
    public ProposedSchedule {
        touchedCis = touchedCis == null ? Set.of() : Set.copyOf(touchedCis);
        outage = outage == null ? ExpectedOutage.Kind.NONE : outage;
    }

    /** {@code change} moved to {@code start} to {@code end}. */
    public static ProposedSchedule forChange(ChangeId change, Instant start, Instant end) {
        return new ProposedSchedule(change, Set.of(), start, end, null);
    }

    /** A change not raised yet touching {@code touched}. */
    public static ProposedSchedule forNew(Set<CiId> touched, Instant start, Instant end,
                                          ExpectedOutage.Kind outage) {
        return new ProposedSchedule(null, touched, start, end, outage);
    }
}
