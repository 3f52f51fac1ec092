package org.itilhis.ports.operations.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.operations.out.RepairRepository;
import org.itilhis.ports.problem.out.ProblemRepository;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;

/**
 * The outbound ports of repairs: the CMDB's (the items repaired, and through them the desk's
 * tickets, event log, transactions and clock), problem management's problems (which a repair may
 * answer) and its own store.
 */
public record RepairPorts(CmdbPorts cmdb, ProblemRepository problems, RepairRepository repairs) {
    public RepairPorts {
        checkNotNull(cmdb, "cmdb");
        checkNotNull(problems, "problems");
        checkNotNull(repairs, "repairs");
    }

    public ServiceDeskPorts desk() {
        return cmdb.desk();
    }
}
