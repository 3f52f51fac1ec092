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
import org.itilhis.core.workflow.Workflow;

/**
 * Applies one event to a ticket's state: the single place where state changes, used both
 * when a command records an event and when a history is replayed. A lifecycle event is the
 * record of one workflow action, and the ticket's new status is that action's declared target
 * in {@code workflow} ({@link TicketWorkflows}), never a second copy here: editing a
 * declaration's {@code .to(...)} changes what tickets do. (A type switch over the sealed event
 * interface, written as a chain until the project moves past Java 17.)
 */
final class TicketEvolution {
    private TicketEvolution() {
    }

    static void apply(Ticket t, TicketEvent event, Workflow<TicketStatus, TicketAction, Ticket> workflow) {
        if (event instanceof Assigned e) {
            t.move(workflow, TicketAction.ASSIGN);
            t.onAssigned(e);
        } else if (event instanceof Accepted e) {
            t.move(workflow, TicketAction.ACCEPT);
            t.onAccepted(e);
        } else if (event instanceof Started) {
            t.move(workflow, TicketAction.START);
        } else if (event instanceof Resumed) {
            t.move(workflow, TicketAction.RESUME);
        } else if (event instanceof PutOnHold e) {
            t.move(workflow, TicketAction.HOLD);
            t.onHold(e);
        } else if (event instanceof Escalated e) {
            t.move(workflow, TicketAction.ESCALATE);
            t.onEscalated(e);
        } else if (event instanceof EscalatedToLead) {
            t.move(workflow, TicketAction.ESCALATE_TO_LEAD); // the lead is notified
        } else if (event instanceof CallerUpdated) {
            t.move(workflow, TicketAction.UPDATE_CALLER); // the caller is notified
        } else if (event instanceof Resolved e) {
            t.move(workflow, TicketAction.RESOLVE);
            t.onResolved(e);
        } else if (event instanceof Closed e) {
            t.move(workflow, e.automatically() ? TicketAction.CLOSE : TicketAction.CONFIRM);
            t.onClosed(e);
        } else if (event instanceof Reopened) {
            t.move(workflow, TicketAction.REOPEN);
            t.onReopened();
        } else if (event instanceof Cancelled) {
            t.move(workflow, TicketAction.CANCEL);
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
        } else if (event instanceof Raised) {
            throw new IllegalArgumentException("a ticket is raised only once: " + event);
        } else {
            throw new IllegalArgumentException("no evolution for " + event);
        }
    }
}
