package org.itilhis.core.machineroom;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.StaffId;

/**
 * A visit to a machine room: the member of staff or the visitor who entered (exactly one), who
 * escorted them, why, when they entered and, once they left, when (to the microsecond, as
 * databases keep times). A visitor who entered without
 * an escort is flagged ({@link #unescorted()}); staff go in on their own.
 */
public record RoomAccess(Optional<StaffId> staff, Optional<RoomVisitor> visitor, Optional<StaffId> escort,
                         String purpose, Instant enteredAt, Optional<Instant> leftAt) implements EntryContent {
    public RoomAccess {
        checkNotNull(staff, "staff");
        checkNotNull(visitor, "visitor");
        checkNotNull(escort, "escort");
        checkNotNull(purpose, "purpose");
        checkNotNull(enteredAt, "enteredAt");
        checkNotNull(leftAt, "leftAt");
        checkArgument(staff.isPresent() != visitor.isPresent(), "a visit is of one member of staff or one visitor");
        enteredAt = Units.micros(enteredAt);
        leftAt = leftAt.map(Units::micros);
        purpose = purpose.strip();
        checkArgument(!purpose.isEmpty(), "the purpose of the visit is blank");
        Instant in = enteredAt;
        checkArgument(leftAt.map(out -> !out.isBefore(in)).orElse(true), "left at %s before entering at %s",
                leftAt.orElse(null), enteredAt);
    }

    /** A visitor without an escort: flagged to the room's owner group lead. */
    public boolean unescorted() {
        return visitor.isPresent() && escort.isEmpty();
    }

    /** Still in the room: no time out recorded. */
    public boolean open() {
        return leftAt.isEmpty();
    }

    @Override
    public Instant at() {
        return enteredAt;
    }

    RoomAccess leftAt(Instant out) {
        return new RoomAccess(staff, visitor, escort, purpose, enteredAt, Optional.of(out));
    }
}
