package org.itilhis.ports.monitoring.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.configuration.service.Cmdb;
import org.itilhis.ports.monitoring.in.CiStateQueries;
import org.itilhis.ports.monitoring.in.ObservedOutages;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Monitoring's correlation wired from its ports: the correlator a cluster timer runs, the
 * queries of the items' states and what they affect, and the outages monitoring saw.
 */
public final class MonitoringCorrelation {
    private final AlertCorrelator correlator;
    private final CiStateQueryService queries;

    private MonitoringCorrelation(CorrelationPorts ports, CorrelationSettings settings, ServiceDeskSettings desk,
                                  Cmdb cmdb) {
        this.correlator = new AlertCorrelator(ports, settings, cmdb);
        this.queries = new CiStateQueryService(ports, desk.access(), cmdb);
    }

    /** The correlation beside {@code cmdb}, which must run on {@code ports.cmdb()}. */
    public static MonitoringCorrelation create(CorrelationPorts ports, CorrelationSettings settings,
                                               ServiceDeskSettings desk, Cmdb cmdb) {
        checkNotNull(ports, "ports");
        checkNotNull(settings, "settings");
        checkNotNull(desk, "desk");
        checkNotNull(cmdb, "cmdb");
        return new MonitoringCorrelation(ports, settings, desk, cmdb);
    }

    /** The correlator: {@link AlertCorrelator#runOnce()} from a cluster timer. */
    public AlertCorrelator correlator() {
        return correlator;
    }

    public CiStateQueries queries() {
        return queries;
    }

    /** The item outages monitoring saw, for availability. */
    public ObservedOutages outages() {
        return queries;
    }
}
