package org.itilhis.adapters.rest.servicedesk;

import java.time.Instant;
import java.util.UUID;
import org.itilhis.core.contact.ContactChannel;
import org.itilhis.core.contact.ContactDetails;
import org.itilhis.core.contact.ContactOutcome;
import org.itilhis.core.contact.ContactStatus;
import org.itilhis.core.shared.LocationId;
import org.itilhis.ports.servicedesk.in.ContactView;

/**
 * A service desk contact. {@code ticketId} and {@code ticketNumber} are there once the contact
 * was raised as or linked to a ticket; {@code resolution} once it was resolved at first contact.
 */
public record ContactJson(UUID id, ContactChannel channel, String caller, String department, String location,
                          String extension, Instant receivedAt, String description, String loggedBy,
                          ContactStatus status, ResolutionJson resolution, UUID ticketId, String ticketNumber,
                          long version) {

    public static ContactJson of(ContactView view) {
        ContactDetails d = view.details();
        ContactOutcome outcome = view.outcome();
        ResolutionJson resolution = null;
        UUID ticketId = null;
        String ticketNumber = null;
        if (outcome instanceof ContactOutcome.ResolvedAtFirstContact resolved) {
            resolution = ResolutionJson.of(resolved.resolution());
        } else if (outcome instanceof ContactOutcome.RaisedAsTicket raised) {
            ticketId = raised.ticketId().value();
            ticketNumber = raised.ticketNumber().toString();
        } else if (outcome instanceof ContactOutcome.LinkedToTicket linked) {
            ticketId = linked.ticketId().value();
            ticketNumber = linked.ticketNumber().toString();
        }
        return new ContactJson(view.id().value(), d.channel(), d.caller().value(), d.department().value(),
                d.location().map(LocationId::value).orElse(null), d.extension().orElse(null), d.receivedAt(),
                d.description(), view.loggedBy().value(), view.status(), resolution, ticketId, ticketNumber,
                view.version());
    }
}
