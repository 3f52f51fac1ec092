package org.itilhis.ports.service;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.shared.StaffId;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.ports.in.TicketView;
import org.itilhis.ports.out.AssignmentGroup;
import org.itilhis.ports.out.Notification;
import org.itilhis.ports.out.Notifier;
import org.itilhis.ports.out.StaffDirectory;
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

    void send(TicketView ticket, List<? extends TicketEvent> events) {
        for (TicketEvent event : events) {
            recipient(ticket, event).ifPresent(recipient -> deliver(new Notification(recipient, event.type(),
                    ticket.number().toString(), text(ticket, event))));
        }
    }

    private Optional<StaffId> recipient(TicketView ticket, TicketEvent event) {
        if (event instanceof TicketEvent.Assigned e) {
            return e.engineer().isPresent() ? e.engineer() : leadOf(e.group());
        } else if (event instanceof TicketEvent.Escalated e) {
            return leadOf(e.toGroup());
        } else if (event instanceof TicketEvent.EscalatedToLead e) {
            return leadOf(e.group());
        } else if (event instanceof TicketEvent.MajorIncidentDeclared) {
            return leadOf(ticket.group());
        } else if (event instanceof TicketEvent.Resolved || event instanceof TicketEvent.CallerUpdated) {
            return Optional.of(ticket.details().caller());
        }
        return Optional.empty();
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
