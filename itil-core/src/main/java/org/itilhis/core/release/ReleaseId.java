package org.itilhis.core.release;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The technical identity of a release; people use its {@link ReleaseNumber}. */
public record ReleaseId(UUID value) {
    public ReleaseId {
        checkNotNull(value, "value");
    }

    public static ReleaseId parse(String text) {
        return new ReleaseId(UUID.fromString(checkNotNull(text, "text").strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
