package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identity of a shift handover, from {@code HandoverRepository.nextId()}. */
public record HandoverId(UUID value) {
    public HandoverId {
        checkNotNull(value, "value");
    }

    public static HandoverId parse(String text) {
        return new HandoverId(UUID.fromString(checkNotNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
