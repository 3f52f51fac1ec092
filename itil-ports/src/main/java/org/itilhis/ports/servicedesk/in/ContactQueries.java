package org.itilhis.ports.servicedesk.in;

import org.itilhis.core.shared.Actor;
import org.itilhis.core.shared.ContactId;

/**
 * Reading service desk contacts. A contact is shown only to an actor who may see tickets of
 * its caller ({@link org.itilhis.core.access.Permission#VIEW_TICKET}): the desk and the
 * engineers see every contact, a reporter only the contacts they called in. A contact has no
 * owning group, so a rule scoped to groups never covers one.
 */
public interface ContactQueries {
    /** @throws ContactNotFoundException if absent or not visible to the actor */
    ContactView contact(Actor actor, ContactId id);
}
