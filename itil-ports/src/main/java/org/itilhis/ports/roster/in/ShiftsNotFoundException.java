package org.itilhis.ports.roster.in;

import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.GroupId;

/** The group has no shifts defined (field {@code group}): define them before making a roster. */
public final class ShiftsNotFoundException extends DomainException {
    public ShiftsNotFoundException(GroupId group) {
        super("shifts.not-found", group);
    }
}
