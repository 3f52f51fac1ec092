package org.itilhis.core.roster;

import org.itilhis.core.shared.DomainException;

/** The roster has no such duty (field {@code duty}): to remove, replace or swap. */
public final class DutyNotRosteredException extends DomainException {
    public DutyNotRosteredException(RosterPeriod period, DutyRef duty) {
        super("roster.duty.not-rostered", duty.engineer(), duty.shift(), duty.date(), period);
    }
}
