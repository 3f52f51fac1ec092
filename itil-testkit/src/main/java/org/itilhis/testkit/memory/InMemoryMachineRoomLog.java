package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.machineroom.MachineRoomEntry;
import org.itilhis.core.machineroom.MachineRoomEntryId;
import org.itilhis.core.machineroom.MachineRoomEntrySnapshot;
import org.itilhis.core.machineroom.RoomAccess;
import org.itilhis.ports.operations.in.MachineRoomLogPosition;
import org.itilhis.ports.operations.in.MachineRoomLogQuery;
import org.itilhis.ports.operations.out.MachineRoomLogRepository;

/** The machine room log in a map of snapshots, like {@link InMemoryHandoverRepository}. */
public final class InMemoryMachineRoomLog implements MachineRoomLogRepository {
    private static final Comparator<MachineRoomEntrySnapshot> IN_LOG_ORDER = Comparator.comparing(
            InMemoryMachineRoomLog::position);

    private final SnapshotStore<MachineRoomEntryId, MachineRoomEntryId, MachineRoomEntrySnapshot> store;
    private final AtomicLong ids = new AtomicLong();

    public InMemoryMachineRoomLog(InMemoryTransactions transactions) {
        this.store = SnapshotStore.withoutNumbers(transactions, "machine-room-entry", MachineRoomEntrySnapshot::id,
                MachineRoomEntrySnapshot::version);
    }

    @Override
    public MachineRoomEntryId nextId() {
        return new MachineRoomEntryId(new UUID(0x3A11L, ids.incrementAndGet()));
    }

    @Override
    public Optional<MachineRoomEntry> find(MachineRoomEntryId id) {
        checkNotNull(id, "id");
        return store.byId(id).map(MachineRoomEntry::restore);
    }

    @Override
    public void save(MachineRoomEntry entry) {
        MachineRoomEntrySnapshot next = entry.snapshot();
        store.save(next, next.version() - entry.pendingEvents().size());
    }

    @Override
    public List<MachineRoomEntry> log(MachineRoomLogQuery query) {
        checkNotNull(query, "query");
        return store.all().stream()
                .filter(s -> s.room().equals(query.room()) && query.admits(position(s)))
                .sorted(IN_LOG_ORDER).limit(query.limit()).map(MachineRoomEntry::restore).toList();
    }

    @Override
    public List<MachineRoomEntry> openVisits(Optional<CiId> room, int limit) {
        checkNotNull(room, "room");
        checkArgument(limit > 0, "limit %s is not positive", limit);
        return store.all().stream()
                .filter(s -> room.map(s.room()::equals).orElse(true)
                        && s.content() instanceof RoomAccess access && access.open())
                .sorted(IN_LOG_ORDER).limit(limit).map(MachineRoomEntry::restore).toList();
    }

    /** Every stored entry as it is stored now, by id. */
    public Map<MachineRoomEntryId, MachineRoomEntrySnapshot> snapshots() {
        return store.snapshots();
    }

    private static MachineRoomLogPosition position(MachineRoomEntrySnapshot s) {
        return new MachineRoomLogPosition(s.content().at(), s.id());
    }
}
