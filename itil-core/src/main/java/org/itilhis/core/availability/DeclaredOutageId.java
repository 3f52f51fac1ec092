package org.itilhis.core.availability;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The identity of an outage declared on an incident, from {@code DeclaredOutages.nextId()}. */
public record DeclaredOutageId(UUID value) {
    public DeclaredOutageId {
        checkNotNull(value, "value");
    }

    public static DeclaredOutageId parse(String text) {
        return new DeclaredOutageId(UUID.fromString(checkNotNull(text, "text")));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
