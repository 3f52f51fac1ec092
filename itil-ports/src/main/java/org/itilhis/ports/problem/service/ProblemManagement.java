package org.itilhis.ports.problem.service;

import jakarta.validation.Validator;
import org.itilhis.ports.problem.in.CandidateProblems;
import org.itilhis.ports.problem.in.ProblemQueries;
import org.itilhis.ports.problem.in.ProblemUseCase;
import org.itilhis.ports.servicedesk.service.ServiceDesk;
import org.itilhis.ports.servicedesk.service.ServiceDeskSettings;

/**
 * Problem management wired by hand beside a {@link ServiceDesk} (and the CMDB's stores): the
 * problem commands, their queries and the candidate problems of proactive detection.
 */
public final class ProblemManagement {
    private final ProblemService problems;
    private final ProblemQueryService queries;
    private final CandidateProblemService candidates;

    private ProblemManagement(ProblemPorts ports, ProblemSettings problemSettings, ServiceDeskSettings settings,
                              Validator validator, ServiceDesk desk) {
        this.problems = new ProblemService(ports, settings, validator, desk.tickets(), desk.desk());
        this.queries = new ProblemQueryService(ports, settings);
        this.candidates = new CandidateProblemService(ports, problemSettings, settings, validator, problems);
    }

    /** Problem management beside {@code desk}, which must run on {@code ports.desk()}. */
    public static ProblemManagement create(ProblemPorts ports, ProblemSettings problemSettings,
                                           ServiceDeskSettings settings, Validator validator, ServiceDesk desk) {
        return new ProblemManagement(ports, problemSettings, settings, validator, desk);
    }

    public ProblemUseCase problems() {
        return problems;
    }

    public ProblemQueries queries() {
        return queries;
    }

    /** Proactive detection: the candidate problems, to accept or dismiss. */
    public CandidateProblems candidates() {
        return candidates;
    }
}
