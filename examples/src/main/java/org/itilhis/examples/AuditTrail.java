package org.itilhis.examples;

import static org.itilhis.testkit.DemoHospital.AGENT_CHEN;

import java.util.List;
import java.util.Locale;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.ports.common.Notification;
import org.itilhis.ports.servicedesk.in.TicketView;
import org.itilhis.testkit.memory.InMemoryServiceDesk;

/** Scene (c): the incident's event history (who, when, what, why) and the notifications sent. */
final class AuditTrail {
    private final InMemoryServiceDesk hospital;
    private final Narrator narrator;
    private final EventDescriptions descriptions;

    AuditTrail(InMemoryServiceDesk hospital, Narrator narrator, Cast cast) {
        this.hospital = hospital;
        this.narrator = narrator;
        this.descriptions = new EventDescriptions(cast);
    }

    void print(TicketView ticket) {
        narrator.chapter("(c) The audit trail of " + ticket.number() + " and the notifications sent");
        List<DomainEvent> history = hospital.desk.queries().history(AGENT_CHEN, ticket.id());
        narrator.line(history.size() + " events, oldest first; the ticket's version is " + ticket.version() + ":");
        for (int i = 0; i < history.size(); i++) {
            narrator.line(row(i + 1, history.get(i)));
        }
        narrator.line("Replaying these events rebuilds the stored ticket exactly: " + replaysToStoredState(ticket, history));
        notifications();
    }

    private String row(int position, DomainEvent event) {
        return String.format(Locale.ROOT, "%3d. %s  %-27s %-26s %s", position, narrator.time(event.occurredAt()),
                narrator.name(event.actor()), event.type(), descriptions.of(event)).stripTrailing();
    }

    private boolean replaysToStoredState(TicketView ticket, List<DomainEvent> history) {
        List<TicketEvent> events = history.stream().map(TicketEvent.class::cast).toList();
        Ticket stored = hospital.tickets.find(ticket.id()).orElseThrow();
        return Ticket.replay(events).snapshot().equals(stored.snapshot());
    }

    /** What the notification relay delivered from the events (the desk itself notifies nobody). */
    private void notifications() {
        List<Notification> sent = hospital.notifications.delivered();
        narrator.line("");
        narrator.line(sent.size() + " notifications sent:");
        for (Notification n : sent) {
            narrator.line(String.format(Locale.ROOT, "  to %-27s %-22s %s", narrator.name(n.recipient()), n.topic(),
                    n.text()));
        }
    }
}
