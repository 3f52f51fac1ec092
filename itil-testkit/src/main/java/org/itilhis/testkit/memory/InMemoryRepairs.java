package org.itilhis.testkit.memory;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.operations.service.RepairPorts;
import org.itilhis.ports.operations.service.Repairs;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Repairs beside an {@link InMemoryServiceDesk}, on its CMDB, problems and transactions, issuing
 * parts from an {@link InMemoryStock} beside the same desk, with their store.
 */
public final class InMemoryRepairs {
    public final InMemoryRepairRepository store;
    public final RepairPorts ports;
    public final Repairs repairs;

    /** Repairs issuing their parts from {@code stock}, which runs beside the same {@code desk}. */
    public InMemoryRepairs(InMemoryServiceDesk desk, ServiceDeskSettings settings, InMemoryStock stock) {
        checkNotNull(desk, "desk");
        this.store = new InMemoryRepairRepository(desk.transactions);
        this.ports = new RepairPorts(desk.problemPorts.cmdb(), desk.problemStore, store);
        this.repairs = Repairs.create(ports, settings, InMemoryServiceDesk.validator(), desk.cmdb,
                checkNotNull(stock, "stock").ledger);
    }
}
