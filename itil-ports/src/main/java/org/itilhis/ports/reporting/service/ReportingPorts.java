package org.itilhis.ports.reporting.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.reporting.out.WorkloadFacts;
import org.itilhis.ports.roster.in.Duties;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;

/**
 * The ports reporting runs on: the service desk's (event log, directory, transactions, clock,
 * personal-data reads), the roster's duties, and its own workload facts.
 */
public record ReportingPorts(ServiceDeskPorts desk, Duties duties, WorkloadFacts facts) {
    public ReportingPorts {
        checkNotNull(desk, "desk");
        checkNotNull(duties, "duties");
        checkNotNull(facts, "facts");
    }
}
