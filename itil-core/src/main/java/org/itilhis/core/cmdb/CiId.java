package org.itilhis.core.cmdb;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The technical identity of a configuration item; people use its asset tag. */
public record CiId(UUID value) {
    public CiId {
        checkNotNull(value, "value");
    }

    public static CiId parse(String text) {
        return new CiId(UUID.fromString(checkNotNull(text, "text").strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
