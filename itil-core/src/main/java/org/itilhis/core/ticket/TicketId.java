package org.itilhis.core.ticket;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.UUID;

/** The technical identity of a ticket; people use its {@link TicketNumber}. */
public record TicketId(UUID value) {
    public TicketId {
        checkNotNull(value, "value");
    }

    public static TicketId parse(String text) {
        return new TicketId(UUID.fromString(checkNotNull(text, "text").strip()));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
