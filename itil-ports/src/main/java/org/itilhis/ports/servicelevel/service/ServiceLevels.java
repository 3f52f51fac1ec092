package org.itilhis.ports.servicelevel.service;

import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;
import org.itilhis.ports.servicelevel.in.SlaAdministration;
import org.itilhis.ports.servicelevel.in.SlaQueries;

/**
 * Service level management wired by hand beside a {@link ServiceDesk}: clocks, reports,
 * the catalogue and calendars, and the {@link SlaMonitor} that escalates.
 */
public final class ServiceLevels {
    private final SlaQueryService queries;
    private final SlaAdministrationService administration;
    private final SlaMonitor monitor;

    private ServiceLevels(ServiceLevelPorts ports, ServiceDeskSettings settings, ServiceDesk desk) {
        CalendarCoverageCheck coverage = new CalendarCoverageCheck(ports);
        this.monitor = new SlaMonitor(ports, coverage);
        this.queries = new SlaQueryService(ports, settings, desk.queries(), monitor);
        this.administration = new SlaAdministrationService(ports, settings, coverage);
    }

    /** Service levels for the tickets of {@code desk}, which must run on {@code ports.desk()}. */
    public static ServiceLevels create(ServiceLevelPorts ports, ServiceDeskSettings settings, ServiceDesk desk) {
        return new ServiceLevels(ports, settings, desk);
    }

    public SlaQueries queries() {
        return queries;
    }

    public SlaAdministration administration() {
        return administration;
    }

    /** To be run periodically by one cluster-safe scheduler. */
    public SlaMonitor monitor() {
        return monitor;
    }
}
