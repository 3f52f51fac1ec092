package org.itilhis.adapters.jdbc.operations;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import java.util.Optional;
import org.itilhis.adapters.jdbc.common.JdbcStoreParts;
import org.itilhis.core.stock.StoreRoom;
import org.itilhis.core.stock.StoreRoomCode;
import org.itilhis.ports.operations.out.StoreRooms;

/** The store rooms in {@code stock_store_room}: each whole as JSON under its code, at its version. */
public final class JdbcStoreRooms implements StoreRooms {
    private final VersionedDefinitions<StoreRoom> rooms;

    JdbcStoreRooms(JdbcStoreParts parts) {
        this.rooms = new VersionedDefinitions<>(parts.transactions(), parts.dialect(), parts.codec(),
                "stock_store_room", "store-room", StoreRoom.class);
    }

    @Override
    public Optional<StoreRoom> find(StoreRoomCode code) {
        return rooms.find(checkNotNull(code, "code").value());
    }

    @Override
    public List<StoreRoom> all() {
        return rooms.all();
    }

    @Override
    public void save(StoreRoom room) {
        checkNotNull(room, "room");
        rooms.save(room.code().value(), room.version(), room);
    }
}
