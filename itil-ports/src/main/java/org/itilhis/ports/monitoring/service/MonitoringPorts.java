package org.itilhis.ports.monitoring.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.configuration.out.ConfigurationItemRepository;
import org.itilhis.ports.monitoring.out.AlertLog;
import org.itilhis.ports.monitoring.out.AlertMappingRepository;
import org.itilhis.ports.monitoring.out.AlertPayloads;
import org.itilhis.ports.monitoring.out.AlertRejectionLog;
import org.itilhis.ports.monitoring.out.AlertSourceRepository;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;

/**
 * The outbound ports of the alert intake: the desk's (transactions, event log, clock, staff
 * directory), the CMDB's items (read into the index the mapping rules ask), the sources, the
 * mapping rules, the alert log, the rejections (all on the desk's transactions) and the reader
 * of the sources' formats.
 */
public record MonitoringPorts(ServiceDeskPorts desk, ConfigurationItemRepository items, AlertSourceRepository sources,
                              AlertMappingRepository mappings, AlertLog alerts, AlertRejectionLog rejections,
                              AlertPayloads payloads) {
    public MonitoringPorts {
        checkNotNull(desk, "desk");
        checkNotNull(items, "items");
        checkNotNull(sources, "sources");
        checkNotNull(mappings, "mappings");
        checkNotNull(alerts, "alerts");
        checkNotNull(rejections, "rejections");
        checkNotNull(payloads, "payloads");
    }
}
