package org.itilhis.ports.operations.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;

/**
 * A page of a room's log: its entries whose time is in {@code [from, to)} (to the microsecond,
 * as the log keeps times), in log order
 * ({@link MachineRoomLogPosition}), after {@code after} when given, at most {@code limit}
 * (1 to {@value #MAX_LIMIT}). To read a whole period, ask again after the last entry found until
 * fewer than {@code limit} come back.
 */
public record MachineRoomLogQuery(CiId room, Instant from, Instant to, Optional<MachineRoomLogPosition> after,
                                  int limit) {
    public static final int MAX_LIMIT = 500;

    public MachineRoomLogQuery {
        checkNotNull(room, "room");
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        checkNotNull(after, "after");
        from = from.truncatedTo(ChronoUnit.MICROS);
        to = to.truncatedTo(ChronoUnit.MICROS);
        checkArgument(to.isAfter(from), "the period %s to %s is empty", from, to);
        checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit %s not within 1..%s", limit, MAX_LIMIT);
    }

    public static MachineRoomLogQuery of(CiId room, Instant from, Instant to, int limit) {
        return new MachineRoomLogQuery(room, from, to, Optional.empty(), limit);
    }

    public MachineRoomLogQuery after(MachineRoomLogPosition position) {
        return new MachineRoomLogQuery(room, from, to, Optional.of(position), limit);
    }

    /** Whether an entry at {@code position} belongs to this page's range (the limit aside). */
    public boolean admits(MachineRoomLogPosition position) {
        return !position.at().isBefore(from) && position.at().isBefore(to)
                && after.map(a -> position.compareTo(a) > 0).orElse(true);
    }
}
