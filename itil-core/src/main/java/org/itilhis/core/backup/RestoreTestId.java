package org.itilhis.core.backup;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identity of a recorded restore test, from {@code RestoreTestRepository.nextId()}. */
public record RestoreTestId(UUID value) {
    public RestoreTestId {
        checkNotNull(value, "value");
    }

    public static RestoreTestId parse(String text) {
        return new RestoreTestId(UUID.fromString(checkNotNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
