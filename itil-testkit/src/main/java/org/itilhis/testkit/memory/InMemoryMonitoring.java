package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Random;
import org.itilhis.ports.monitoring.out.AlertPayloads;
import org.itilhis.ports.monitoring.service.Monitoring;
import org.itilhis.ports.monitoring.service.MonitoringPorts;
import org.itilhis.ports.monitoring.service.MonitoringSettings;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * The alert intake in memory beside an in-memory desk, on its transactions, event log, clock,
 * directory and CMDB items, reading deliveries with the {@code payloads} given (the REST
 * adapter's reader of the sources' formats, or a test's).
 */
public final class InMemoryMonitoring {
    public final InMemoryAlertSources sources;
    public final InMemoryAlertMappings mappings;
    public final InMemoryAlertLog alerts;
    public final InMemoryAlertRejections rejections;
    public final MonitoringPorts ports;
    public final Monitoring monitoring;

    public InMemoryMonitoring(InMemoryServiceDesk desk, AlertPayloads payloads, ServiceDeskSettings settings,
                              MonitoringSettings monitoringSettings) {
        checkNotNull(desk, "desk");
        this.sources = new InMemoryAlertSources(desk.transactions);
        this.mappings = new InMemoryAlertMappings(desk.transactions);
        this.alerts = new InMemoryAlertLog(desk.transactions);
        this.rejections = new InMemoryAlertRejections(desk.transactions);
        this.ports = new MonitoringPorts(desk.ports, desk.configurationItems, sources, mappings, alerts, rejections,
                payloads);
        this.monitoring = Monitoring.create(ports, monitoringSettings, settings, InMemoryServiceDesk.validator(),
                new Random(20));
    }
}
