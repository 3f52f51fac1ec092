package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.monitoring.service.CorrelationPorts;
import org.itilhis.ports.monitoring.service.MonitoringCorrelation;
import org.itilhis.ports.monitoring.service.CorrelationSettings;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Monitoring's correlation over an in-memory desk: the alert log, the correlator's position,
 * the observed states and the alert-incident links in memory, sharing the desk's transactions.
 */
public final class InMemoryMonitoringCorrelation {
    public final InMemoryServiceDesk desk;
    public final InMemoryAlertLog alerts;
    public final InMemoryCorrelatorPosition position;
    public final InMemoryCiStates states;
    public final InMemoryAlertIncidents incidents;
    public final CorrelationPorts ports;
    public final MonitoringCorrelation correlation;

    public InMemoryMonitoringCorrelation(InMemoryServiceDesk desk, ServiceDeskSettings deskSettings,
                                         CorrelationSettings settings) {
        this(desk, new InMemoryAlertLog(desk.transactions), deskSettings, settings);
    }

    /** The correlation following {@code alerts}, the log the intake records into. */
    public InMemoryMonitoringCorrelation(InMemoryServiceDesk desk, InMemoryAlertLog alerts,
                                         ServiceDeskSettings deskSettings, CorrelationSettings settings) {
        this.desk = checkNotNull(desk, "desk");
        this.alerts = checkNotNull(alerts, "alerts");
        this.position = new InMemoryCorrelatorPosition(desk.transactions);
        this.states = new InMemoryCiStates(desk.transactions);
        this.incidents = new InMemoryAlertIncidents(desk.transactions);
        this.ports = new CorrelationPorts(new CmdbPorts(desk.ports, desk.configurationItems, desk.affectedCis,
                desk.faultLinks), alerts, position, states, incidents);
        this.correlation = MonitoringCorrelation.create(ports, settings, deskSettings, desk.cmdb);
    }
}
