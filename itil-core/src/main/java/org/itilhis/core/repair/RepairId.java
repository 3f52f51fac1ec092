package org.itilhis.core.repair;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identity of a repair record, from {@code RepairRepository.nextId()}. */
public record RepairId(UUID value) {
    public RepairId {
        checkNotNull(value, "value");
    }

    public static RepairId parse(String text) {
        return new RepairId(UUID.fromString(checkNotNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
