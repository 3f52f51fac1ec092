package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.StaffId;

/**
 * A swap as stored: what {@link Swap#restore} rebuilds it from.
 *
 * @param decidedBy      who approved, rejected or withdrew it, once one did
 * @param decisionReason the reason of a rejection
 */
public record SwapSnapshot(SwapId id, SwapRequest request, Instant requestedAt, SwapStatus status,
                           Optional<StaffId> decidedBy, Optional<Instant> decidedAt, Optional<String> decisionReason,
                           long version) {
    public SwapSnapshot {
        checkNotNull(id, "id");
        checkNotNull(request, "request");
        checkNotNull(requestedAt, "requestedAt");
        checkNotNull(status, "status");
        checkNotNull(decidedBy, "decidedBy");
        checkNotNull(decidedAt, "decidedAt");
        checkNotNull(decisionReason, "decisionReason");
        checkArgument(version >= 1, "version %s is below 1", version);
        checkArgument(status.isTerminal() == decidedBy.isPresent(), "swap %s is %s, decided by %s", id, status,
                decidedBy);
    }
}
