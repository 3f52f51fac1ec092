package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.stock.StockEvent;
import org.itilhis.core.stock.StockItem;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StockItemExistsException;
import org.itilhis.core.stock.StockMovement;
import org.itilhis.core.stock.StoreRoom;
import org.itilhis.core.stock.StoreRoomCode;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.operations.in.StockCommand;
import org.itilhis.ports.operations.in.StockItemNotFoundException;
import org.itilhis.ports.operations.in.StockUseCase;

/**
 * Keeps the stock: items and store rooms here, movements in {@link StockMoves}. Every command
 * runs through the {@link CommandPipeline}: validate, authorise, load, check the expected
 * version, decide, save; the pipeline appends the events.
 */
final class StockService implements StockUseCase {
    private final StockPorts ports;
    private final StockAccess access;
    private final CommandPipeline pipeline;
    private final StockMoves moves;

    StockService(StockPorts ports, StockAccess access, CommandPipeline pipeline) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
        this.pipeline = checkNotNull(pipeline, "pipeline");
        this.moves = new StockMoves(ports, access, pipeline);
    }

    @Override
    public StockItem defineItem(StockCommand.DefineItem command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            StockItemCode code = StockItemCode.of(command.code());
            access.check(actor, Permission.MANAGE_STOCK_ITEMS, code.value());
            if (ports.items().find(code).isPresent()) {
                throw StockItemExistsException.item(code);
            }
            StockItem item = StockItem.define(code, command.name(), command.unit(), command.kind(),
                    Optional.ofNullable(command.ciClass()), owner(command.owner()),
                    thresholds(command.reorderThresholds()));
            ports.items().save(item);
            return Outcome.of(item, List.of(new StockEvent.ItemDefined(item, actor.staffId(), now())));
        });
    }

    @Override
    public StockItem reviseItem(StockCommand.ReviseItem command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            StockItemCode code = StockItemCode.of(command.code());
            access.check(actor, Permission.MANAGE_STOCK_ITEMS, code.value());
            StockItem current = ports.items().find(code).orElseThrow(() -> new StockItemNotFoundException(code));
            CommandPipeline.checkVersion("stock-item", code.value(), command.expectedVersion(), current.version());
            StockItem item = current.revised(command.name(), command.unit(), command.kind(),
                    Optional.ofNullable(command.ciClass()), owner(command.owner()),
                    thresholds(command.reorderThresholds()));
            ports.items().save(item);
            return Outcome.of(item, List.of(new StockEvent.ItemRevised(item, actor.staffId(), now())));
        });
    }

    private StaffId owner(StaffId owner) {
        if (ports.desk().directory().member(owner).isEmpty()) {
            throw InvalidCommandException.of("owner", "is not a member of staff: " + owner);
        }
        return owner;
    }

    private Map<StoreRoomCode, Long> thresholds(Map<String, Long> byRoom) {
        Map<StoreRoomCode, Long> thresholds = new LinkedHashMap<>();
        byRoom.forEach((room, threshold) -> thresholds.put(StockMoves.room(ports, "reorderThresholds", room),
                threshold));
        return thresholds;
    }

    @Override
    public StoreRoom defineStoreRoom(StockCommand.DefineStoreRoom command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            StoreRoomCode code = StoreRoomCode.of(command.code());
            access.check(actor, Permission.MANAGE_STOCK_ITEMS, code.value());
            Optional<StoreRoom> current = ports.rooms().find(code);
            if (current.isPresent() && command.expectedVersion() == null) {
                throw StockItemExistsException.storeRoom(code);
            }
            CommandPipeline.checkVersion("store-room", code.value(), command.expectedVersion(),
                    current.map(StoreRoom::version).orElse(0L));
            StoreRoom room = current.map(r -> r.renamed(command.name()))
                    .orElseGet(() -> StoreRoom.of(code, command.name()));
            ports.rooms().save(room);
            return Outcome.of(room, List.of(new StockEvent.StoreRoomDefined(room, actor.staffId(), now())));
        });
    }

    private Instant now() {
        return ports.desk().clock().instant();
    }

    @Override
    public StockMovement.Received receive(StockCommand.Receive command) {
        return moves.receive(command);
    }

    @Override
    public StockMovement.Issued issue(StockCommand.Issue command) {
        return moves.issue(command);
    }

    @Override
    public StockMovement.Transferred transfer(StockCommand.Transfer command) {
        return moves.transfer(command);
    }

    @Override
    public StockMovement.Counted takeStock(StockCommand.TakeStock command) {
        return moves.takeStock(command);
    }

    @Override
    public List<StockMovement.Issued> issueToRepair(StockCommand.IssueToRepair command) {
        return moves.issueToRepair(command);
    }
}
