package org.itilhis.ports.notification.in;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.StaffId;

/** No preference of a person. */
public final class NotificationPreferenceNotFoundException extends DomainException {
    public NotificationPreferenceNotFoundException(StaffId staff) {
        super("notification-preference.not-found", staff);
    }
}
