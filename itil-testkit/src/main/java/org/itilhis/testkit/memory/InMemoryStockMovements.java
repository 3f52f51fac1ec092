package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StockLedgerEntry;
import org.itilhis.core.stock.StockMovement;
import org.itilhis.core.stock.StockMovementId;
import org.itilhis.ports.operations.out.StockMovements;

/** The stock ledger as a list in the order appended; an append is undone with its transaction. */
public final class InMemoryStockMovements implements StockMovements {
    private final InMemoryTransactions transactions;
    private final List<StockLedgerEntry> entries = new ArrayList<>();
    private long lastPosition;

    public InMemoryStockMovements(InMemoryTransactions transactions) {
        this.transactions = checkNotNull(transactions, "transactions");
    }

    @Override
    public StockMovementId nextId() {
        return new StockMovementId(UUID.randomUUID());
    }

    @Override
    public long append(StockMovement movement) {
        checkNotNull(movement, "movement");
        return transactions.locked(() -> {
            checkArgument(entries.stream().noneMatch(e -> e.movement().movementId().equals(movement.movementId())),
                    "movement %s is recorded already", movement.movementId());
            StockLedgerEntry entry = new StockLedgerEntry(++lastPosition, movement);
            entries.add(entry);
            transactions.onRollback(() -> entries.remove(entry));
            return entry.position();
        });
    }

    @Override
    public Optional<StockLedgerEntry> find(StockMovementId id) {
        checkNotNull(id, "id");
        return transactions.locked(() -> entries.stream().filter(e -> e.movement().movementId().equals(id))
                .findFirst());
    }

    @Override
    public List<StockLedgerEntry> ofItem(StockItemCode item, long after, int limit) {
        checkNotNull(item, "item");
        return transactions.locked(() -> entries.stream()
                .filter(e -> e.position() > after && e.movement().item().equals(item))
                .limit(limit).toList());
    }

    @Override
    public List<Usage> issuedPerDepartment(Instant from, Instant to) {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        return transactions.locked(() -> {
            Map<DepartmentId, Map<StockItemCode, Long>> sums = new TreeMap<>(Comparator.comparing(DepartmentId::value));
            for (StockLedgerEntry entry : entries) {
                if (entry.movement() instanceof StockMovement.Issued issued && issued.department().isPresent()
                        && !issued.occurredAt().isBefore(from) && issued.occurredAt().isBefore(to)) {
                    sums.computeIfAbsent(issued.department().get(),
                                    d -> new TreeMap<>(Comparator.comparing(StockItemCode::value)))
                            .merge(issued.item(), issued.quantity(), Long::sum);
                }
            }
            List<Usage> usage = new ArrayList<>();
            sums.forEach((department, items) -> items.forEach((item, quantity) ->
                    usage.add(new Usage(department, item, quantity))));
            return usage;
        });
    }
}
