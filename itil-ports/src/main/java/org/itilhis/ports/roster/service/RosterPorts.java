package org.itilhis.ports.roster.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.change.out.ChangeRepository;
import org.itilhis.ports.roster.out.HandoverRepository;
import org.itilhis.ports.roster.out.RosterRepository;
import org.itilhis.ports.roster.out.ShiftSets;
import org.itilhis.ports.roster.out.SwapRepository;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicelevel.out.SlaConfigurationRepository;

/**
 * The outbound ports of the duty roster: the desk's (staff directory, tickets for handovers,
 * event log, transactions, clock, notifier), the service level configuration's business
 * calendars (holidays and adjusted working days), change management's changes (scheduled
 * changes for handovers), and its own stores.
 */
public record RosterPorts(ServiceDeskPorts desk, SlaConfigurationRepository calendars, ChangeRepository changes,
                          ShiftSets shifts, RosterRepository rosters, SwapRepository swaps,
                          HandoverRepository handovers) {
    public RosterPorts {
        checkNotNull(desk, "desk");
        checkNotNull(calendars, "calendars");
        checkNotNull(changes, "changes");
        checkNotNull(shifts, "shifts");
        checkNotNull(rosters, "rosters");
        checkNotNull(swaps, "swaps");
        checkNotNull(handovers, "handovers");
    }
}
