package org.itilhis.core.change;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The technical identity of a change; people use its {@link ChangeNumber}. */
public record ChangeId(UUID value) {
    public ChangeId {
        checkNotNull(value, "value");
    }

    public static ChangeId parse(String text) {
        return new ChangeId(UUID.fromString(checkNotNull(text, "text").strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
