package org.itilhis.ports.operations.out;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.stock.StoreRoom;
import org.itilhis.core.stock.StoreRoomCode;

/** The store rooms, each at its current version; checked by {@code StoreRoomsContract}. */
public interface StoreRooms {
    Optional<StoreRoom> find(StoreRoomCode code);

    /** Every room, by code. */
    List<StoreRoom> all();

    /**
     * Stores {@code room}: a new one at version 1, or the version after the stored one.
     *
     * @throws org.itilhis.core.shared.VersionConflictException if the stored version is not the one before
     */
    void save(StoreRoom room);
}
