package org.itilhis.adapters.jdbc.operations;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.itilhis.adapters.jdbc.common.SqlValues.utc;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.itilhis.adapters.jdbc.common.Dialect;
import org.itilhis.adapters.jdbc.common.JdbcTransactions;
import org.itilhis.adapters.jdbc.common.JsonCodec;
import org.itilhis.adapters.jdbc.common.SnapshotTable;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.machineroom.EnvironmentReading;
import org.itilhis.core.machineroom.MachineRoomEntry;
import org.itilhis.core.machineroom.MachineRoomEntryId;
import org.itilhis.core.machineroom.MachineRoomEntrySnapshot;
import org.itilhis.core.machineroom.RoomAccess;
import org.itilhis.ports.operations.in.MachineRoomLogQuery;
import org.itilhis.ports.operations.out.MachineRoomLogRepository;

/**
 * The machine room log in {@code machine_room_entry} (migration V27): one row per entry, its
 * room, kind, time and whether it is an open visit beside the whole entry as JSON, kept as a
 * {@link SnapshotTable} whose number is the id as text, under optimistic locking ({@link
 * org.itilhis.core.shared.VersionConflictException}, kind {@code machine-room-entry}). A room's
 * log is read by keyset in log order (time, then id as text) through the index on room, time
 * and number; the log's times are kept to the microsecond, as the columns are.
 */
public final class JdbcMachineRoomLog implements MachineRoomLogRepository {
    private static final String COLUMNS = "room_id, kind, entry_at, open_visit";

    private final JdbcTransactions transactions;
    private final Dialect dialect;
    private final JsonCodec codec;
    private final SnapshotTable table;
    private final String insertSql;

    public JdbcMachineRoomLog(JdbcTransactions transactions, Dialect dialect, JsonCodec codec) {
        this.transactions = checkNotNull(transactions, "transactions");
        this.dialect = checkNotNull(dialect, "dialect");
        this.codec = checkNotNull(codec, "codec");
        this.table = new SnapshotTable("machine_room_entry", "machine-room-entry", dialect);
        this.insertSql = dialect.insertSkippingDuplicates("INSERT INTO machine_room_entry (id, number, " + COLUMNS
                + ", version, snapshot) VALUES (:id, :number, :room_id, :kind, :entry_at, :open_visit, :version, "
                + dialect.json("snapshot") + ")");
    }

    @Override
    public MachineRoomEntryId nextId() {
        return new MachineRoomEntryId(UUID.randomUUID());
    }

    @Override
    public Optional<MachineRoomEntry> find(MachineRoomEntryId id) {
        checkNotNull(id, "id");
        return transactions.withHandle("finding machine room log entry " + id,
                handle -> table.snapshotById(handle, id.value()).map(this::restore));
    }

    @Override
    public void save(MachineRoomEntry entry) {
        checkNotNull(entry, "entry");
        MachineRoomEntrySnapshot next = entry.snapshot();
        long expected = next.version() - entry.pendingEvents().size();
        String number = next.id().toString();
        boolean open = next.content() instanceof RoomAccess access && access.open();
        transactions.withHandle("saving machine room log entry " + number, handle -> {
            if (expected == 0) {
                table.insert(handle, handle.createUpdate(insertSql)
                        .bind("id", dialect.uuid(next.id().value()))
                        .bind("number", number)
                        .bind("room_id", dialect.uuid(next.room().value()))
                        .bind("kind", kind(next))
                        .bind("entry_at", utc(next.content().at()))
                        .bind("open_visit", open)
                        .bind("version", next.version())
                        .bind("snapshot", codec.write(next)), next.id().value(), number);
            } else {
                table.update(handle, handle.createUpdate(table.updateSql("open_visit = :open_visit"))
                        .bind("open_visit", open)
                        .bind("version", next.version())
                        .bind("snapshot", codec.write(next)), next.id().value(), number, expected);
            }
            return null;
        });
    }

    @Override
    public List<MachineRoomEntry> log(MachineRoomLogQuery query) {
        checkNotNull(query, "query");
        String after = query.after().isEmpty() ? ""
                : " AND " + dialect.rowsAfter(List.of("entry_at", "number"), List.of(":after_at", ":after_number"));
        return transactions.withHandle("reading the log of room " + query.room(), handle -> {
            var select = handle.createQuery("SELECT snapshot FROM machine_room_entry WHERE room_id = :room "
                            + "AND entry_at >= :from AND entry_at < :to" + after + " ORDER BY entry_at, number")
                    .bind("room", dialect.uuid(query.room().value()))
                    .bind("from", utc(query.from()))
                    .bind("to", utc(query.to()));
            query.after().ifPresent(position -> select.bind("after_at", utc(position.at()))
                    .bind("after_number", position.id().toString()));
            return select.setMaxRows(query.limit()).mapTo(String.class).map(this::restore).list();
        });
    }

    @Override
    public List<MachineRoomEntry> openVisits(Optional<CiId> room, int limit) {
        checkNotNull(room, "room");
        checkArgument(limit > 0, "limit %s is not positive", limit);
        return transactions.withHandle("reading the open visits", handle -> {
            var select = handle.createQuery("SELECT snapshot FROM machine_room_entry WHERE open_visit = :open"
                    + (room.isPresent() ? " AND room_id = :room" : "") + " ORDER BY entry_at, number")
                    .bind("open", true);
            room.ifPresent(r -> select.bind("room", dialect.uuid(r.value())));
            return select.setMaxRows(limit).mapTo(String.class).map(this::restore).list();
        });
    }

    private static String kind(MachineRoomEntrySnapshot entry) {
        if (entry.content() instanceof RoomAccess) {
            return "ACCESS";
        }
        return entry.content() instanceof EnvironmentReading ? "READING" : "EVENT";
    }

    private MachineRoomEntry restore(String snapshot) {
        return MachineRoomEntry.restore(codec.read(snapshot, MachineRoomEntrySnapshot.class));
    }
}
