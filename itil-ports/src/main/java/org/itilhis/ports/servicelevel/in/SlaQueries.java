package org.itilhis.ports.servicelevel.in;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.sla.SlaMeasurement;
import org.itilhis.core.sla.report.ReportScope;
import org.itilhis.core.sla.report.SlaReport;
import org.itilhis.core.ticket.TicketId;
import org.itilhis.ports.common.InvalidCommandException;
import org.itilhis.ports.servicedesk.in.TicketNotFoundException;
import org.itilhis.ports.servicedesk.in.TicketQueries;
import org.itilhis.ports.servicedesk.in.TicketSearch;

/** Reading SLA clocks: one ticket's, the open tickets at risk or breached, and the SLA report. */
public interface SlaQueries {
    /**
     * The ticket's clocks measured now, derived from its history with the calendar version
     * in force when it was raised.
     *
     * @throws TicketNotFoundException if there is no such ticket or the actor may not see it
     * @throws SlaNotConfiguredException while no SLA configuration is stored
     */
    SlaMeasurement clocks(Actor actor, TicketId id);

    /**
     * The work queue in service-level order: priority, then resolution deadline (paused
     * clocks last), then number; the same tickets {@link TicketQueries#queue} shows the actor.
     * The watch list is brought up to date with the event log first, so a ticket raised or
     * reprioritised a moment ago stands where it belongs.
     *
     * @throws InvalidCommandException unless {@code limit} is 1 to {@link TicketSearch#MAX_LIMIT}
     * @throws org.itilhis.core.access.NotPermittedException without the VIEW_QUEUE permission
     * @throws SlaNotConfiguredException while no SLA configuration is stored
     */
    List<QueuedTicket> queue(Actor actor, int limit, Optional<DeadlinePosition> after);

    /**
     * The watched open tickets with a clock past a warning threshold or breached, measured
     * now, most urgent first (breached before at risk, then by resolution deadline).
     *
     * @throws org.itilhis.core.access.NotPermittedException without the VIEW_SLA permission
     * @throws SlaNotConfiguredException while no SLA configuration is stored
     */
    List<SlaMeasurement> atRisk(Actor actor);

    /**
     * The SLA report over {@code scope}: compliance per service, priority, group and period of
     * the tickets raised in it, times to acknowledge and resolve, OLA figures, and the open
     * tickets breached or at risk now (whenever they were raised). Every ticket is measured
     * now from its history.
     *
     * @throws org.itilhis.core.access.NotPermittedException without the VIEW_SLA permission
     * @throws SlaNotConfiguredException while no SLA configuration is stored
     */
    SlaReport report(Actor actor, ReportScope scope);
}
