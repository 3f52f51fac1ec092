package org.itilhis.core.machineroom;

import org.itilhis.core.shared.DomainException;

/** A reading (field {@code unit}) in another unit than the room's range for its quantity. */
public final class ReadingUnitMismatchException extends DomainException {
    public ReadingUnitMismatchException(String quantity, String unit, ReadingRange range) {
        super("machine-room.reading-unit-mismatch", quantity, unit, range.unit(), range.toString());
    }
}
