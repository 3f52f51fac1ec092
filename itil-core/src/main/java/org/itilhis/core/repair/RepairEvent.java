package org.itilhis.core.repair;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;

/**
 * Everything that can happen to a repair. Each carries the item, so that the item's repairs and
 * downtime can be read from the log without the repair; applying a repair's events in order
 * gives its state.
 */
public sealed interface RepairEvent extends DomainEvent {
    RepairId repairId();

    CiId ci();

    @Override
    default String aggregateId() {
        return repairId().toString();
    }

    @Override
    default String type() {
        return "repair." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** Opened for the item with the fault, vendor, warranty, link and the downtime's start. */
    record Opened(RepairId repairId, CiId ci, String fault, Optional<String> vendor, boolean underWarranty,
                  Optional<RepairLink> link, Instant downtimeStart, StaffId actor, Instant occurredAt)
            implements RepairEvent {
    }

    /** The item went to the vendor or workshop; {@code note} says where or how. */
    record SentToRepair(RepairId repairId, CiId ci, Optional<String> note, StaffId actor, Instant occurredAt)
            implements RepairEvent {
    }

    /** The item is back in use; it was down until {@code downtimeEnd}. */
    record Returned(RepairId repairId, CiId ci, Instant downtimeEnd, Optional<String> note, StaffId actor,
                    Instant occurredAt) implements RepairEvent {
    }

    /** The cost of the repair is now {@code cost} (a later record replaces an earlier one: the invoice). */
    record CostRecorded(RepairId repairId, CiId ci, Money cost, StaffId actor, Instant occurredAt)
            implements RepairEvent {
    }

    /** Parts were issued from the spare parts ledger to the repair. */
    record PartsUsed(RepairId repairId, CiId ci, String item, String location, int quantity, StaffId actor,
                     Instant occurredAt) implements RepairEvent {
    }

    record Closed(RepairId repairId, CiId ci, StaffId actor, Instant occurredAt) implements RepairEvent {
    }

    record Cancelled(RepairId repairId, CiId ci, String reason, StaffId actor, Instant occurredAt)
            implements RepairEvent {
    }
}
