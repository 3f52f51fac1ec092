package org.itilhis.ports.monitoring.service;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.monitoring.out.AlertIncidentLink;

/**
 * Writes a batch's notes to an open incident as one work log entry of the library's own, and
 * closes it when configured, every alert linked to it has recovered, and nobody but the library
 * has acted on it since it was raised.
 *
 * <p>The incident workflow lets only an engineer resolve a ticket in progress; an incident
 * nobody touched is new or assigned, so the library closes it the way it may: cancelled, with
 * the recovery as the reason.
 */
final class IncidentUpdate {
    private static final int MAX_NOTE = 4000;

    private final CorrelationPorts ports;
    private final CorrelationSettings settings;
    private final TicketId ticket;
    private final IncidentNotes notes;

    IncidentUpdate(CorrelationPorts ports, CorrelationSettings settings, TicketId ticket, IncidentNotes notes) {
        this.ports = ports;
        this.settings = settings;
        this.ticket = ticket;
        this.notes = notes;
    }

    /** Writes the notes; true if it closed the incident. */
    boolean apply() {
        Optional<Ticket> found = ports.cmdb().desk().tickets().find(ticket).filter(t -> t.status().isOpen());
        if (found.isEmpty()) {
            return false;
        }
        Ticket incident = found.get();
        var now = ports.cmdb().desk().clock().instant();
        String text = notes.text();
        if (!text.isEmpty()) {
            incident.addWorkLog(settings.faults().minutes(), CorrelationBatch.capped(text, MAX_NOTE), Actor.SYSTEM_ID,
                    now);
        }
        boolean close = settings.autoResolve() && notes.anyRecovered() && allRecovered() && untouched();
        if (close) {
            incident.cancel("Recovered: every monitoring alert of this incident has cleared and nobody acted on it",
                    Actor.SYSTEM_ID, now);
        }
        ports.cmdb().desk().tickets().save(incident);
        ports.cmdb().desk().events().append(incident.pullEvents());
        return close;
    }

    private boolean allRecovered() {
        List<AlertIncidentLink> links = ports.incidents().linksOf(ticket);
        return links.stream().map(l -> l.source() + "\u0000" + l.fingerprint()).distinct().allMatch(key -> {
            String[] parts = key.split("\u0000", 2);
            return ports.states().standing(parts[0], parts[1]).map(s -> !s.firing()).orElse(true);
        });
    }

    private boolean untouched() {
        return ports.cmdb().desk().events().history(ticket.toString()).stream()
                .allMatch(event -> event.actor().equals(Actor.SYSTEM_ID));
    }
}
