package org.itilhis.core.stock;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;

/**
 * What happens to the stock besides movements ({@link StockMovement}): an item defined or
 * revised, a store room defined or renamed, and an item's owner told it reached its reorder
 * threshold in a room.
 */
public sealed interface StockEvent extends DomainEvent {
    @Override
    default String type() {
        return "stock." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** An item defined (version 1) or revised, whole as it now is. */
    record ItemDefined(StockItem item, StaffId actor, Instant occurredAt) implements StockEvent {
        @Override
        public String aggregateId() {
            return StockMovement.aggregateIdOf(item.code());
        }
    }

    record ItemRevised(StockItem item, StaffId actor, Instant occurredAt) implements StockEvent {
        @Override
        public String aggregateId() {
            return StockMovement.aggregateIdOf(item.code());
        }
    }

    /** A store room defined (version 1) or renamed. */
    record StoreRoomDefined(StoreRoom room, StaffId actor, Instant occurredAt) implements StockEvent {
        @Override
        public String aggregateId() {
            return "store-room:" + room.code().value();
        }
    }

    /**
     * The balance of {@code item} in {@code room} fell to {@code balance}, at or below its
     * reorder {@code threshold}: {@code owner} is told, once until it rises above again.
     */
    record ReorderLevelReached(StockItemCode item, StoreRoomCode room, long balance, long threshold, StaffId owner,
                               StaffId actor, Instant occurredAt) implements StockEvent {
        @Override
        public String aggregateId() {
            return StockMovement.aggregateIdOf(item);
        }
    }
}
