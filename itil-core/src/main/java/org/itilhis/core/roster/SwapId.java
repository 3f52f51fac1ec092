package org.itilhis.core.roster;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identity of a duty swap, from {@code SwapRepository.nextId()}. */
public record SwapId(UUID value) {
    public SwapId {
        checkNotNull(value, "value");
    }

    public static SwapId parse(String text) {
        return new SwapId(UUID.fromString(checkNotNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
