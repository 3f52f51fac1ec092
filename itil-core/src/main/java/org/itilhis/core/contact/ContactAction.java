package org.itilhis.core.contact;

/** What the desk does with an open contact. */
public enum ContactAction {
    RESOLVE_AT_FIRST_CONTACT,
    RAISE_TICKET,
    LINK_TO_TICKET
}
