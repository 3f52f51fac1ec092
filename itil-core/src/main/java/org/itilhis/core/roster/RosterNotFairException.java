package org.itilhis.core.roster;

import org.itilhis.core.shared.DomainException;

/**
 * A rotation (field {@code pattern}) that cannot fill the roster's shifts without giving
 * someone overlapping duties or an unfair share of nights and holidays: too few engineers for
 * the shifts that rotate.
 */
public final class RosterNotFairException extends DomainException {
    public RosterNotFairException(RosterPeriod period, int engineers, DutyRef unfilled) {
        super("roster.generation.not-fair", period, engineers, unfilled.shift(), unfilled.date());
    }
}
