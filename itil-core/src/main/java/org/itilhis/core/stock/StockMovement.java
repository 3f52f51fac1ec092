package org.itilhis.core.stock;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CaseFormat;
import java.time.Instant;
import java.util.Optional;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;

/**
 * One movement of stock, each an event of the item's ledger (aggregate id {@code
 * stock:<item code>}): received into a store room, issued from one, transferred between two,
 * or counted at a stock-take (the count replacing the balance, the difference recorded). Each
 * carries the balances it left behind, so the ledger reads as the store room's book.
 */
public sealed interface StockMovement extends DomainEvent {
    StockMovementId movementId();

    StockItemCode item();

    Optional<String> note();

    @Override
    default String aggregateId() {
        return aggregateIdOf(item());
    }

    @Override
    default String type() {
        return "stock." + CaseFormat.UPPER_CAMEL.to(CaseFormat.LOWER_HYPHEN, getClass().getSimpleName());
    }

    /** The event log's aggregate id of an item's movements and definitions. */
    static String aggregateIdOf(StockItemCode item) {
        return "stock:" + item.value();
    }

    <R> R accept(Visitor<R> visitor);

    /** One method per movement. */
    interface Visitor<R> {
        R received(Received e);

        R issued(Issued e);

        R transferred(Transferred e);

        R counted(Counted e);
    }

    /** {@code quantity} received into {@code room}, from a supplier with their reference (delivery note) if given. */
    record Received(StockMovementId movementId, StockItemCode item, StoreRoomCode room, long quantity,
                    long balanceAfter, Optional<String> supplier, Optional<String> reference, Optional<String> note,
                    StaffId actor, Instant occurredAt) implements StockMovement {
        public Received {
            checkArgument(quantity > 0, "received %s", quantity);
            checkNotNull(supplier, "supplier");
            checkNotNull(reference, "reference");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.received(this);
        }
    }

    /**
     * {@code quantity} issued from {@code room} to {@code recipient}, counted as {@code
     * department}'s consumption when one is named (always, for an issue to a department).
     */
    record Issued(StockMovementId movementId, StockItemCode item, StoreRoomCode room, long quantity,
                  long balanceAfter, StockRecipient recipient, Optional<DepartmentId> department,
                  Optional<String> note, StaffId actor, Instant occurredAt) implements StockMovement {
        public Issued {
            checkArgument(quantity > 0, "issued %s", quantity);
            checkNotNull(recipient, "recipient");
            checkNotNull(department, "department");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.issued(this);
        }
    }

    /** {@code quantity} moved from {@code from} to {@code to}, with both rooms' balances after. */
    record Transferred(StockMovementId movementId, StockItemCode item, StoreRoomCode from, StoreRoomCode to,
                       long quantity, long fromBalanceAfter, long toBalanceAfter, Optional<String> note,
                       StaffId actor, Instant occurredAt) implements StockMovement {
        public Transferred {
            checkArgument(quantity > 0, "transferred %s", quantity);
            checkArgument(!from.equals(to), "a transfer from %s to itself", from);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.transferred(this);
        }
    }

    /** A stock-take of {@code room}: {@code counted} replaced the balance {@code previous}. */
    record Counted(StockMovementId movementId, StockItemCode item, StoreRoomCode room, long counted, long previous,
                   Optional<String> note, StaffId actor, Instant occurredAt) implements StockMovement {
        public Counted {
            checkArgument(counted >= 0 && previous >= 0, "counted %s over %s", counted, previous);
        }

        /** The count less the book balance: negative for a loss, positive for a find. */
        public long difference() {
            return counted - previous;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.counted(this);
        }
    }
}
