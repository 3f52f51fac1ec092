package org.itilhis.ports.change.service;

import static com.google.common.base.Preconditions.checkNotNull;

import org.itilhis.ports.change.out.ChangeAdvisoryBoards;
import org.itilhis.ports.change.out.ChangeNumberSequence;
import org.itilhis.ports.change.out.ChangeRepository;
import org.itilhis.ports.change.out.ChangeTemplates;
import org.itilhis.ports.change.out.ChangeWindows;
import org.itilhis.ports.configuration.service.CmdbPorts;
import org.itilhis.ports.problem.out.ProblemRepository;
import org.itilhis.ports.servicedesk.service.ServiceDeskPorts;

/**
 * The outbound ports of change management: the CMDB's (and through them the desk's), problem
 * management's problems (to link the problems a change fixes), and its own stores.
 */
public record ChangePorts(CmdbPorts cmdb, ProblemRepository problems, ChangeRepository changes,
                          ChangeNumberSequence numbers, ChangeAdvisoryBoards boards, ChangeTemplates templates,
                          ChangeWindows windows) {
    public ChangePorts {
        checkNotNull(cmdb, "cmdb");
        checkNotNull(problems, "problems");
        checkNotNull(changes, "changes");
        checkNotNull(numbers, "numbers");
        checkNotNull(boards, "boards");
        checkNotNull(templates, "templates");
        checkNotNull(windows, "windows");
    }

    public ServiceDeskPorts desk() {
        return cmdb.desk();
    }
}
