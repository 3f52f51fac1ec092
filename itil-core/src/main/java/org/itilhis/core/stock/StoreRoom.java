package org.itilhis.core.stock;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A place stock is held: the IT store room, a ward's cupboard. Versioned: defined at version 1,
 * each renaming adds one.
 */
public record StoreRoom(StoreRoomCode code, String name, long version) {
    public StoreRoom {
        checkNotNull(code, "code");
        checkNotNull(name, "name");
        name = name.strip();
        checkArgument(!name.isEmpty(), "the name of store room %s is blank", code);
        checkArgument(version >= 1, "version %s is below 1", version);
    }

    public static StoreRoom of(StoreRoomCode code, String name) {
        return new StoreRoom(code, name, 1);
    }

    public StoreRoom renamed(String newName) {
        return new StoreRoom(code, newName, version + 1);
    }
}
