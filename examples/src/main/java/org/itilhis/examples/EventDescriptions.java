package org.itilhis.examples;

import java.util.Optional;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.TicketEvent;
import org.itilhis.core.ticket.TicketEvent.Assigned;
import org.itilhis.core.ticket.TicketEvent.Cancelled;
import org.itilhis.core.ticket.TicketEvent.CallerUpdated;
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
import org.itilhis.core.ticket.TicketEvent.WorkLogged;

/** The "what and why" column of the audit trail: the facts each ticket event carries. */
final class EventDescriptions {
    private final Cast cast;

    EventDescriptions(Cast cast) {
        this.cast = cast;
    }

    /** The event's facts in a line; empty for events that carry nothing beyond who and when. */
    String of(DomainEvent event) {
        if (!(event instanceof TicketEvent e)) {
            return "";
        }
        return dispatch(e).or(() -> outcome(e)).or(() -> records(e)).orElse("");
    }

    private Optional<String> dispatch(TicketEvent event) {
        if (event instanceof Raised e) {
            return Optional.of(e.number() + " " + e.assessment().priority() + ", owned by " + e.group()
                    + " (rule " + e.routing() + ")");
        } else if (event instanceof Assigned e) {
            return Optional.of("to " + e.group() + e.engineer().map(s -> ", " + cast.name(s)).orElse("") + ", "
                    + e.tier() + (e.reassignment() ? ", a reassignment" : ""));
        } else if (event instanceof Escalated e) {
            return Optional.of(e.fromTier() + " -> " + e.toTier() + ", to " + e.toGroup() + ": " + e.reason());
        } else if (event instanceof EscalatedToLead e) {
            return Optional.of("lead of " + e.group() + ": " + e.reason());
        } else if (event instanceof PutOnHold e) {
            return Optional.of(e.reason() + (e.note().isEmpty() ? "" : ": " + e.note()));
        }
        return Optional.empty();
    }

    private static Optional<String> outcome(TicketEvent event) {
        if (event instanceof Resolved e) {
            return Optional.of(e.resolution().code() + ": " + e.resolution().note());
        } else if (event instanceof Closed e) {
            return Optional.of(e.automatically() ? "after the quiet period" : "confirmed by the caller");
        } else if (event instanceof Reopened e) {
            return Optional.of(e.reason());
        } else if (event instanceof Cancelled e) {
            return Optional.of(e.reason());
        }
        return Optional.empty();
    }

    private static Optional<String> records(TicketEvent event) {
        if (event instanceof WorkLogged e) {
            return Optional.of(e.entry().minutes() + " min: " + e.entry().note());
        } else if (event instanceof CallerUpdated e) {
            return Optional.of("told the caller: " + e.message());
        } else if (event instanceof Rated e) {
            return Optional.of(e.satisfaction().score() + "/5: " + e.satisfaction().comment());
        } else if (event instanceof Reprioritised e) {
            return Optional.of(e.assessment().priority() + ": " + e.reason());
        } else if (event instanceof PriorityOverridden e) {
            return Optional.of(e.override().priority() + ": " + e.override().reason());
        } else if (event instanceof MajorIncidentDeclared e) {
            return Optional.of(e.reason());
        } else if (event instanceof ContactLinked e) {
            return Optional.of("contact " + e.contactId());
        }
        return Optional.empty();
    }
}
