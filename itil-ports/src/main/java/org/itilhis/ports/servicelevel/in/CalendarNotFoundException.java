package org.itilhis.ports.servicelevel.in;

import org.itilhis.core.shared.DomainException;

/** No business calendar of that name is stored. */
public final class CalendarNotFoundException extends DomainException {
    public CalendarNotFoundException(String name) {
        super("calendar.not-found", name);
    }
}
