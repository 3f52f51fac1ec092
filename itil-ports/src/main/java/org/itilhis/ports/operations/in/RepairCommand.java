package org.itilhis.ports.operations.in;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import org.itilhis.core.repair.RepairId;
import org.itilhis.core.shared.Actor;

/**
 * A command on an existing repair (opening one is {@link OpenRepair}); each needs {@code
 * RECORD_REPAIR}, besides {@code VIEW_REPAIRS} (whoever may not see repairs is told the repair
 * does not exist). {@code expectedVersion}, when given, is the version the actor saw; the
 * command is refused with a version conflict if the repair changed since.
 */
public sealed interface RepairCommand {
    Actor actor();

    RepairId repair();

    Long expectedVersion();

    /** Hands this command to the {@code visitor} method for its type. */
    <R> R accept(Visitor<R> visitor);

    /** One method per command, so that a new command does not compile until each dispatcher handles it. */
    interface Visitor<R> {
        R sendToRepair(SendToRepair command);

        R returnFromRepair(ReturnFromRepair command);

        R recordCost(RecordCost command);

        R useParts(UseParts command);

        R close(Close command);

        R cancel(Cancel command);
    }

    /** The item goes to the vendor or workshop: under repair in the CMDB. {@code note}: where, how. */
    record SendToRepair(@NotNull Actor actor, @NotNull RepairId repair, @PositiveOrZero Long expectedVersion,
                        @Size(max = 1000) String note) implements RepairCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.sendToRepair(this);
        }
    }

    /** The item is back: in use in the CMDB; down until {@code downtimeEnd} (null for now). */
    record ReturnFromRepair(@NotNull Actor actor, @NotNull RepairId repair, @PositiveOrZero Long expectedVersion,
                            Instant downtimeEnd, @Size(max = 1000) String note) implements RepairCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.returnFromRepair(this);
        }
    }

    /** What the repair cost (the invoice), in {@code currency} (null for CNY); replaces an earlier record. */
    record RecordCost(@NotNull Actor actor, @NotNull RepairId repair, @PositiveOrZero Long expectedVersion,
                      @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal amount,
                      @Pattern(regexp = "[A-Z]{3}") String currency) implements RepairCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.recordCost(this);
        }
    }

    /**
     * {@code quantity} of stock item {@code item} put into the item, issued from the store at
     * {@code room} of the spare parts ledger in the same transaction (refused, with nothing
     * changed, when the store holds fewer).
     */
    record UseParts(@NotNull Actor actor, @NotNull RepairId repair, @PositiveOrZero Long expectedVersion,
                    @NotNull @Pattern(regexp = StockCommand.CODE) String item,
                    @NotNull @Pattern(regexp = StockCommand.CODE) String room,
                    @Min(1) @Max(10_000) int quantity) implements RepairCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.useParts(this);
        }
    }

    record Close(@NotNull Actor actor, @NotNull RepairId repair, @PositiveOrZero Long expectedVersion)
            implements RepairCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.close(this);
        }
    }

    /** Gives the repair up before the item was sent; {@code reason} is required. */
    record Cancel(@NotNull Actor actor, @NotNull RepairId repair, @PositiveOrZero Long expectedVersion,
                  @Size(max = 1000) String reason) implements RepairCommand {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.cancel(this);
        }
    }
}
