package org.itilhis.ports.in;

import java.util.List;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.sla.SlaMeasurement;
import org.itilhis.core.sla.report.ReportScope;
import org.itilhis.core.sla.report.SlaReport;
import org.itilhis.core.ticket.TicketId;

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
