package org.itilhis.examples;

import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.TicketEvent;
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

/** The "what and why" column of the audit trail: the facts each ticket event carries. */
final class EventDescriptions implements TicketEvent.Visitor<String> {
    private final Cast cast;

    EventDescriptions(Cast cast) {
        this.cast = cast;
    }

    /** The event's facts in a line; empty for events that carry nothing beyond who and when. */
    String of(DomainEvent event) {
        return event instanceof TicketEvent e ? e.accept(this) : "";
    }

    @Override
    public String raised(Raised e) {
        return e.number() + " " + e.assessment().priority() + ", owned by " + e.group() + " (rule " + e.routing() + ")";
    }

    @Override
    public String assigned(Assigned e) {
        return "to " + e.group() + e.engineer().map(s -> ", " + cast.name(s)).orElse("") + ", " + e.tier()
                + (e.reassignment() ? ", a reassignment" : "");
    }

    @Override
    public String accepted(Accepted e) {
        return "";
    }

    @Override
    public String started(Started e) {
        return "";
    }

    @Override
    public String putOnHold(PutOnHold e) {
        return e.reason() + (e.note().isEmpty() ? "" : ": " + e.note());
    }

    @Override
    public String resumed(Resumed e) {
        return "";
    }

    @Override
    public String escalated(Escalated e) {
        return e.fromTier() + " -> " + e.toTier() + ", to " + e.toGroup() + ": " + e.reason();
    }

    @Override
    public String escalatedToLead(EscalatedToLead e) {
        return "lead of " + e.group() + ": " + e.reason();
    }

    @Override
    public String resolved(Resolved e) {
        return e.resolution().code() + ": " + e.resolution().note();
    }

    @Override
    public String closed(Closed e) {
        return e.automatically() ? "after the quiet period" : "confirmed by the caller";
    }

    @Override
    public String reopened(Reopened e) {
        return e.reason();
    }

    @Override
    public String cancelled(Cancelled e) {
        return e.reason();
    }

    @Override
    public String callerUpdated(CallerUpdated e) {
        return "told the caller: " + e.message();
    }

    @Override
    public String workLogged(WorkLogged e) {
        return e.entry().minutes() + " min: " + e.entry().note();
    }

    @Override
    public String rated(Rated e) {
        return e.satisfaction().score() + "/5: " + e.satisfaction().comment();
    }

    @Override
    public String reprioritised(Reprioritised e) {
        return e.assessment().priority() + ": " + e.reason();
    }

    @Override
    public String priorityOverridden(PriorityOverridden e) {
        return e.override().priority() + ": " + e.override().reason();
    }

    @Override
    public String majorIncidentDeclared(MajorIncidentDeclared e) {
        return e.reason();
    }

    @Override
    public String contactLinked(ContactLinked e) {
        return "contact " + e.contactId();
    }
}
