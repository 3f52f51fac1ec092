package org.itilhis.ports.operations.in;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.repair.RepairId;

/**
 * Which repairs to list: those of one item ({@code ci}), only the open ones (not closed or
 * cancelled), in order of opening, after a position, at most {@code limit}.
 */
public record RepairSearch(Optional<CiId> ci, boolean openOnly, Optional<Position> after, int limit) {
    public static final int MAX_LIMIT = 200;

    /** Where a page ends: the opening time and id of its last repair. */
    public record Position(Instant openedAt, RepairId id) {
        public Position {
            checkNotNull(openedAt, "openedAt");
            checkNotNull(id, "id");
        }
    }

    public RepairSearch {
        checkNotNull(ci, "ci");
        checkNotNull(after, "after");
        checkArgument(limit >= 1 && limit <= MAX_LIMIT, "limit %s is not in 1..%s", limit, MAX_LIMIT);
    }

    public static RepairSearch all(int limit) {
        return new RepairSearch(Optional.empty(), false, Optional.empty(), limit);
    }

    public RepairSearch of(CiId item) {
        return new RepairSearch(Optional.of(item), openOnly, after, limit);
    }

    public RepairSearch open() {
        return new RepairSearch(ci, true, after, limit);
    }

    public RepairSearch after(Position position) {
        return new RepairSearch(ci, openOnly, Optional.of(position), limit);
    }
}
