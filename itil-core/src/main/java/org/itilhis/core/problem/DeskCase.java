package org.itilhis.core.problem;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.ticket.TicketId;

/**
 * What the service desk applied a known error's workaround to: a contact solved at first
 * contact, or a ticket. Exactly one of the two is present.
 */
public record DeskCase(Optional<ContactId> contact, Optional<TicketId> ticket) {
    public DeskCase {
        checkNotNull(contact, "contact");
        checkNotNull(ticket, "ticket");
        checkArgument(contact.isPresent() != ticket.isPresent(), "a desk case is a contact or a ticket, not %s",
                contact.isPresent() ? "both" : "neither");
    }

    public static DeskCase contact(ContactId contact) {
        return new DeskCase(Optional.of(contact), Optional.empty());
    }

    public static DeskCase ticket(TicketId ticket) {
        return new DeskCase(Optional.empty(), Optional.of(ticket));
    }

    @Override
    public String toString() {
        return contact.map(c -> "contact " + c).orElseGet(() -> "ticket " + ticket.orElseThrow());
    }
}
