package org.itilhis.ports.roster.in;

import org.itilhis.core.roster.RosterId;
import org.itilhis.core.roster.RosterPeriod;
import org.itilhis.core.shared.DomainException;
import org.itilhis.core.shared.GroupId;

/** A roster (field {@code period}) overlapping another roster of the same group: edit that one instead. */
public final class RosterPeriodTakenException extends DomainException {
    public RosterPeriodTakenException(GroupId group, RosterId existing, RosterPeriod existingPeriod,
                                      RosterPeriod wanted) {
        super("roster.period-taken", group, existing, existingPeriod, wanted);
    }
}
