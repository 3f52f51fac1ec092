package org.itilhis.ports.problem.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.problem.out.DetectionDismissals;
import org.itilhis.ports.problem.out.ProblemNumberSequence;
import org.itilhis.ports.problem.out.ProblemRepository;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;

/** The outbound ports of problem management: the CMDB's (and through them the desk's) and three of its own. */
public record ProblemPorts(CmdbPorts cmdb, ProblemRepository problems, ProblemNumberSequence numbers,
                           DetectionDismissals dismissals) {
    public ProblemPorts {
        checkNotNull(cmdb, "cmdb");
        checkNotNull(problems, "problems");
        checkNotNull(numbers, "numbers");
        checkNotNull(dismissals, "dismissals");
    }

    public ServiceDeskPorts desk() {
        return cmdb.desk();
    }
}
