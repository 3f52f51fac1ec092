package org.itilhis.adapters.rest.json;

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
            lifecycle(ticketEvent, data);
            recordKeeping(ticketEvent, data);
        }
        data.values().removeIf(value -> value == null);
        return new EventJson(event.type(), event.actor().value(), event.occurredAt(),
                Collections.unmodifiableMap(data));
    }

    /** The list of a ticket's history. */
    public record HistoryJson(List<EventJson> events) {
    }

    private static void lifecycle(TicketEvent event, Map<String, Object> data) {
        if (event instanceof TicketEvent.Raised e) {
            data.put("number", e.number().toString());
            data.put("group", e.group().value());
            data.put("priority", e.assessment().priority());
            data.put("routing", e.routing());
            data.put("contact", e.origin().map(Object::toString).orElse(null));
        } else if (event instanceof TicketEvent.Assigned e) {
            data.put("group", e.group().value());
            data.put("engineer", e.engineer().map(Object::toString).orElse(null));
            data.put("tier", e.tier());
            data.put("reassignment", e.reassignment());
        } else if (event instanceof TicketEvent.PutOnHold e) {
            data.put("reason", e.reason());
            data.put("note", e.note());
        } else {
            escalationsAndEndings(event, data);
        }
    }

    private static void escalationsAndEndings(TicketEvent event, Map<String, Object> data) {
        if (event instanceof TicketEvent.Escalated e) {
            data.put("fromTier", e.fromTier());
            data.put("toTier", e.toTier());
            data.put("toGroup", e.toGroup().value());
            data.put("reason", e.reason());
        } else if (event instanceof TicketEvent.EscalatedToLead e) {
            data.put("group", e.group().value());
            data.put("reason", e.reason());
        } else if (event instanceof TicketEvent.CallerUpdated e) {
            data.put("message", e.message());
        } else if (event instanceof TicketEvent.Resolved e) {
            data.put("code", e.resolution().code());
            data.put("note", e.resolution().note());
        } else if (event instanceof TicketEvent.Closed e) {
            data.put("automatically", e.automatically());
        } else if (event instanceof TicketEvent.Reopened e) {
            data.put("reason", e.reason());
        } else if (event instanceof TicketEvent.Cancelled e) {
            data.put("reason", e.reason());
        } else if (event instanceof TicketEvent.ContactLinked e) {
            data.put("contact", e.contactId().toString());
        }
    }

    private static void recordKeeping(TicketEvent event, Map<String, Object> data) {
        if (event instanceof TicketEvent.WorkLogged e) {
            data.put("minutes", e.entry().minutes());
            data.put("note", e.entry().note());
        } else if (event instanceof TicketEvent.Rated e) {
            data.put("score", e.satisfaction().score());
            data.put("comment", e.satisfaction().comment());
        } else if (event instanceof TicketEvent.Reprioritised e) {
            data.put("impact", e.assessment().factors().impact().code());
            data.put("urgency", e.assessment().factors().urgency().code());
            data.put("priority", e.assessment().priority());
            data.put("reason", e.reason());
        } else if (event instanceof TicketEvent.PriorityOverridden e) {
            data.put("priority", e.override().priority());
            data.put("reason", e.override().reason());
        } else if (event instanceof TicketEvent.MajorIncidentDeclared e) {
            data.put("priority", e.assessment().priority());
            data.put("reason", e.reason());
        }
    }
}
