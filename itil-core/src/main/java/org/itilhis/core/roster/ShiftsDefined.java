package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;

/** A group's shifts were defined or redefined: the whole set at its new version. */
public record ShiftsDefined(GroupShifts shifts, StaffId actor, Instant occurredAt) implements DomainEvent {
    public ShiftsDefined {
        checkNotNull(shifts, "shifts");
        checkNotNull(actor, "actor");
        checkNotNull(occurredAt, "occurredAt");
    }

    @Override
    public String aggregateId() {
        return shifts.group().toString();
    }

    @Override
    public String type() {
        return "roster.shifts-defined";
    }
}
