package org.itilhis.ports.availability.in;

import java.util.List;
import org.itilhis.core.availability.DeclaredOutageId;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;
import org.itilhis.core.ticket.TicketId;

/** Reading declared outages and availability targets, with {@code VIEW_AVAILABILITY}. */
public interface AvailabilityQueries {
    /** @throws DeclaredOutageNotFoundException if there is no such outage */
    DeclaredOutageView outage(Actor actor, DeclaredOutageId id);

    /** The outages declared on the incident, withdrawn ones included, by start. */
    List<DeclaredOutageView> outagesOf(Actor actor, TicketId incident);

    /** Every service's target, by service name. */
    List<ServiceTargetView> targets(Actor actor);

    /** @throws ServiceTargetNotFoundException if the service has no target */
    ServiceTargetView target(Actor actor, CiId service);
}
