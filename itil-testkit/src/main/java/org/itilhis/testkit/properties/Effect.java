package org.itilhis.testkit.properties;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.servicedesk.in.ContactCommand;
import org.itilhis.ports.servicedesk.in.TicketCommand;

/**
 * Which aggregates a command changes when it succeeds: how many it creates and which stored
 * ones it changes. Each of them gets exactly one event; nothing else may change.
 */
public record Effect(int newTickets, ImmutableSet<TicketId> changedTickets, int newContacts,
                     ImmutableSet<ContactId> changedContacts) {
    public Effect {
        checkArgument(newTickets >= 0 && newContacts >= 0, "negative counts");
        checkNotNull(changedTickets, "changedTickets");
        checkNotNull(changedContacts, "changedContacts");
    }

    /**
     * The effect of a contact command: logging creates a contact; resolving at first contact
     * changes it; raising changes it and creates a ticket; linking changes it and the ticket.
     */
    public static Effect of(ContactCommand command) {
        return command.accept(new ContactCommand.Visitor<>() {
            @Override
            public Effect log(ContactCommand.Log c) {
                return new Effect(0, ImmutableSet.of(), 1, ImmutableSet.of());
            }

            @Override
            public Effect resolveAtFirstContact(ContactCommand.ResolveAtFirstContact c) {
                return new Effect(0, ImmutableSet.of(), 0, ids(c.contact()));
            }

            @Override
            public Effect raiseTicket(ContactCommand.RaiseTicket c) {
                return new Effect(1, ImmutableSet.of(), 0, ids(c.contact()));
            }

            @Override
            public Effect linkToTicket(ContactCommand.LinkToTicket c) {
                return new Effect(0, ids(c.ticket()), 0, ids(c.contact()));
            }
        });
    }

    /** Every ticket command changes its ticket and nothing else. */
    public static Effect of(TicketCommand command) {
        return new Effect(0, ids(command.ticket()), 0, ImmutableSet.of());
    }

    /** Ignores {@code null}: a command without its id cannot succeed anyway. */
    private static <T> ImmutableSet<T> ids(T id) {
        return id == null ? ImmutableSet.of() : ImmutableSet.of(id);
    }
}
