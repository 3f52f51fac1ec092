package org.itilhis.ports.availability.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.availability.out.DeclaredOutages;
import org.itilhis.ports.availability.out.ServiceTargets;
import org.itilhis.ports.configuration.out.ConfigurationItemRepository;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;
import org.itilhis.ports.servicelevel.out.SlaConfigurationRepository;

/**
 * The outbound ports of availability: the desk's (tickets, staff directory, event log,
 * transactions, clock), the CMDB's items, the service level configuration (the catalogue and
 * the calendars that measure each service) and its own stores, the declared outages and the
 * targets.
 */
public record AvailabilityPorts(ServiceDeskPorts desk, ConfigurationItemRepository items,
                                SlaConfigurationRepository serviceLevels, DeclaredOutages outages,
                                ServiceTargets targets) {
    public AvailabilityPorts {
        checkNotNull(desk, "desk");
        checkNotNull(items, "items");
        checkNotNull(serviceLevels, "serviceLevels");
        checkNotNull(outages, "outages");
        checkNotNull(targets, "targets");
    }
}
