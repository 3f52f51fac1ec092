package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Duration;
import java.time.Instant;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;

/**
 * One person's rostered shift: when they were supposed to work, for which group, on which of
 * the group's shifts. The roster is made of duties; the workload figures split worked time by
 * them (work inside a duty is normal time).
 *
 * @param shift the code of the group's shift ({@code DAY}, {@code NIGHT}, {@code WEEKEND-ON-CALL}, ...)
 * @param end   exclusive, after {@code start}
 */
public record Duty(StaffId engineer, GroupId group, String shift, ShiftKind kind, Instant start, Instant end) {
    public Duty {
        checkNotNull(engineer, "engineer");
        checkNotNull(group, "group");
        checkNotNull(shift, "shift");
        checkNotNull(kind, "kind");
        checkNotNull(start, "start");
        checkNotNull(end, "end");
        checkArgument(end.isAfter(start), "duty of %s on %s ends at %s, not after its start %s", engineer, shift, end,
                start);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    public boolean covers(Instant at) {
        return !at.isBefore(start) && at.isBefore(end);
    }

    /** Whether this duty and {@code [from, to)} share an instant. */
    public boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && from.isBefore(end);
    }
}
