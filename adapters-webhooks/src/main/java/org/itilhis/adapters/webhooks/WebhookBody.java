package org.itilhis.adapters.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.itilhis.ports.notification.out.WebhookPayload;

/**
 * A delivery's JSON body in the Standard Webhooks envelope: {@code type}, {@code timestamp} (when
 * the event occurred, ISO-8601) and {@code data} (the event's id, position, record and actor, and
 * a ticket's facts). The fields are written one by one, so nothing the payload does not name ever
 * leaves.
 */
final class WebhookBody {
    private final ObjectMapper mapper = new ObjectMapper();

    byte[] of(WebhookPayload payload) {
        ObjectNode body = mapper.createObjectNode();
        body.put("type", payload.type());
        body.put("timestamp", payload.occurredAt().toString());
        ObjectNode data = body.putObject("data");
        data.put("id", payload.id());
        data.put("position", payload.position());
        data.put("aggregateId", payload.aggregateId());
        data.put("actor", payload.actor().value());
        data.put("occurredAt", payload.occurredAt().toString());
        payload.ticket().ifPresent(facts -> {
            ObjectNode ticket = data.putObject("ticket");
            ticket.put("number", facts.number());
            ticket.put("kind", facts.kind());
            ticket.put("priority", facts.priority());
            ticket.put("status", facts.status());
            ticket.put("group", facts.group());
            ticket.put("summary", facts.summary());
        });
        try {
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException impossible) {
            // a tree of strings and numbers always serialises
            throw new IllegalStateException("writing a webhook body", impossible);
        }
    }
}
