package org.itilhis.core.roster;

import org.itilhis.core.shared.DomainException;

/** A duty (field {@code duty}) would overlap another duty of the same engineer. */
public final class OverlappingDutiesException extends DomainException {
    public OverlappingDutiesException(DutyRef duty, DutyRef other) {
        super("roster.duty.overlap", duty.engineer(), duty.shift(), duty.date(), other.shift(), other.date());
    }
}
