package org.itilhis.testkit.properties;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.itilhis.core.contact.ContactSnapshot;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.core.ticket.TicketSnapshot;
import org.itilhis.ports.common.Notification;
import org.itilhis.testkit.memory.InMemoryServiceDesk;

/**
 * Everything an in-memory service desk has stored, at one moment: every ticket and contact
 * as a snapshot, the whole event log and every notification sent (the relay's pass run first,
 * so that the ticket and SLA notifications of the events so far are among them). Two states are equal
 * exactly when nothing observable changed between them.
 */
public record DeskState(
        ImmutableMap<TicketId, TicketSnapshot> tickets,
        ImmutableMap<ContactId, ContactSnapshot> contacts,
        ImmutableList<DomainEvent> events,
        ImmutableList<Notification> notifications) {

    public static DeskState of(InMemoryServiceDesk desk) {
        return new DeskState(ImmutableMap.copyOf(desk.tickets.snapshots()),
                ImmutableMap.copyOf(desk.contacts.snapshots()), ImmutableList.copyOf(desk.events.all()),
                ImmutableList.copyOf(desk.notifications.delivered()));
    }

    /** The events appended since {@code earlier}; the caller has checked the log only grew. */
    public ImmutableList<DomainEvent> eventsSince(DeskState earlier) {
        return events.subList(earlier.events.size(), events.size());
    }
}
