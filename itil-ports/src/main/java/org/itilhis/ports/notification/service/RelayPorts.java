package org.itilhis.ports.notification.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.notification.out.PendingDeliveries;
import org.itilhis.ports.notification.out.RelayPositions;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;

/**
 * The outbound ports the notification relay runs on: the desk's (event log, transactions,
 * clock, staff directory) and its own stores, on the same transactions.
 */
public record RelayPorts(ServiceDeskPorts desk, RelayPositions positions, PendingDeliveries deliveries) {
    public RelayPorts {
        checkNotNull(desk, "desk");
        checkNotNull(positions, "positions");
        checkNotNull(deliveries, "deliveries");
    }
}
