package org.itilhis.ports.monitoring.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.monitoring.out.AlertIncidents;
import org.itilhis.ports.monitoring.out.AlertLog;
import org.itilhis.ports.monitoring.out.CiStates;
import org.itilhis.ports.monitoring.out.CorrelatorPosition;

/**
 * The outbound ports of the alert correlator: the CMDB's (and through them the desk's), the
 * alert log it follows, its position in it, the items' observed states and the links between
 * alerts and incidents.
 */
public record CorrelationPorts(CmdbPorts cmdb, AlertLog alerts, CorrelatorPosition position, CiStates states,
                               AlertIncidents incidents) {
    public CorrelationPorts {
        checkNotNull(cmdb, "cmdb");
        checkNotNull(alerts, "alerts");
        checkNotNull(position, "position");
        checkNotNull(states, "states");
        checkNotNull(incidents, "incidents");
    }
}
