package org.itilhis.adapters.rest.operations;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.stock.RecipientKind;
import org.itilhis.core.stock.StockBalance;
import org.itilhis.core.stock.StockItem;
import org.itilhis.core.stock.StockKind;
import org.itilhis.core.stock.StockLedgerEntry;
import org.itilhis.core.stock.StockMovement;
import org.itilhis.core.stock.StoreRoom;
import org.itilhis.ports.operations.in.StockQueries;

/** The stock as the API shows it and the bodies it takes. */
public final class StockJson {
    private StockJson() {
    }

    /** A stock item, its reorder thresholds by store room code. */
    public record StockItemJson(String code, String name, String unit, StockKind kind, String ciClass, String owner,
                           Map<String, Long> reorderThresholds, long version) {
        static StockItemJson of(StockItem item) {
            Map<String, Long> thresholds = new TreeMap<>();
            item.reorderThresholds().forEach((room, threshold) -> thresholds.put(room.value(), threshold));
            return new StockItemJson(item.code().value(), item.name(), item.unit(), item.kind(), item.ciClass().orElse(null),
                    item.owner().value(), thresholds, item.version());
        }
    }

    /** {@code POST /stock/items} ({@code code} required) and {@code PUT /stock/items/{code}} (no code). */
    public record StockItemBodyJson(String code, String name, String unit, StockKind kind, String ciClass, String owner,
                               Map<String, Long> reorderThresholds) {
    }

    public record StockItemsJson(List<StockItemJson> items) {
    }

    public record StoreRoomJson(String code, String name, long version) {
        static StoreRoomJson of(StoreRoom room) {
            return new StoreRoomJson(room.code().value(), room.name(), room.version());
        }
    }

    /** {@code PUT /stock/rooms/{code}}. */
    public record StoreRoomBodyJson(String name) {
    }

    public record StoreRoomsJson(List<StoreRoomJson> items) {
    }

    /** What a room holds of an item, and whether its owner was told it reached its reorder threshold. */
    public record StockBalanceJson(String item, String room, long quantity, boolean reorderAlerted) {
        static StockBalanceJson of(StockBalance balance) {
            return new StockBalanceJson(balance.item().value(), balance.room().value(), balance.quantity(),
                    balance.reorderAlerted());
        }
    }

    public record StockBalancesJson(List<StockBalanceJson> items) {
        static StockBalancesJson of(List<StockBalance> balances) {
            return new StockBalancesJson(balances.stream().map(StockBalanceJson::of).toList());
        }
    }

    /** What a movement request asks: {@code RECEIVE}, {@code ISSUE}, {@code TRANSFER} or {@code COUNT}. */
    public enum StockMoveKind {
        RECEIVE,
        ISSUE,
        TRANSFER,
        COUNT
    }

    /**
     * {@code POST /stock/movements}: a receipt ({@code room}, {@code supplier}, {@code
     * reference}), an issue ({@code room}, {@code recipientKind}, {@code recipient}, {@code
     * department}), a transfer ({@code from}, {@code to}) or a stock-take ({@code room}, the
     * {@code quantity} counted, the {@code expectedBalance} counted against); {@code quantity}
     * always.
     */
    public record StockMoveJson(StockMoveKind kind, String item, String room, String from, String to, Long quantity,
                           String supplier, String reference, RecipientKind recipientKind, String recipient,
                           String department, Long expectedBalance, String note) {
    }

    /**
     * A movement of the ledger, {@code kind} {@code RECEIVED}, {@code ISSUED}, {@code TRANSFERRED}
     * or {@code COUNTED}, with the balances it left ({@code balanceAfter}; for a transfer each
     * room's) and, for a count, the balance before and the difference.
     */
    public record StockMovementJson(String id, long position, String kind, String item, String room, String from,
                               String to, long quantity, Long balanceAfter, Long fromBalanceAfter,
                               Long toBalanceAfter, Long previous, Long difference, String supplier, String reference,
                               RecipientKind recipientKind, String recipient, String department, String note,
                               String actor, Instant occurredAt) {
        static StockMovementJson of(StockLedgerEntry entry) {
            return entry.movement().accept(new StockMovement.Visitor<>() {
                @Override
                public StockMovementJson received(StockMovement.Received e) {
                    return new StockMovementJson(e.movementId().toString(), entry.position(), "RECEIVED", e.item().value(),
                            e.room().value(), null, null, e.quantity(), e.balanceAfter(), null, null, null, null,
                            e.supplier().orElse(null), e.reference().orElse(null), null, null, null,
                            e.note().orElse(null), e.actor().value(), e.occurredAt());
                }

                @Override
                public StockMovementJson issued(StockMovement.Issued e) {
                    return new StockMovementJson(e.movementId().toString(), entry.position(), "ISSUED", e.item().value(),
                            e.room().value(), null, null, e.quantity(), e.balanceAfter(), null, null, null, null, null,
                            null, e.recipient().kind(), e.recipient().id(), e.department().map(DepartmentId::value)
                            .orElse(null), e.note().orElse(null), e.actor().value(), e.occurredAt());
                }

                @Override
                public StockMovementJson transferred(StockMovement.Transferred e) {
                    return new StockMovementJson(e.movementId().toString(), entry.position(), "TRANSFERRED",
                            e.item().value(), null, e.from().value(), e.to().value(), e.quantity(), null,
                            e.fromBalanceAfter(), e.toBalanceAfter(), null, null, null, null, null, null, null,
                            e.note().orElse(null), e.actor().value(), e.occurredAt());
                }

                @Override
                public StockMovementJson counted(StockMovement.Counted e) {
                    return new StockMovementJson(e.movementId().toString(), entry.position(), "COUNTED", e.item().value(),
                            e.room().value(), null, null, e.counted(), e.counted(), null, null, e.previous(),
                            e.difference(), null, null, null, null, null, e.note().orElse(null), e.actor().value(),
                            e.occurredAt());
                }
            });
        }
    }

    /** A page of an item's ledger, oldest first; {@code next} the cursor of the page after it, absent on the last. */
    public record StockLedgerJson(List<StockMovementJson> items, String next) {
    }

    public record StockConsumptionJson(String month, String department, String item, long quantity) {
        static StockConsumptionJson of(StockQueries.StockConsumption used) {
            return new StockConsumptionJson(used.month().toString(), used.department().value(), used.item().value(),
                    used.quantity());
        }
    }

    public record StockConsumptionsJson(List<StockConsumptionJson> items) {
    }
}
