package org.itilhis.core.repair;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.StaffId;

/**
 * The whole state of a repair as one value: what adapters store and what {@link Repair#restore}
 * takes back.
 *
 * @param downtimeEnd when the item was back in use, once returned
 * @param parts   the parts used, in the order they were issued
 * @param version the number of events the repair has recorded; the optimistic-locking version
 */
public record RepairSnapshot(
        RepairId id,
        RepairOpening opening,
        RepairStatus status,
        Optional<Instant> downtimeEnd,
        Optional<Money> cost,
        ImmutableList<PartUsed> parts,
        Optional<String> cancelReason,
        StaffId openedBy,
        Instant openedAt,
        Instant updatedAt,
        long version) {

    public RepairSnapshot {
        checkNotNull(id, "id");
        checkNotNull(opening, "opening");
        checkNotNull(status, "status");
        checkNotNull(downtimeEnd, "downtimeEnd");
        checkNotNull(cost, "cost");
        checkNotNull(parts, "parts");
        checkNotNull(cancelReason, "cancelReason");
        checkNotNull(openedBy, "openedBy");
        checkNotNull(openedAt, "openedAt");
        checkNotNull(updatedAt, "updatedAt");
    }
}
