package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.stock.StockBalance;
import org.itilhis.core.stock.StockItem;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StockLedgerEntry;
import org.itilhis.core.stock.StockMovementId;
import org.itilhis.core.stock.StoreRoom;
import org.itilhis.core.stock.StoreRoomCode;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.operations.in.StockItemNotFoundException;
import org.itilhis.ports.operations.in.StockMovementNotFoundException;
import org.itilhis.ports.operations.in.StockQueries;
import org.itilhis.ports.operations.in.StoreRoomNotFoundException;
import org.itilhis.ports.operations.out.StockMovements;

/** Answers the stock's questions for those who may view stock. */
final class StockQueryService implements StockQueries {
    /** The most months one consumption question covers. */
    static final int MAX_MONTHS = 24;
    /** The largest ledger page. */
    static final int MAX_PAGE = 200;

    private final StockPorts ports;
    private final StockAccess access;
    private final ZoneId zone;

    StockQueryService(StockPorts ports, StockAccess access, StockSettings settings) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
        this.zone = checkNotNull(settings, "settings").zone();
    }

    @Override
    public StockItem item(Actor actor, StockItemCode code) {
        access.check(actor, Permission.VIEW_STOCK, code.value());
        return ports.items().find(code).orElseThrow(() -> new StockItemNotFoundException(code));
    }

    @Override
    public List<StockItem> items(Actor actor) {
        access.check(actor, Permission.VIEW_STOCK, "stock items");
        return ports.items().all();
    }

    @Override
    public StoreRoom storeRoom(Actor actor, StoreRoomCode code) {
        access.check(actor, Permission.VIEW_STOCK, code.value());
        return ports.rooms().find(code).orElseThrow(() -> new StoreRoomNotFoundException(code));
    }

    @Override
    public List<StoreRoom> storeRooms(Actor actor) {
        access.check(actor, Permission.VIEW_STOCK, "store rooms");
        return ports.rooms().all();
    }

    @Override
    public List<StockBalance> balancesOf(Actor actor, StockItemCode item) {
        item(actor, item);
        return ports.balances().ofItem(item);
    }

    @Override
    public List<StockBalance> balancesIn(Actor actor, StoreRoomCode room) {
        storeRoom(actor, room);
        return ports.balances().inRoom(room);
    }

    @Override
    public LedgerPage ledger(Actor actor, StockItemCode item, long after, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw InvalidCommandException.of("limit", "must be between 1 and " + MAX_PAGE + ": " + limit);
        }
        if (after < 0) {
            throw InvalidCommandException.of("after", "is negative: " + after);
        }
        item(actor, item);
        List<StockLedgerEntry> entries = ports.movements().ofItem(item, after, limit);
        OptionalLong next = entries.size() < limit ? OptionalLong.empty()
                : OptionalLong.of(entries.get(entries.size() - 1).position());
        return new LedgerPage(ImmutableList.copyOf(entries), next);
    }

    @Override
    public StockLedgerEntry movement(Actor actor, StockMovementId id) {
        access.check(actor, Permission.VIEW_STOCK, id.toString());
        return ports.movements().find(id).orElseThrow(() -> new StockMovementNotFoundException(id));
    }

    @Override
    public List<StockConsumption> consumption(Actor actor, YearMonth from, YearMonth to,
                                              Optional<DepartmentId> department) {
        checkNotNull(from, "from");
        checkNotNull(to, "to");
        if (to.isBefore(from)) {
            throw InvalidCommandException.of("to", "is before from: " + to + " < " + from);
        }
        if (ChronoUnit.MONTHS.between(from, to) >= MAX_MONTHS) {
            throw InvalidCommandException.of("to", "asks for more than " + MAX_MONTHS + " months");
        }
        access.check(actor, Permission.VIEW_STOCK, "consumption");
        List<StockConsumption> consumption = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            for (StockMovements.Usage usage : ports.movements().issuedPerDepartment(
                    month.atDay(1).atStartOfDay(zone).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant())) {
                if (department.isEmpty() || department.get().equals(usage.department())) {
                    consumption.add(new StockConsumption(month, usage.department(), usage.item(), usage.quantity()));
                }
            }
        }
        return consumption;
    }
}
