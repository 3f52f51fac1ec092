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
 * interface, written as a {@link TicketEvent.Visitor} while Java 17 is the baseline.)
 */
final class TicketEvolution implements TicketEvent.Visitor<Void> {
    private final TicketState t;
    private final Workflow<TicketStatus, TicketAction, Ticket> workflow;

    private TicketEvolution(TicketState ticket, Workflow<TicketStatus, TicketAction, Ticket> workflow) {
        this.t = ticket;
        this.workflow = workflow;
    }

    static void apply(TicketState t, TicketEvent event, Workflow<TicketStatus, TicketAction, Ticket> workflow) {
        event.accept(new TicketEvolution(t, workflow));
    }

    @Override
    public Void raised(Raised e) {
        throw new IllegalArgumentException("a ticket is raised only once: " + e);
    }

    @Override
    public Void assigned(Assigned e) {
        t.move(workflow, TicketAction.ASSIGN);
        t.onAssigned(e);
        return null;
    }

    @Override
    public Void accepted(Accepted e) {
        t.move(workflow, TicketAction.ACCEPT);
        t.onAccepted(e);
        return null;
    }

    @Override
    public Void started(Started e) {
        t.move(workflow, TicketAction.START);
        return null;
    }

    @Override
    public Void putOnHold(PutOnHold e) {
        t.move(workflow, TicketAction.HOLD);
        t.onHold(e);
        return null;
    }

    @Override
    public Void resumed(Resumed e) {
        t.move(workflow, TicketAction.RESUME);
        return null;
    }

    @Override
    public Void escalated(Escalated e) {
        t.move(workflow, TicketAction.ESCALATE);
        t.onEscalated(e);
        return null;
    }

    @Override
    public Void escalatedToLead(EscalatedToLead e) {
        t.move(workflow, TicketAction.ESCALATE_TO_LEAD); // the lead is notified
        return null;
    }

    @Override
    public Void resolved(Resolved e) {
        t.move(workflow, TicketAction.RESOLVE);
        t.onResolved(e);
        return null;
    }

    @Override
    public Void closed(Closed e) {
        t.move(workflow, e.automatically() ? TicketAction.CLOSE : TicketAction.CONFIRM);
        t.onClosed(e);
        return null;
    }

    @Override
    public Void reopened(Reopened e) {
        t.move(workflow, TicketAction.REOPEN);
        t.onReopened();
        return null;
    }

    @Override
    public Void cancelled(Cancelled e) {
        t.move(workflow, TicketAction.CANCEL);
        return null;
    }

    @Override
    public Void callerUpdated(CallerUpdated e) {
        t.move(workflow, TicketAction.UPDATE_CALLER); // the caller is notified
        return null;
    }

    @Override
    public Void workLogged(WorkLogged e) {
        t.onWorkLogged(e);
        return null;
    }

    @Override
    public Void rated(Rated e) {
        t.onRated(e);
        return null;
    }

    @Override
    public Void reprioritised(Reprioritised e) {
        t.onAssessed(e.assessment(), false);
        return null;
    }

    @Override
    public Void priorityOverridden(PriorityOverridden e) {
        t.onOverridden(e);
        return null;
    }

    @Override
    public Void majorIncidentDeclared(MajorIncidentDeclared e) {
        t.onAssessed(e.assessment(), true);
        return null;
    }

    @Override
    public Void contactLinked(ContactLinked e) {
        t.onContactLinked(e);
        return null;
    }
}
