package org.itilhis.ports.servicedesk.in;

import org.itilhis.core.contact.Contact;
import org.itilhis.core.contact.ContactDetails;
import org.itilhis.core.contact.ContactOutcome;
import org.itilhis.core.contact.ContactStatus;
import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.StaffId;

/** A service desk contact as callers see it. */
public record ContactView(ContactId id, ContactDetails details, StaffId loggedBy, ContactStatus status,
                          ContactOutcome outcome, long version) {

    public static ContactView of(Contact contact) {
        return new ContactView(contact.id(), contact.details(), contact.loggedBy(), contact.status(), contact.outcome(),
                contact.version());
    }
}
