package org.itilhis.ports.monitoring.in;

import java.util.List;
import java.util.Optional;
import org.itilhis.core.cmdb.CiId;
import org.itilhis.core.shared.Actor;

/**
 * What monitoring knows now: the items not operational, what their states affect, and the
 * incident of an alert. Each needs {@code VIEW_MONITORING}.
 *
 * @throws org.itilhis.core.access.NotPermittedException without {@code VIEW_MONITORING}
 */
public interface CiStateQueries {
    /** The items not operational now with their firing alerts, by id after {@code after}, at most {@code limit}. */
    List<CiStateView> ciStates(Actor actor, Optional<CiId> after, int limit);

    /** What is affected right now: the observed states and their impact on the graph as it stands. */
    AffectedNow affectedNow(Actor actor);

    /** The incident the alert recorded at {@code position} belongs to; empty if none (yet). */
    Optional<AlertIncidentView> incidentOfAlert(Actor actor, long position);
}
