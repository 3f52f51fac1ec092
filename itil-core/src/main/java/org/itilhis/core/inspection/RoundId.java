package org.itilhis.core.inspection;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identity of an inspection round, from its repository's {@code nextId()}. */
public record RoundId(UUID value) {
    public RoundId {
        checkNotNull(value, "value");
    }

    public static RoundId parse(String text) {
        return new RoundId(UUID.fromString(checkNotNull(text, "text").strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
