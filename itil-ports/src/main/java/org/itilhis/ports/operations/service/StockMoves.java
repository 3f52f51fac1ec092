package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DepartmentId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.stock.RecipientKind;
import org.itilhis.core.stock.StockBalance;
import org.itilhis.core.stock.StockBalance.ReorderSignal;
import org.itilhis.core.stock.StockEvent;
import org.itilhis.core.stock.StockItem;
import org.itilhis.core.stock.StockItemCode;
import org.itilhis.core.stock.StockMovement;
import org.itilhis.core.stock.StockRecipient;
import org.itilhis.core.stock.StoreRoomCode;
import org.itilhis.ports.common.CommandPipeline;
import org.itilhis.ports.common.CommandPipeline.Outcome;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.operations.in.StockCommand;
import org.itilhis.ports.operations.in.StockItemNotFoundException;
import org.itilhis.ports.operations.in.StoreRoomNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The movements: each is decided by the domain ({@link StockBalance#taken} refuses taking more
 * than is held) and then applied by the balance store as one atomic step, which refuses it too
 * when a concurrent movement took the stock first. A balance left at or below the item's
 * reorder threshold flags it (with the change, in its transaction) and tells the owner after
 * the commit; one above it again re-arms the alert.
 */
final class StockMoves {
    static final String REORDER_TOPIC = "stock.reorder-level-reached";
    private static final Logger LOG = LoggerFactory.getLogger(StockMoves.class);

    private final StockPorts ports;
    private final StockAccess access;
    private final CommandPipeline pipeline;

    StockMoves(StockPorts ports, StockAccess access, CommandPipeline pipeline) {
        this.ports = checkNotNull(ports, "ports");
        this.access = checkNotNull(access, "access");
        this.pipeline = checkNotNull(pipeline, "pipeline");
    }

    StockMovement.Received receive(StockCommand.Receive command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            StockItem item = item(command.item());
            access.check(actor, Permission.MOVE_STOCK, item.code().value());
            StoreRoomCode room = room(ports, "room", command.room());
            StockBalance after = ports.balances().add(item.code(), room, command.quantity());
            StockMovement.Received received = new StockMovement.Received(ports.movements().nextId(), item.code(),
                    room, command.quantity(), after.quantity(), text(command.supplier()), text(command.reference()),
                    text(command.note()), actor.staffId(), now());
            return recorded(received, actor, List.of(after), item);
        }, this::tellOwners);
    }

    StockMovement.Issued issue(StockCommand.Issue command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            StockRecipient recipient = recipient(command.recipientKind(), command.recipient());
            Optional<DepartmentId> department = department(recipient, command.department());
            StockItem item = item(command.item());
            access.check(actor, Permission.MOVE_STOCK, item.code().value());
            return issued(actor, item, room(ports, "room", command.room()), command.quantity(), recipient,
                    department, text(command.note()));
        }, this::tellOwners);
    }

    List<StockMovement.Issued> issueToRepair(StockCommand.IssueToRepair command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            StockRecipient repair = StockRecipient.of(RecipientKind.REPAIR, command.repair());
            Optional<DepartmentId> department = department(repair, command.department());
            StockMovement.Issued[] issued = new StockMovement.Issued[command.parts().size()];
            List<DomainEvent> events = new ArrayList<>();
            for (int i : inLockOrder(command.parts())) {
                StockCommand.Part part = command.parts().get(i);
                StockItem item = item(part.item());
                access.check(actor, Permission.MOVE_STOCK, item.code().value());
                Outcome<StockMovement.Issued> one = issued(actor, item, room(ports, "parts[" + i + "].room",
                        part.room()), part.quantity(), repair, department, text(command.note()));
                issued[i] = one.result();
                events.addAll(one.events());
            }
            return Outcome.of(List.of(issued), events);
        }, this::tellOwners);
    }

    /**
     * The parts' indexes in the order their balances are taken: by item and room, as every
     * movement takes them, so that two repairs using the same parts never wait on each other.
     */
    private static List<Integer> inLockOrder(List<StockCommand.Part> parts) {
        return java.util.stream.IntStream.range(0, parts.size()).boxed()
                .sorted(java.util.Comparator.comparing((Integer i) -> parts.get(i).item())
                        .thenComparing(i -> parts.get(i).room()))
                .toList();
    }

    private Outcome<StockMovement.Issued> issued(Actor actor, StockItem item, StoreRoomCode room, long quantity,
                                                 StockRecipient recipient, Optional<DepartmentId> department,
                                                 Optional<String> note) {
        StockBalance after = take(item.code(), room, quantity);
        StockMovement.Issued issued = new StockMovement.Issued(ports.movements().nextId(), item.code(), room,
                quantity, after.quantity(), recipient, department, note, actor.staffId(), now());
        return recorded(issued, actor, List.of(after), item);
    }

    StockMovement.Transferred transfer(StockCommand.Transfer command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            StockItem item = item(command.item());
            access.check(actor, Permission.MOVE_STOCK, item.code().value());
            StoreRoomCode from = room(ports, "from", command.from());
            StoreRoomCode to = room(ports, "to", command.to());
            if (from.equals(to)) {
                throw InvalidCommandException.of("to", "is the room the stock is transferred from: " + from);
            }
            if (to.value().compareTo(from.value()) < 0) {
                ports.balances().add(item.code(), to, 0); // both rows locked in the rooms' order, so no deadlock
            }
            StockBalance sent = take(item.code(), from, command.quantity());
            StockBalance arrived = ports.balances().add(item.code(), to, command.quantity());
            StockMovement.Transferred transferred = new StockMovement.Transferred(ports.movements().nextId(),
                    item.code(), from, to, command.quantity(), sent.quantity(), arrived.quantity(),
                    text(command.note()), actor.staffId(), now());
            return recorded(transferred, actor, List.of(sent, arrived), item);
        }, this::tellOwners);
    }

    StockMovement.Counted takeStock(StockCommand.TakeStock command) {
        return pipeline.run(command, () -> {
            Actor actor = command.actor();
            StockItem item = item(command.item());
            access.check(actor, Permission.TAKE_STOCK, item.code().value());
            StoreRoomCode room = room(ports, "room", command.room());
            StockBalance before = ports.balances().count(item.code(), room, command.counted(),
                    Optional.ofNullable(command.expectedBalance()));
            StockMovement.Counted counted = new StockMovement.Counted(ports.movements().nextId(), item.code(), room,
                    command.counted(), before.quantity(), text(command.note()), actor.staffId(), now());
            return recorded(counted, actor, List.of(before.counted(command.counted())), item);
        }, this::tellOwners);
    }

    /**
     * Takes {@code quantity} out: the domain refuses more than it sees held, the store refuses
     * more than is held when it applies the change (a concurrent movement may have come first).
     */
    private StockBalance take(StockItemCode item, StoreRoomCode room, long quantity) {
        ports.balances().find(item, room).orElseGet(() -> StockBalance.empty(item, room)).taken(quantity);
        return ports.balances().add(item, room, -quantity);
    }

    /** Appends the movement to the ledger and answers it with its events: itself, then any reorder alert. */
    private <M extends StockMovement> Outcome<M> recorded(M movement, Actor actor, List<StockBalance> after,
                                                          StockItem item) {
        ports.movements().append(movement);
        List<DomainEvent> events = new ArrayList<>();
        events.add(movement);
        for (StockBalance balance : after) {
            OptionalLong threshold = item.reorderThreshold(balance.room());
            ReorderSignal signal = balance.reorderSignal(threshold);
            if (signal != ReorderSignal.NONE) {
                ports.balances().markReorderAlerted(item.code(), balance.room(), signal == ReorderSignal.ALERT);
            }
            if (signal == ReorderSignal.ALERT) {
                events.add(new StockEvent.ReorderLevelReached(item.code(), balance.room(), balance.quantity(),
                        threshold.getAsLong(), item.owner(), actor.staffId(), movement.occurredAt()));
            }
        }
        return Outcome.of(movement, events);
    }

    /** After the commit: each owner whose item reached its threshold hears it, once; a failed delivery is logged. */
    private void tellOwners(Outcome<?> outcome) {
        for (DomainEvent event : outcome.events()) {
            if (event instanceof StockEvent.ReorderLevelReached low) {
                Notification notification = new Notification(low.owner(), REORDER_TOPIC,
                        low.item().value() + "@" + low.room().value(),
                        "Stock of " + low.item() + " in " + low.room() + " is down to " + low.balance()
                                + ", at or below its reorder threshold of " + low.threshold());
                try {
                    ports.desk().notifier().notify(notification);
                } catch (RuntimeException failure) {
                    LOG.warn("Could not tell {} that {} is low", low.owner(), notification.reference(), failure);
                }
            }
        }
    }

    private StockItem item(String code) {
        StockItemCode item = StockItemCode.of(code);
        return ports.items().find(item).orElseThrow(() -> new StockItemNotFoundException(item));
    }

    /** @throws StoreRoomNotFoundException if there is no room {@code code} */
    static StoreRoomCode room(StockPorts ports, String field, String code) {
        StoreRoomCode room = StoreRoomCode.of(code);
        if (ports.rooms().find(room).isEmpty()) {
            throw new StoreRoomNotFoundException(room);
        }
        return room;
    }

    private StockRecipient recipient(RecipientKind kind, String id) {
        StockRecipient recipient = StockRecipient.of(kind, id);
        if (kind == RecipientKind.PERSON && ports.desk().directory().member(StaffId.of(recipient.id())).isEmpty()) {
            throw InvalidCommandException.of("recipient", "is not a member of staff: " + recipient.id());
        }
        return recipient;
    }

    /**
     * Whose consumption an issue counts as: the department issued to; else the one named; else,
     * for a person, their department in the directory.
     */
    private Optional<DepartmentId> department(StockRecipient recipient, String named) {
        Optional<DepartmentId> department = text(named).map(DepartmentId::of);
        if (recipient.kind() == RecipientKind.DEPARTMENT) {
            DepartmentId issuedTo = DepartmentId.of(recipient.id());
            if (department.isPresent() && !department.get().equals(issuedTo)) {
                throw InvalidCommandException.of("department", "differs from the department issued to: "
                        + department.get() + " and " + issuedTo);
            }
            return Optional.of(issuedTo);
        }
        if (department.isEmpty() && recipient.kind() == RecipientKind.PERSON) {
            return ports.desk().directory().member(StaffId.of(recipient.id())).map(m -> m.department());
        }
        return department;
    }

    private static Optional<String> text(String text) {
        return Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty());
    }

    private Instant now() {
        return ports.desk().clock().instant();
    }
}
