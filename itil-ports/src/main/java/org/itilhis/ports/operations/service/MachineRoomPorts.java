package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.configuration.out.ConfigurationItemRepository;
import org.itilhis.ports.operations.out.MachineRoomLogRepository;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;

/**
 * The outbound ports of the machine room log: the desk's (staff directory, event log,
 * transactions, clock, notifier), the CMDB's items (the rooms, their owner groups) and its own
 * entries.
 */
public record MachineRoomPorts(ServiceDeskPorts desk, ConfigurationItemRepository items,
                               MachineRoomLogRepository entries) {
    public MachineRoomPorts {
        checkNotNull(desk, "desk");
        checkNotNull(items, "items");
        checkNotNull(entries, "entries");
    }
}
