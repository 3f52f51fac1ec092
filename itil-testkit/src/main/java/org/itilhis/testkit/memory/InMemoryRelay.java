package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.List;
import org.itilhis.ports.notification.out.RelayMetrics;
import org.itilhis.ports.notification.out.SubscriberSource;
import org.itilhis.ports.notification.service.NotificationRelay;
import org.itilhis.ports.notification.service.RelayManagement;
import org.itilhis.ports.notification.service.RelayPorts;
import org.itilhis.ports.notification.service.RelaySettings;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * The notification relay in memory beside an in-memory desk, on its transactions, event log and
 * clock: positions and pending deliveries in maps.
 */
public final class InMemoryRelay {
    public final InMemoryRelayPositions positions;
    public final InMemoryPendingDeliveries deliveries;
    public final RelayPorts ports;
    public final NotificationRelay relay;
    private final List<SubscriberSource> sources;

    public InMemoryRelay(InMemoryServiceDesk desk, RelaySettings settings, List<SubscriberSource> sources,
                         RelayMetrics metrics) {
        checkNotNull(desk, "desk");
        this.positions = new InMemoryRelayPositions(desk.transactions);
        this.deliveries = new InMemoryPendingDeliveries(desk.transactions);
        this.ports = new RelayPorts(desk.ports, positions, deliveries);
        this.relay = NotificationRelay.create(ports, settings, sources, metrics);
        this.sources = List.copyOf(sources);
    }

    /** The operators' side of this relay (standing, replay and skip) under {@code desk}'s access policy. */
    public RelayManagement management(ServiceDeskSettings desk) {
        return RelayManagement.create(ports, sources, desk, InMemoryServiceDesk.validator());
    }
}
