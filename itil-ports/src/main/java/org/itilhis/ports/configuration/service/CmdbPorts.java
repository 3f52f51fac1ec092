package org.itilhis.ports.configuration.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.configuration.out.AffectedCiLinks;
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;
import org.itilhis.ports.configuration.out.FaultIncidentLinks;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;

/**
 * The outbound ports of configuration management: the service desk's and its own (the items,
 * the tickets' affected items, the incidents standing for faults found on items).
 */
public record CmdbPorts(ServiceDeskPorts desk, ConfigurationItemRepository items, AffectedCiLinks links,
                        FaultIncidentLinks faults) {
    public CmdbPorts {
        checkNotNull(desk, "desk");
        checkNotNull(items, "items");
        checkNotNull(links, "links");
        checkNotNull(faults, "faults");
    }
}
