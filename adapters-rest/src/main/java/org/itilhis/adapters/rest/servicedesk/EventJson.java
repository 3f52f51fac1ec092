package org.itilhis.adapters.rest.servicedesk;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.itilhis.core.shared.DomainEvent;
import org.itilhis.core.ticket.TicketEvent;

/**
 * One entry of a ticket's audit trail: its stable type ({@code ticket.assigned}), who, when,
 * and the facts of that step in {@code data}, chosen per event type.
 */
public record EventJson(String type, String actor, Instant occurredAt, Map<String, Object> data) {

    public static EventJson of(DomainEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        if (event instanceof TicketEvent ticketEvent) {
            ticketEvent.accept(new Data(data));
        }
        data.values().removeIf(value -> value == null);
        return new EventJson(event.type(), event.actor().value(), event.occurredAt(),
                Collections.unmodifiableMap(data));
    }

    /** The list of a ticket's history. */
    public record HistoryJson(List<EventJson> events) {
    }

    /** The facts of each ticket event that its entry shows. */
    private record Data(Map<String, Object> data) implements TicketEvent.Visitor<Void> {
        @Override
        public Void raised(TicketEvent.Raised e) {
            data.put("number", e.number().toString());
            data.put("group", e.group().value());
            data.put("priority", e.assessment().priority());
            data.put("routing", e.routing());
            data.put("contact", e.origin().map(Object::toString).orElse(null));
            return null;
        }

        @Override
        public Void assigned(TicketEvent.Assigned e) {
            data.put("group", e.group().value());
            data.put("engineer", e.engineer().map(Object::toString).orElse(null));
            data.put("tier", e.tier());
            data.put("reassignment", e.reassignment());
            return null;
        }

        @Override
        public Void accepted(TicketEvent.Accepted e) {
            return null; // who and when say it all
        }

        @Override
        public Void started(TicketEvent.Started e) {
            return null;
        }

        @Override
        public Void putOnHold(TicketEvent.PutOnHold e) {
            data.put("reason", e.reason());
            data.put("note", e.note());
            return null;
        }

        @Override
        public Void resumed(TicketEvent.Resumed e) {
            return null;
        }

        @Override
        public Void escalated(TicketEvent.Escalated e) {
            data.put("fromTier", e.fromTier());
            data.put("toTier", e.toTier());
            data.put("toGroup", e.toGroup().value());
            data.put("reason", e.reason());
            return null;
        }

        @Override
        public Void escalatedToLead(TicketEvent.EscalatedToLead e) {
            data.put("group", e.group().value());
            data.put("reason", e.reason());
            return null;
        }

        @Override
        public Void resolved(TicketEvent.Resolved e) {
            data.put("code", e.resolution().code());
            data.put("note", e.resolution().note());
            return null;
        }

        @Override
        public Void closed(TicketEvent.Closed e) {
            data.put("automatically", e.automatically());
            return null;
        }

        @Override
        public Void reopened(TicketEvent.Reopened e) {
            data.put("reason", e.reason());
            return null;
        }

        @Override
        public Void cancelled(TicketEvent.Cancelled e) {
            data.put("reason", e.reason());
            return null;
        }

        @Override
        public Void callerUpdated(TicketEvent.CallerUpdated e) {
            data.put("message", e.message());
            return null;
        }

        @Override
        public Void workLogged(TicketEvent.WorkLogged e) {
            data.put("minutes", e.entry().minutes());
            data.put("note", e.entry().note());
            data.put("forCaller", e.entry().forCaller());
            return null;
        }

        @Override
        public Void rated(TicketEvent.Rated e) {
            data.put("score", e.satisfaction().score());
            data.put("comment", e.satisfaction().comment());
            return null;
        }

        @Override
        public Void reprioritised(TicketEvent.Reprioritised e) {
            data.put("impact", e.assessment().factors().impact().code());
            data.put("urgency", e.assessment().factors().urgency().code());
            data.put("priority", e.assessment().priority());
            data.put("reason", e.reason());
            return null;
        }

        @Override
        public Void priorityOverridden(TicketEvent.PriorityOverridden e) {
            data.put("priority", e.override().priority());
            data.put("reason", e.override().reason());
            return null;
        }

        @Override
        public Void majorIncidentDeclared(TicketEvent.MajorIncidentDeclared e) {
            data.put("priority", e.assessment().priority());
            data.put("reason", e.reason());
            return null;
        }

        @Override
        public Void contactLinked(TicketEvent.ContactLinked e) {
            data.put("contact", e.contactId().toString());
            return null;
        }
    }
}
