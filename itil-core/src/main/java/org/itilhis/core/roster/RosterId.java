package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identity of a roster, from {@code RosterRepository.nextId()}. */
public record RosterId(UUID value) {
    public RosterId {
        checkNotNull(value, "value");
    }

    public static RosterId parse(String text) {
        return new RosterId(UUID.fromString(checkNotNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
