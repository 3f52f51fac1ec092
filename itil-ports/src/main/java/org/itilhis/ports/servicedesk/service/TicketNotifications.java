package org.itilhis.ports.servicedesk.service;

import com.google.common.collect.Iterables;
import java.util.List;
import java.util.Optional;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.ports.common.AssignmentGroup;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.common.Notifier;
import org.itilhis.ports.common.StaffDirectory;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who hears about what: the engineer an assignment names, the lead of a group a ticket is
 * escalated to, the caller when their ticket is resolved or they are updated on it (the
 * update's message is the text). Runs after the commit; a failing
 * notifier is logged and never undoes the change.
 */
final class TicketNotifications {
    private static final Logger LOG = LoggerFactory.getLogger(TicketNotifications.class);

    private final StaffDirectory directory;
    private final Notifier notifier;

    TicketNotifications(StaffDirectory directory, Notifier notifier) {
        this.directory = directory;
        this.notifier = notifier;
    }

    /** Tells whom it concerns of each of the ticket's {@code events} (a command's outcome holds only the ticket's). */
    void send(TicketView ticket, List<? extends DomainEvent> events) {
        for (TicketEvent event : Iterables.filter(events, TicketEvent.class)) {
            recipient(ticket, event).ifPresent(recipient -> deliver(new Notification(recipient, event.type(),
                    ticket.number().toString(), text(ticket, event))));
        }
    }

    private Optional<StaffId> recipient(TicketView ticket, TicketEvent event) {
        return event.accept(new Recipient(ticket));
    }

    /** Who is told of each event, if anyone. */
    private final class Recipient implements TicketEvent.Visitor<Optional<StaffId>> {
        private final TicketView ticket;

        Recipient(TicketView ticket) {
            this.ticket = ticket;
        }

        @Override
        public Optional<StaffId> assigned(TicketEvent.Assigned e) {
            return e.engineer().isPresent() ? e.engineer() : leadOf(e.group());
        }

        @Override
        public Optional<StaffId> escalated(TicketEvent.Escalated e) {
            return leadOf(e.toGroup());
        }

        @Override
        public Optional<StaffId> escalatedToLead(TicketEvent.EscalatedToLead e) {
            return leadOf(e.group());
        }

        @Override
        public Optional<StaffId> majorIncidentDeclared(TicketEvent.MajorIncidentDeclared e) {
            return leadOf(ticket.group());
        }

        @Override
        public Optional<StaffId> resolved(TicketEvent.Resolved e) {
            return Optional.of(ticket.details().caller());
        }

        @Override
        public Optional<StaffId> callerUpdated(TicketEvent.CallerUpdated e) {
            return Optional.of(ticket.details().caller());
        }

        // Nobody is told of the others: the actor did it, or the desk sees it in its queues.

        @Override
        public Optional<StaffId> raised(TicketEvent.Raised e) {
            return Optional.empty();
        }

        @Override
        public Optional<StaffId> accepted(TicketEvent.Accepted e) {
            return Optional.empty();
        }

        @Override
        public Optional<StaffId> started(TicketEvent.Started e) {
            return Optional.empty();
        }

        @Override
        public Optional<StaffId> putOnHold(TicketEvent.PutOnHold e) {
            return Optional.empty();
        }

        @Override
        public Optional<StaffId> resumed(TicketEvent.Resumed e) {
            return Optional.empty();
        }

        @Override
        public Optional<StaffId> closed(TicketEvent.Closed e) {
            return Optional.empty();
        }

        @Override
        public Optional<StaffId> reopened(TicketEvent.Reopened e) {
            return Optional.empty();
        }

        @Override
        public Optional<StaffId> cancelled(TicketEvent.Cancelled e) {
            return Optional.empty();
        }

        @Override
        public Optional<StaffId> workLogged(TicketEvent.WorkLogged e) {
            return Optional.empty();
        }

        @Override
        public Optional<StaffId> rated(TicketEvent.Rated e) {
            return Optional.empty();
        }

        @Override
        public Optional<StaffId> reprioritised(TicketEvent.Reprioritised e) {
            return Optional.empty();
        }

        @Override
        public Optional<StaffId> priorityOverridden(TicketEvent.PriorityOverridden e) {
            return Optional.empty();
        }

        @Override
        public Optional<StaffId> contactLinked(TicketEvent.ContactLinked e) {
            return Optional.empty();
        }
    }

    private Optional<StaffId> leadOf(GroupId group) {
        return directory.group(group).map(AssignmentGroup::lead);
    }

    private static String text(TicketView ticket, TicketEvent event) {
        if (event instanceof TicketEvent.CallerUpdated e) {
            return ticket.number() + " " + ticket.details().summary() + ": " + e.message();
        }
        return ticket.number() + " [" + ticket.priority() + "] " + ticket.details().summary() + ": " + event.type();
    }

    private void deliver(Notification notification) {
        try {
            notifier.notify(notification);
        } catch (RuntimeException failure) {
            LOG.warn("notification {} about {} to {} failed", notification.topic(), notification.reference(),
                    notification.recipient(), failure);
        }
    }
}
