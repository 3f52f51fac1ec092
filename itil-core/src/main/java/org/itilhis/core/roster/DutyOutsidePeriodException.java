package org.itilhis.core.roster;

import org.itilhis.core.shared.DomainException;

/** A duty (field {@code date}) on a date the roster does not cover. */
public final class DutyOutsidePeriodException extends DomainException {
    public DutyOutsidePeriodException(RosterPeriod period, DutyRef duty) {
        super("roster.duty.outside-period", duty.date(), period);
    }
}
