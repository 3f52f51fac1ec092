package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.availability.service.AvailabilityManagement;
import org.itilhis.ports.availability.service.AvailabilityPorts;
import org.itilhis.ports.availability.service.OutageSources;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Availability management beside an {@link InMemoryServiceDesk}, on its tickets, CMDB, service
 * level configuration and transactions, with its own stores, reading the other practices
 * through {@code sources} (the desk's change management's approved windows, a repairs' downtime,
 * what monitoring saw, or stand-ins).
 */
public final class InMemoryAvailability {
    public final InMemoryDeclaredOutages outages;
    public final InMemoryServiceTargets targets;
    public final AvailabilityPorts ports;
    public final AvailabilityManagement availability;

    public InMemoryAvailability(InMemoryServiceDesk desk, ServiceDeskSettings settings, OutageSources sources) {
        checkNotNull(desk, "desk");
        this.outages = new InMemoryDeclaredOutages(desk.transactions);
        this.targets = new InMemoryServiceTargets(desk.transactions);
        this.ports = new AvailabilityPorts(desk.ports, desk.configurationItems, desk.slaConfiguration, outages,
                targets);
        this.availability = AvailabilityManagement.create(ports, settings, InMemoryServiceDesk.validator(), desk.cmdb,
                checkNotNull(sources, "sources"));
    }
}
