package org.itilhis.ports.servicedesk.service;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.itilhis.core.access.AccessContext;
import org.itilhis.core.access.AccessPolicy;
import org.itilhis.core.access.Permission;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.shared.GroupId;
import org.itilhis.core.ticket.Ticket;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.ports.servicedesk.in.TicketView;

/**
 * What one actor may see of one ticket: whether they see it at all ({@code VIEW_TICKET}), who
 * called and where from ({@code VIEW_CALLER_CONTACT}) and its internal work ({@code
 * VIEW_INTERNAL_NOTES}), each in the ticket's scope. Every read and every command's answer
 * passes through it, so a view never shows more than its reader may know.
 */
final class TicketVisibility {
    private final AccessContext context;
    private final boolean seen;
    private final boolean callerContact;
    private final boolean internalNotes;

    private TicketVisibility(AccessPolicy access, Actor actor, AccessContext context) {
        this.context = context;
        this.seen = access.permits(actor, Permission.VIEW_TICKET, context);
        this.callerContact = access.permits(actor, Permission.VIEW_CALLER_CONTACT, context);
        this.internalNotes = access.permits(actor, Permission.VIEW_INTERNAL_NOTES, context);
    }

    /** {@code ticket} as {@code actor}, a member of {@code actorGroups}, may see it. */
    static TicketVisibility of(AccessPolicy access, Actor actor, Ticket ticket, ImmutableSet<GroupId> actorGroups) {
        checkNotNull(ticket, "ticket");
        return new TicketVisibility(checkNotNull(access, "access"), checkNotNull(actor, "actor"),
                contextOf(ticket, actorGroups));
    }

    /** The facts the access policy decides on for {@code ticket}: its caller, group and engineer. */
    static AccessContext contextOf(Ticket ticket, ImmutableSet<GroupId> actorGroups) {
        return AccessContext.of(ticket.details().caller(), ticket.group(), ticket.engineer(), actorGroups);
    }

    AccessContext context() {
        return context;
    }

    boolean seen() {
        return seen;
    }

    /** The ticket as the actor may see it (only call when {@link #seen()}). */
    TicketView view(Ticket ticket) {
        return view(TicketView.of(ticket));
    }

    /** {@code whole}, the ticket's full view, as the actor may see it (only call when {@link #seen()}). */
    TicketView view(TicketView whole) {
        TicketView shown = callerContact ? whole : whole.withCallerWithheld();
        return internalNotes ? shown : shown.withCallerNotesOnly();
    }

    /**
     * The events of the ticket's history the actor may see: without the internal notes, none
     * of its internal work (escalations, priority changes, internal work-log entries); without
     * the caller's contact, none of the events that name the caller (the raising, the linked
     * contacts, the rating, and whatever the caller did).
     */
    List<DomainEvent> history(List<DomainEvent> events) {
        if (callerContact && internalNotes) {
            return events;
        }
        return events.stream().filter(this::shows).toList();
    }

    private boolean shows(DomainEvent event) {
        if (!(event instanceof TicketEvent ticketEvent)) {
            return callerContact && internalNotes;
        }
        Content content = ticketEvent.accept(CONTENT);
        if (content == Content.INTERNAL_WORK) {
            return internalNotes;
        }
        return callerContact || content != Content.CALLER && !context.caller().map(event.actor()::equals).orElse(false);
    }

    /** What an event's content is, for deciding who may read it. */
    private enum Content {
        /** The ticket's course, as the caller is told it. */
        COURSE,
        /** The desk's internal work: escalations, priority decisions, internal work-log entries. */
        INTERNAL_WORK,
        /** The caller or where they are: the raising, the linked contacts, the rating. */
        CALLER
    }

    private static final TicketEvent.Visitor<Content> CONTENT = new TicketEvent.Visitor<>() {
        @Override
        public Content raised(TicketEvent.Raised e) {
            return Content.CALLER;
        }

        @Override
        public Content assigned(TicketEvent.Assigned e) {
            return Content.COURSE;
        }

        @Override
        public Content accepted(TicketEvent.Accepted e) {
            return Content.COURSE;
        }

        @Override
        public Content started(TicketEvent.Started e) {
            return Content.COURSE;
        }

        @Override
        public Content putOnHold(TicketEvent.PutOnHold e) {
            return Content.COURSE;
        }

        @Override
        public Content resumed(TicketEvent.Resumed e) {
            return Content.COURSE;
        }

        @Override
        public Content escalated(TicketEvent.Escalated e) {
            return Content.INTERNAL_WORK;
        }

        @Override
        public Content escalatedToLead(TicketEvent.EscalatedToLead e) {
            return Content.INTERNAL_WORK;
        }

        @Override
        public Content resolved(TicketEvent.Resolved e) {
            return Content.COURSE;
        }

        @Override
        public Content closed(TicketEvent.Closed e) {
            return Content.COURSE;
        }

        @Override
        public Content reopened(TicketEvent.Reopened e) {
            return Content.COURSE;
        }

        @Override
        public Content cancelled(TicketEvent.Cancelled e) {
            return Content.COURSE;
        }

        @Override
        public Content callerUpdated(TicketEvent.CallerUpdated e) {
            return Content.COURSE;
        }

        @Override
        public Content workLogged(TicketEvent.WorkLogged e) {
            return e.entry().forCaller() ? Content.COURSE : Content.INTERNAL_WORK;
        }

        @Override
        public Content rated(TicketEvent.Rated e) {
            return Content.CALLER;
        }

        @Override
        public Content reprioritised(TicketEvent.Reprioritised e) {
            return Content.INTERNAL_WORK;
        }

        @Override
        public Content priorityOverridden(TicketEvent.PriorityOverridden e) {
            return Content.INTERNAL_WORK;
        }

        @Override
        public Content majorIncidentDeclared(TicketEvent.MajorIncidentDeclared e) {
            return Content.INTERNAL_WORK;
        }

        @Override
        public Content contactLinked(TicketEvent.ContactLinked e) {
            return Content.CALLER;
        }
    };
}
