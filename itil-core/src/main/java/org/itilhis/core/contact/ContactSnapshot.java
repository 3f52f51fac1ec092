package org.itilhis.core.contact;

import org.itilhis.core.shared.ContactId;
import org.itilhis.core.shared.StaffId;

/** The whole state of a contact as one value, for adapters and replay checks. */
public record ContactSnapshot(ContactId id, ContactDetails details, StaffId loggedBy, ContactOutcome outcome,
                              long version) {
}
