package org.itilhis.ports.servicedesk.out;

import java.util.Optional;
import org.itilhis.core.contact.Contact;
import org.itilhis.core.shared.ContactId;
import org.itilhis.ports.common.StorageException;

/** Stores service desk contacts, with the same optimistic locking as {@link TicketRepository}. */
public interface ContactRepository {
    ContactId nextId();

    Optional<Contact> find(ContactId id);

    /**
     * @throws org.itilhis.core.shared.VersionConflictException if the stored version differs
     * @throws StorageException on an infrastructure failure
     */
    void save(Contact contact);
}
