package org.itilhis.ports.servicedesk.in;

import org.itilhis.core.shared.DomainException;

/** No such service desk contact. */
public final class ContactNotFoundException extends DomainException {
    public ContactNotFoundException(Object reference) {
        super("contact.not-found", reference);
    }
}
