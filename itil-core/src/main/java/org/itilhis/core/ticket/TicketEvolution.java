package org.itilhis.core.ticket;

import org.itilhis.core.ticket.TicketEvent.Accepted;
import org.itilhis.core.ticket.TicketEvent.Assigned;
import org.itilhis.core.ticket.TicketEvent.CallerUpdated;
import org.itilhis.core.ticket.TicketEvent.Cancelled;
import org.itilhis.core.ticket.TicketEvent.Closed;
import org.itilhis.core.ticket.TicketEvent.ContactLinked;
import org.itilhis.core.ticket.TicketEvent.Escalated;
import org.itilhis.core.ticket.TicketEvent.EscalatedToLead;
import org.itilhis.core.ticket.TicketEvent.MajorIncidentDeclared;
import org.itilhis.core.ticket.TicketEvent.PriorityOverridden;
import org.itilhis.core.ticket.TicketEvent.PutOnHold;
import org.itilhis.core.ticket.TicketEvent.Raised;
import org.itilhis.core.ticket.TicketEvent.Rated;
import org.itilhis.core.ticket.TicketEvent.Reopened;
import org.itilhis.core.ticket.TicketEvent.Reprioritised;
import org.itilhis.core.ticket.TicketEvent.Resolved;
import org.itilhis.core.ticket.TicketEvent.Resumed;
import org.itilhis.core.ticket.TicketEvent.Started;
import org.itilhis.core.ticket.TicketEvent.WorkLogged;

/**
 * Applies one event to a ticket's state: the single place where state changes, used both
 * when a command records an event and when a history is replayed. (A type switch over the
 * sealed event interface, written as a chain until the project moves past Java 17.)
 */
final class TicketEvolution {
    private TicketEvolution() {
    }

    static void apply(Ticket t, TicketEvent event) {
        if (event instanceof Assigned e) {
            t.onAssigned(e);
        } else if (event instanceof Accepted e) {
            t.onAccepted(e);
        } else if (event instanceof Started || event instanceof Resumed) {
            t.onStatus(TicketStatus.IN_PROGRESS);
        } else if (event instanceof PutOnHold e) {
            t.onHold(e);
        } else if (event instanceof Escalated e) {
            t.onEscalated(e);
        } else if (event instanceof Resolved e) {
            t.onResolved(e);
        } else if (event instanceof Closed e) {
            t.onClosed(e);
        } else if (event instanceof Reopened) {
            t.onReopened();
        } else if (event instanceof Cancelled) {
            t.onStatus(TicketStatus.CANCELLED);
        } else if (event instanceof WorkLogged e) {
            t.onWorkLogged(e);
        } else if (event instanceof Rated e) {
            t.onRated(e);
        } else if (event instanceof Reprioritised e) {
            t.onAssessed(e.assessment(), false);
        } else if (event instanceof MajorIncidentDeclared e) {
            t.onAssessed(e.assessment(), true);
        } else if (event instanceof PriorityOverridden e) {
            t.onOverridden(e);
        } else if (event instanceof ContactLinked e) {
            t.onContactLinked(e);
        } else if (event instanceof EscalatedToLead || event instanceof CallerUpdated) {
            return; // nothing changes on the ticket: the lead or the caller is notified
        } else if (event instanceof Raised) {
            throw new IllegalArgumentException("a ticket is raised only once: " + event);
        } else {
            throw new IllegalArgumentException("no evolution for " + event);
        }
    }
}
