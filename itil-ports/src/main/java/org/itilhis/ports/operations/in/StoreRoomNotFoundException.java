package org.itilhis.ports.operations.in;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.stock.StoreRoomCode;

/** No such store room. */
public final class StoreRoomNotFoundException extends DomainException {
    public StoreRoomNotFoundException(StoreRoomCode code) {
        super("stock.store-room.not-found", code);
    }
}
